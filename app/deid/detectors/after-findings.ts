/**
 * Rules that read what the other detectors already found, in the shorthand of handovers and minutes:
 *  - an age over 89 right after a found name: "mrs okafor 91 #NOF", "Seamus Gallagher 94 - from",
 *    "Morag Fairlie, CHI 1205620133, 90, NEWS2", "Mme Odette Faure (99 a)", and after identifiers in brackets or by
 *    a verb: "Mr Dube (ID …, file …) was 93.", "Ms Ho, is 97 and";
 *  - a named person's initials where minutes use them: "Kerry-Ann Walsh (matron) … KW noted that";
 *  - bed and room numbers that open the lines of a handover list ("bed 13 - …", "ch. 217 M. Rey"), or
 *    that stand right before a found name;
 *  - a weekday written right before a found date: "jeudi 7/11", "Vrydag 12 Julie", "Dim. 14/09";
 *  - a phone's extension after it: "514 731-1386, poste 2440", "(03) 9598 2247 x 12";
 *  - the street and the town written before a found postcode: "42 Roundwood, Llanedeyrn, CF23 9PG";
 *  - the rest of a found name that a PDF copy broke across a line: "Pr Didier Mou-\nlard".
 */
import { unionOf } from "../lang/index";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { alternation, escapeRegex } from "../util";

/** An age, 90-119, after a name: then the end of a clause, a dash, a '#' or a bracket; never a unit. */
const AGE_AFTER =
  /^(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*\([ \t]*)(9\d|1[01]\d)(?:[ \t]?(?:ans|an|a|yo|y\.?o\.?)(?![\p{L}]))?(?=[ \t]*(?:[),;:#–-]|\n|$)|[ \t]+(?:nhi|NHI|mrn|MRN|dob|DOB|urn|URN|ihi|IHI|nhs|NHS|chi|CHI|ddn|DDN|yo|YO|from|FROM|of|OF|who|WHO|lives|LIVES)(?![\p{L}]))/u;
/** An age, 90-119, after a name by a verb: "(…) was 91.", ", is 95 and lives", "est 92 ans" reads in AGE_AFTER. */
const AGE_BY_VERB =
  /^[ \t]*,?[ \t]*(?:is|was|turned|is now|was then|IS|WAS)[ \t]+(9\d|1[01]\d)(?![\d]|[.,]\d)(?=[ \t]*(?:[),;:.#–-]|\n|$)|[ \t]+(?:and|when|at|in|but|yo|years?)(?![\p{L}]))/u;
/** Identifiers in brackets after a name: "(SA ID …, folder …)"; skipped where an identifier was found inside. */
const ID_BRACKET = /^[ \t]*\([^()\n]{1,80}\)/u;
/** An identifier between the name and the age: ", CHI 1205620133" (the label is a short word or none). */
const ID_BETWEEN = /^[ \t]*,?[ \t]*(?:[A-Za-zÀ-ÿ]{2,6}\.?[ \t:]*)?$/u;
/** Initials, then what minutes say people do. */
const INITIALS =
  /(?<![\p{L}\d&/-])(\p{Lu}{2,3})(?=[ \t]+(?:to|noted|said|asked|agreed|explained|confirmed|reported|stated|will|would|apologised|apologized|suggested|replied|raised|presented|summarised|summarized|a dit|a noté|a rappelé|propose|souligne|rappelle|va)(?![\p{L}]))/gu;
const BED_LINE = /^[ \t]*(?:[-*•][ \t]*)?(?:bed|lit|ch\.?|chambre|chbre|room|rm)[ \t]*(?:no\.?|#|n°)?[ \t]*(\d{1,4}[A-Za-z]?)(?![\p{L}\d])/gimu;
const BED_ANY = /(?<![\p{L}])(?:bed|lit|ch\.|chambre|chbre|room|rm)[ \t]*(?:no\.?|#|n°)?[ \t]*(\d{1,4}[A-Za-z]?)(?![\p{L}\d])/giu;
/** What may stand between a bed number and the name: a dash, a colon, a title. */
const BED_TO_NAME = /^[ \t]*[:,–-]?[ \t]*(?:(?:mr|mrs|ms|miss|dr|m|mme|mlle|pt)\.?[ \t]+)?$/iu;
const AFRIKAANS_WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrydag", "saterdag", "sondag"];
const WEEKDAY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation([...unionOf("weekdays"), ...AFRIKAANS_WEEKDAYS])})\.?,?[ \t]+$`, "iu");
/** A short weekday with its capital before a found date: "Dim. 14/09", "Sun 14/9", "Jeu 3/10" (not "sat 14/9"). */
const SHORT_WEEKDAY_BEFORE =
  /(?<![\p{L}])(?:Lun|Mar|Mer|Jeu|Ven|Sam|Dim|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|LUN|MAR|MER|JEU|VEN|SAM|DIM|MON|TUE|WED|THU|FRI|SAT|SUN)\.?,?[ \t]+$/u;

/** A word hyphenated at a line's end by a PDF copy: its rest starts the next line in lower case. */
const BROKEN_REST = /^-[ \t]*\n[ \t]*\p{Ll}+(?![\p{L}\p{M}'’-])/u;
const EXTENSION = /^,?[ \t]*(?:poste|p\.|ext\.?|extension|x)[ \t]*\d{1,6}(?![\d])/iu;
const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
const CAP_NAME = String.raw`${CAP}(?:[ \t]+${CAP}){0,3}`;
const BEFORE_POSTCODE = new RegExp(String.raw`(?:(\d{1,4}[A-Za-z]?[ \t]+${CAP_NAME}),[ \t]*)?(${CAP_NAME}),?[ \t]*$`, "u");

function initialsOf(name: string): string[] {
  const words = name.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return [];
  const first = words[0];
  const last = words[words.length - 1];
  const parts = (w: string) =>
    w
      .split("-")
      .map((p) => p[0])
      .join("");
  // "Kerry-Ann Walsh" is KW or KAW; "Leilani Moana-Hart" is LM or LMH.
  return [...new Set([first[0] + last[0], parts(first) + last[0], first[0] + parts(last), parts(first) + parts(last)])].map((s) => s.toUpperCase());
}

/** The first span (of spans sorted by start) that starts at or after `pos`: a binary search, not a scan. */
function firstFrom(spans: readonly Candidate[], pos: number): Candidate | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo];
}

const ROOM_AFTER_WARD = /^[ \t]*[,-]?[ \t]*(?:rm|room|bed|lit|chambre|ch\.|cubicle|bay|box)\.?[ \t]*#?[ \t]*(\d{1,4}[A-Z]?)(?![\p{L}\d])/iu;
/** An acronym in brackets right after a body's name: its short form ("Ysbyty Glan Clwyd (YGC)"). */
const SHORT_FORM = /^[ \t]*\((\p{Lu}[\p{Lu}\d&]{1,7})\)/u;
/** Whether an acronym is the initials of a name's capitalised words, in order ("YGC", "Ysbyty Glan Clwyd"). */
function spellsInitials(acronym: string, name: string): boolean {
  const initials = (name.match(/(?<![\p{L}'’-])\p{Lu}/gu) ?? []).join("");
  return initials.length >= 2 && initials === acronym;
}
/** The short form a body's name gives itself, and the same short form elsewhere in the text ("… YGC said"). */
function shortForm(text: string, c: Candidate, out: Candidate[], initialsOnly = false): void {
  const m = SHORT_FORM.exec(text.slice(c.end, c.end + 14));
  if (!m || isClinicalShorthand(m[1].toLowerCase())) return;
  if (initialsOnly && !spellsInitials(m[1], text.slice(c.start, c.end))) return;
  const re = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegex(m[1])}(?![\p{L}\d])`, "gu");
  for (const r of text.matchAll(re))
    out.push({ start: r.index!, end: r.index! + m[1].length, type: c.type, confidence: 0.75, priority: 70, source: "short-form" });
}

export function detectAfterFindings(text: string, chosen: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byStart = (a: Candidate, b: Candidate) => a.start - b.start;
  const people = chosen.filter((c) => c.type === "PERSON").sort(byStart);
  const ids = chosen.filter((c) => c.type === "ID").sort(byStart);

  for (const p of people) {
    let at = p.end;
    // Skip an identifier written between the name and the age.
    const id = firstFrom(ids, at);
    if (id && id.start - at <= 10 && ID_BETWEEN.test(text.slice(at, id.start))) at = id.end;
    let m = AGE_AFTER.exec(text.slice(at, at + 16));
    if (!m) {
      // Past a bracket of identifiers ("(SA ID …, folder …) was 91"); an age inside a bracket ("(95, bed 3)") is read above.
      const bracket = ID_BRACKET.exec(text.slice(at, at + 90));
      const inside = bracket && firstFrom(ids, at);
      if (bracket && inside && inside.end <= at + bracket[0].length) at += bracket[0].length;
      m = AGE_AFTER.exec(text.slice(at, at + 16)) ?? AGE_BY_VERB.exec(text.slice(at, at + 24));
    }
    if (!m) continue;
    const s = at + m[0].length - m[0].slice(m[0].indexOf(m[1])).length;
    out.push({ start: s, end: s + m[1].length, type: "AGE", confidence: 0.75, priority: 85, source: "age-after-name" });
  }

  const initials = new Set(people.flatMap((p) => initialsOf(text.slice(p.start, p.end))));
  if (initials.size) {
    for (const m of text.matchAll(INITIALS)) {
      if (!initials.has(m[1])) continue;
      out.push({ start: m.index!, end: m.index! + m[1].length, type: "PERSON", confidence: 0.7, priority: 68, source: "person-initials" });
    }
  }

  const bedNumber = (m: RegExpMatchArray, source: string) => {
    const s = m.index! + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, type: "ID", confidence: 0.65, priority: 64, source });
  };
  const lines = [...text.matchAll(BED_LINE)];
  if (lines.length >= 2) for (const m of lines) bedNumber(m, "bed-list");
  for (const m of text.matchAll(BED_ANY)) {
    const e = m.index! + m[0].length;
    const p = firstFrom(people, e);
    if (p && p.start - e <= 8 && BED_TO_NAME.test(text.slice(e, p.start))) bedNumber(m, "bed-before-name");
  }

  for (const d of chosen) {
    if (d.type !== "DATE") continue;
    const before = text.slice(Math.max(0, d.start - 14), d.start);
    // A short weekday only before figures ("Mar 14/09"; "Mar 14" is March's day, found as a whole).
    const w = WEEKDAY_BEFORE.exec(before) ?? (/^\d/u.test(text.slice(d.start, d.end)) ? SHORT_WEEKDAY_BEFORE.exec(before) : null);
    if (w) out.push({ ...d, start: d.start - w[0].length, source: "date-weekday" });
  }
  for (const c of chosen) {
    if (c.type === "PHONE" || c.type === "ID") {
      const x = EXTENSION.exec(text.slice(c.end, c.end + 20));
      if (x) out.push({ ...c, end: c.end + x[0].length, source: "phone-extension" });
    }
    if ((c.type === "PERSON" || c.type === "LOCATION" || c.type === "FACILITY" || c.type === "ORGANISATION") && text[c.end] === "-") {
      const rest = BROKEN_REST.exec(text.slice(c.end, c.end + 24));
      if (rest) out.push({ ...c, end: c.end + rest[0].length, source: "name-broken-rest" });
    }
    if (c.type === "FACILITY" || c.type === "ORGANISATION") shortForm(text, c, out);
    // Any other name whose words' initials the acronym spells ("Ysbyty Glan Clwyd (YGC)", read as a person): the same one.
    else if (c.type === "PERSON" || c.type === "LOCATION") shortForm(text, c, out, true);
    // A room or bed right after the ward it is on: "6 EAST Rm 612", "E6 MEDICINE BED 22", "Ward 4, bed 9".
    if (c.type === "FACILITY") {
      const bed = ROOM_AFTER_WARD.exec(text.slice(c.end, c.end + 16));
      if (bed) {
        const s = c.end + bed[0].length - bed[1].length;
        out.push({ start: s, end: s + bed[1].length, type: "ID", confidence: 0.75, priority: 70, source: "room-after-ward" });
      }
    }
    // A town's postcode in brackets after it: "domicilié à Yvoir (5530)".
    if (c.type === "LOCATION") {
      const post = /^[ \t]*\((\d{4,5})\)/u.exec(text.slice(c.end, c.end + 10));
      // (Not a year: "Wellington (2019)".)
      if (post && !/^(?:19[5-9]\d|20[0-3]\d)$/u.test(post[1])) out.push({ ...c, end: c.end + post[0].length, source: "town-postcode-brackets" });
    }
    if (c.source !== "postcode") continue;
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    const m = BEFORE_POSTCODE.exec(before);
    if (!m) continue;
    const base = c.start - before.length + m.index;
    const piece = (k: number) => {
      const s = base + m[0].indexOf(m[k]);
      out.push({ start: s, end: s + m[k].length, type: "LOCATION", confidence: 0.7, priority: 66, source: "address-before-postcode" });
    };
    if (m[1]) piece(1);
    piece(2);
  }
  return out;
}
