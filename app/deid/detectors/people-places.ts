/**
 * People, places and ages known by the slot they sit in (blind batch 11):
 *  - a name the writer gives someone: "I'll call him J.D.", "que j'appellerai K.";
 *  - a nickname in quotes inside a name or in brackets after it: 'Gareth "Gaz" Morgans', 'PADDY "THE POST"
 *    BONNER', 'Sister Dlamini ("Sis Dee")';
 *  - a name before a grade or a role in brackets: "rory (ST5)", "jo (nurse manager)";
 *  - a name after a role in notes typed in one case, and after a French carer's role: "CNA TREVON", "NURSE IN
 *    CHARGE DERVLA", "radiographer kel was", "l'aide-soignant Momo";
 *  - a patient's line in capitals, surname first: "PT HOLLOWAY, RUTH ELLEN", "MME FERNANDES MARIA DO CÉU", "PT: DELA
 *    CRUZ, REMEDIOS" (a particle before the surname, blind batch 17);
 *  - a relative by marriage: "daughter-in-law Navdeep", "sa belle-fille Aurélie";
 *  - a sign-off: "thanks, Jodes" at the end, a letter's last line after its contact line ("Elsabé van Rooyen");
 *  - places: a suburb after the town someone lives in ("We live in Durbanville, Kenridge."), a Québec rang ("du
 *    4e Rang", "rang Saint-Joseph"; not "she rang 3 times"), a French place's hyphenated shape ("Castelnau-le-Lez"), a town by its
 *    place word ("in Sandy Lake"), a lone unknown word after "from" or "à" in notes typed in one case;
 *  - an age over 89 after a titled name in a note ("mrs ngaire whitu 91 from").
 */
import { isClinicalWord } from "../clinical";
import { englishWords, getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { lowerSameLength, openingScanner } from "../util";
import { mayBeFrench, readBack } from "./kind-slots";
import { isUnknownWord } from "./slots";
import { slotCollector } from "./slot-collector";

const W = String.raw`[\p{L}\p{M}'’-]`;
const CALLED = new RegExp(
  String.raw`(?<![\p{L}])(?:I['’]ll call (?:him|her|them)|I will call (?:him|her|them)|let['’]s call (?:him|her|them)|(?:whom|who) I['’]ll call|que j['’]appellerai|que nous appellerons|que l['’]on appellera|appelons-(?:le|la))[ \t]+((?:\p{Lu}\.[ \t]?){1,3}|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.?)?)`,
  "gu",
);
/** Read from the quote back (a lookbehind), so the pattern is tried only where a quote stands. */
const QUOTED_INSIDE = new RegExp(String.raw`(?<=(?<![\p{L}])(${W}{2,20})([ \t]+))["“]([^"”\n]{2,20})["”][ \t]+(${W}{2,25})(?!${W})`, "uy");
const QUOTE = /["“]/gu;
const QUOTED_AFTER = /\([ \t]*["“]([^"”\n]{2,25})["”][ \t]*\)/gu;
const GRADES = String.raw`\((?:ST|CT|FY|F|SHO|SpR|SPR|PGY|HO|RMO|JMO|R|reg|registrar|intern|resident)[ \t-]?\d?\)`;
const ROLES = String.raw`\((?:nurse manager|charge nurse|nurse in charge|NUM|CNM\d?|CNS|ward manager|manager|matron|consultant|registrar|house officer|HCA|HCSW|physio|social worker|pharmacist|cadre(?: de santé)?|infirmière|infirmier|IDE|aide-soignante?|sage-femme|interne)\)`;
/** Each slot's brackets alone, a cheap test before the patterns that read the word before them. */
const GRADE_HEAD = new RegExp(GRADES, "giu");
const ROLE_GATE = new RegExp(ROLES, "u");
const GRADE_AFTER = new RegExp(String.raw`(?<=(?<![\p{L}])(${W}{2,20})[ \t]*)${GRADES}`, "iuy");
const ROLE_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:with|to|by|from|and|told|asked|called|rang)[ \t]+(${W}{2,15})[ \t]*${ROLES}`, "gu");
const ONE_CASE_ROLE = new RegExp(
  String.raw`(?<![\p{L}])(?:cna|CNA|rn|RN|lpn|LPN|hca|HCA|hcsw|HCSW|nurse in charge|charge rn|charge RN|radiographer|porter|physio|ward clerk|aide-soignante?|préposée?|préposé(?:e)? aux bénéficiaires)[ \t]+(${W}{2,15})(?!${W})`,
  "gu",
);
const FR_CARER = new RegExp(
  String.raw`(?<![\p{L}])(?:l['’])?(?:aide-soignante?|auxiliaire|brancardier|brancardière|ASH)[ \t]+(\p{Lu}${W}{1,15})(?!${W})`,
  "gu",
);
/** Surname particles, as written in either case: "DELA CRUZ, REMEDIOS", "van der Berg, Anna". */
const SURNAME_PARTICLES = "dela|del|de|da|dos|das|van|von|der|den|le|la|di|du|st";
const TITLE_PARTICLES = SURNAME_PARTICLES.split("|")
  .map((p) => p[0].toUpperCase() + p.slice(1))
  .join("|");
const PARTICLES_BEFORE = String.raw`(?:(?:${SURNAME_PARTICLES}|${SURNAME_PARTICLES.toUpperCase()}|${TITLE_PARTICLES})[ \t]+){0,2}`;
const PATIENT_LINE = new RegExp(
  String.raw`(?<![\p{L}])(?:pt|PT|patient|PATIENT|name|NAME|nom|NOM)[ \t]*:?[ \t]+(${PARTICLES_BEFORE}${W}{2,20},[ \t]*${W}{2,20}(?:[ \t]+${W}{2,20})?)(?!${W})`,
  "gu",
);
const TITLED_RUN = new RegExp(String.raw`(?<![\p{L}.])(?:Mme|Mr|Mrs|Ms|Mlle|M\.)[ \t]+(${W}{2,20}(?:[ \t]+${W}{1,20}){1,4})`, "gu");
/** A record's or a bed's label ends a name written before it ("mr tuhiwai nhi ZKH4126"). */
const RECORD_LABEL = /^(?:nhi|mrn|nhs|dob|ddn|nir|nam|chi|ur|urn|ihi|ppsn|bed|lit|rm|room|ch)$/iu;
const IN_LAW = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:daughter|son|mother|father|brother|sister)-in-law|belle-fille|beau-fils|belle-mère|beau-père|belle-sœur|beau-frère)[ \t,]+(\p{Lu}${W}{1,20})(?!${W})`,
  "gu",
);
const THANKS_END = new RegExp(String.raw`(?:thanks|thank you|cheers|regards|merci|bisous)[,!]?[ \t]*\n?[ \t]*(${W}{2,20})[ \t]*$`, "giu");
const LAST_LINE =
  /\n[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+(?:van der|van den|van|von|de la|de|du|le|la|ten|ter|da|dos))?[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)[ \t]*$/u;
const CONTACT_LINE = /(?:\d[ \t]*[.)]?|@\S+|\.)[ \t]*$/u;

const LIVES_SUBURB = new RegExp(
  String.raw`(?<![\p{L}])(?:live|lives|lived|living|habite|habitons|vit|vivons)[ \t]+(?:in|at|à|au|en)?[ \t]*(${W}{3,25}(?:[ \t]+${W}{3,25})?),[ \t]*(${W}{3,25})(?=[ \t]*(?:[.;\n]|$))`,
  "gu",
);
const RANG = /(?<![\p{L}])(?:\d{1,2}(?:e|ème)[ \t]+Rang|[Rr]ang[ \t]+(?:Saint|Sainte|St|Ste)-\p{Lu}[\p{L}-]+|Rang[ \t]+\d{1,2})(?![\p{L}\d])/gu;
const FR_PLACE_SHAPE =
  /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}]+(?:-\p{L}[\p{L}\p{M}]*)*-(?:le|la|les|lès|lez|sur|sous|en|aux|du|des|Le|La|Les|Sur)-\p{L}[\p{L}\p{M}]{2,}(?:-\p{L}[\p{L}\p{M}]*)*/gu;
const FR_PLACE_PARTICLE = /-(?:le|la|les|lès|lez|sur|sous|en|aux|du|des|Le|La|Les|Sur)-/u;
const PLACE_WORD =
  /(?<![\p{L}])(?:in|from|at|near|of)[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:Lake|Creek|River|Falls|Harbour|Harbor|Springs|Crossing|Landing|Flats|Junction))(?![\p{L}])/gu;
/** Where a patient comes from in a note typed in one case: "FROM GLENTIES." as a sentence, "91 from kaitangata", "à laterrière,". */
const ONE_CASE_FROM = new RegExp(
  String.raw`(?:(?:^|[.\n][ \t]*)(?:from|FROM)|\d{1,3}(?:[ \t]*(?:y|yo|yrs|ans))?[ \t]+(?:from|FROM)|(?<![\p{L}])à)[ \t]+(${W}{4,25})(?=[ \t]*[,.;\n)]|[ \t]*$)`,
  "gmu",
);
const TITLED_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:mrs|mr|ms|mme|Mrs|Mr|Ms|Mme|pt|PT)[ \t]+(?:${W}{2,20}[ \t]+){1,3}(9\d|1[01]\d)(?=[ \t]*(?:from|de|,|y|yo|ans|years|\()(?![\p{L}\d]))`,
  "gu",
);

/**
 * A word that can be a given name or a nickname in a slot that is already sure: a listed given name, or a word
 * no English list knows ("kel", "Momo", "Trevon"); never one of the most frequent words or a clinical one.
 */
function nameWord(w: string): boolean {
  const l = lowerSameLength(w);
  if (isClinicalShorthand(l) || isClinicalWord(w)) return false;
  const { firstNames, wordRank } = getNames();
  if ((wordRank.get(l) ?? Infinity) < 300) return false;
  return firstNames.has(l) || !englishWords().has(l) || isUnknownWord(w);
}
/** Any word of a name: a given name, a surname, a particle or an unknown word. */
function namePart(w: string): boolean {
  const l = lowerSameLength(w);
  if (/^(?:do|da|dos|das|de|di|du|van|von|le|la)$/u.test(l)) return true;
  return nameWord(w) || (getNames().surnames.has(l) && (getNames().wordRank.get(l) ?? Infinity) >= 300 && !isClinicalShorthand(l));
}

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanCalled = openingScanner(CALLED);

/** `original`: the text as written; where no line was truecased, the rules for notes in one case are skipped. */
export function detectPeoplePlaces(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const french = mayBeFrench(text);
  const oneCase = text !== original;
  const { out, add, group: at } = slotCollector();

  for (const m of scanCalled(text)) add(...at(m), "PERSON", 0.85, 92, "person-called");
  const quotes = /["“]/.test(text);
  for (const m of readBack(text, QUOTE, QUOTED_INSIDE)) {
    const start = m.index! - m[1].length - m[2].length;
    const capitals = uncasedAt(start) || (/^\p{Lu}/u.test(m[1]) && /^\p{Lu}/u.test(m[4]));
    // After a title any word may open the name ("MR PADDY "THE POST" BONNER").
    const titled = /(?:Mr|Mrs|Ms|Miss|Dr|Mme|M\.)[ \t]+$/u.test(text.slice(Math.max(0, start - 5), start));
    if (capitals && (nameWord(m[1]) || titled) && (namePart(m[4]) || /^\p{Lu}/u.test(m[4])))
      add(start, m.index! + m[0].length, "PERSON", 0.85, 92, "person-quoted-nickname");
  }
  for (const m of quotes ? text.matchAll(QUOTED_AFTER) : []) {
    const before = text.slice(Math.max(0, m.index! - 30), m.index!);
    if (/\p{Lu}[\p{L}\p{M}'’-]+[ \t]*$/u.test(before) && /^\p{Lu}/u.test(m[1]) && m[1].split(/[ \t]+/).length <= 3)
      add(...at(m), "PERSON", 0.8, 88, "person-nickname-after");
  }
  // A degree or a role's letters is no name ("MD (PGY-4)").
  for (const m of readBack(text, GRADE_HEAD, GRADE_AFTER)) {
    const start = text.lastIndexOf(m[1], m.index!);
    if (nameWord(m[1]) && !/^\p{Lu}{2,4}$/u.test(m[1])) add(start, start + m[1].length, "PERSON", 0.8, 86, "person-grade-after");
  }
  for (const m of ROLE_GATE.test(text) ? text.matchAll(ROLE_AFTER) : [])
    if (nameWord(m[1]) && !/^\p{Lu}{2,4}$/u.test(m[1])) add(...at(m), "PERSON", 0.8, 86, "person-role-after");
  for (const m of oneCase ? text.matchAll(ONE_CASE_ROLE) : []) {
    const [s, e] = at(m);
    if (uncasedAt(s) && nameWord(m[1])) add(s, e, "PERSON", 0.75, 84, "person-one-case-role");
  }
  for (const m of french ? text.matchAll(FR_CARER) : []) if (nameWord(m[1])) add(...at(m), "PERSON", 0.75, 84, "person-fr-carer");
  for (const m of oneCase ? text.matchAll(PATIENT_LINE) : []) {
    const [s, e] = at(m);
    const particle = new RegExp(String.raw`^(?:${SURNAME_PARTICLES})$`, "iu");
    const words = m[1].split(/[ \t,]+/).filter((w) => w && !particle.test(w));
    const given = lowerSameLength(
      m[1]
        .split(",")[1]
        ?.trim()
        .split(/[ \t]+/u)[0] ?? "",
    );
    if (uncasedAt(s) && words.every(namePart) && getNames().firstNames.has(given)) add(s, e, "PERSON", 0.8, 90, "person-patient-line");
  }
  for (const m of oneCase ? text.matchAll(TITLED_RUN) : []) {
    const [s] = at(m);
    if (!uncasedAt(s)) continue;
    // Read the run word by word: the name ends at the first word that is no part of a name ("lit", "douleur").
    let end = s;
    let count = 0;
    for (const w of m[1].matchAll(/[\p{L}\p{M}'’-]+(?!\d)/gu)) {
      if (RECORD_LABEL.test(w[0]) || !namePart(w[0])) break;
      end = s + w.index! + w[0].length;
      count++;
    }
    const first = lowerSameLength(/^[\p{L}\p{M}'’-]+/u.exec(m[1])![0]);
    if (count >= 2 && (getNames().surnames.has(first) || getNames().firstNames.has(first))) add(s, end, "PERSON", 0.8, 90, "person-titled-run");
  }
  for (const m of text.matchAll(IN_LAW)) if (nameWord(m[1])) add(...at(m), "PERSON", 0.8, 86, "person-in-law");
  for (const m of text.matchAll(THANKS_END)) if (nameWord(m[1]) || /^\p{Lu}/u.test(m[1])) add(...at(m), "PERSON", 0.75, 84, "person-sign-off");
  const last = LAST_LINE.exec(text);
  if (last) {
    const start = last.index + last[0].indexOf(last[1]);
    const prev = text.slice(0, last.index).split("\n").pop() ?? "";
    const words = last[1].split(/[ \t]+/);
    if (CONTACT_LINE.test(prev) && words.every((w) => namePart(w) || /^\p{Lu}/u.test(w)) && words.some(nameWord))
      add(start, start + last[1].length, "PERSON", 0.8, 86, "person-last-line");
  }

  for (const m of text.matchAll(LIVES_SUBURB)) {
    const [s, e] = at(m, 2);
    const w = m[2];
    const cased = /^\p{Lu}/u.test(w) || uncasedAt(s);
    if (cased && (isUnknownWord(w) || getGazetteer().places.has(w[0].toUpperCase() + w.slice(1)))) {
      add(s, e, "LOCATION", 0.75, 80, "place-suburb");
      const [s1, e1] = at(m, 1);
      if (/^\p{Lu}/u.test(m[1]) || uncasedAt(s1)) add(s1, e1, "LOCATION", 0.7, 78, "place-suburb");
    }
  }
  for (const m of french ? text.matchAll(RANG) : []) add(m.index!, m.index! + m[0].length, "LOCATION", 0.8, 82, "place-rang");
  for (const m of french && FR_PLACE_PARTICLE.test(text) ? text.matchAll(FR_PLACE_SHAPE) : [])
    add(m.index!, m.index! + m[0].length, "LOCATION", 0.7, 60, "place-fr-shape");
  for (const m of text.matchAll(PLACE_WORD)) add(...at(m), "LOCATION", 0.7, 70, "place-word");
  for (const m of oneCase ? text.matchAll(ONE_CASE_FROM) : []) {
    const [s, e] = at(m);
    const w = m[1];
    const place = isUnknownWord(w) || getGazetteer().places.has(w[0].toUpperCase() + lowerSameLength(w.slice(1)));
    if (uncasedAt(s) && place && !englishWords().has(lowerSameLength(w))) add(s, e, "LOCATION", 0.7, 72, "place-one-case-from");
  }
  for (const m of text.matchAll(TITLED_AGE)) add(...at(m), "AGE", 0.8, 86, "age-after-titled-name");
  return out;
}
