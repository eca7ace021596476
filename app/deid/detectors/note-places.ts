/**
 * Places and organisations as clinical notes and social histories name them, beyond the gazetteer:
 *  - an employer after a job or a verb of working ("husband CEO of IBM", "retired from Verizon", "a Verizon
 *    employee");
 *  - named regions and landmarks: a compass word before a region word ("the Eastern Shore", "North Campus",
 *    "West Coast"), and "Cape", "Lake", "Mount", "Fort", "Port" before a capitalised name ("Cape Cod",
 *    "Lake Tahoe", "Fort Worth");
 *  - a university named by its state or town ("U Maryland", "Univ. of Vermont", "Université Laval");
 *  - a town typed with the caps-lock key held a letter too long ("BAltimore", "WOrcester");
 *  - a numbered street and the practice on it ("our 5th avenue clinic"), a doctor's own practice ("Dr. Smith's
 *    Office"), a body named with "&" ("Baylor Scott & White"), where someone lives named with its article
 *    ("living in the Bronx").
 * Each fires only where capitals can be read (or the name is an acronym), and never on a word of the
 * clinical vocabulary.
 */
import { isClinicalWord } from "../clinical";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { lowerSameLength, openingScanner } from "../util";
import { STATES } from "./regions";
import { isUnknownWord } from "./slots";

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
const ACRONYM = String.raw`\p{Lu}{2,5}(?:&\p{Lu})?`;

/** A job or a verb of working, then "of", "at", "for", "from": the employer follows. */
const EMPLOYER = new RegExp(
  String.raw`(?<![\p{L}])(?:ceo|cfo|coo|cto|president|vice[ \t]+president|vp|owner|founder|works?|worked|working|retired|employed|employee|job)[ \t]+(?:of|at|for|from|by|with)[ \t]+(${ACRONYM}|${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2})(?![\p{L}\d])`,
  "dgiu",
);
/** "a Verizon employee", "retired IBM engineer": the employer before a word for staff. */
const EMPLOYER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:a|an|former|retired|ex)[ \t]+(${ACRONYM}|${NAME_WORD})[ \t]+(?:employee|worker|lineman|linesman|retiree|executive|engineer|staffer|driver|manager)(?![\p{L}])`,
  "dgu",
);
const REGION = new RegExp(
  String.raw`(?<![\p{L}])(?:North|South|East|West|Eastern|Western|Northern|Southern|Central|Downtown)[ \t]+(?:Shore|Coast|Side|End|Campus|Valley|Peninsula|Islands?|Suburbs|Hills|Highlands|Plains)(?![\p{L}])|(?<![\p{L}])(?:NORTH|SOUTH|EAST|WEST|EASTERN|WESTERN|NORTHERN|SOUTHERN)[ \t]+(?:SHORE|COAST|SIDE|END|CAMPUS|VALLEY|PENINSULA)(?![\p{L}])`,
  "gu",
);
const REGION_UNCASED = /(?<![\p{L}])(?:the|from|to|in|on)[ \t]+((?:north|south|east|west|eastern|western|northern|southern)[ \t]+shore)(?![\p{L}])/dgiu;
const LANDMARK = new RegExp(String.raw`(?<![\p{L}])(?:Cape|Lake|Mount|Mt\.?|Fort|Ft\.?|Port|San|Santa|Los|Las)[ \t]+(${NAME_WORD})(?![\p{L}])`, "gu");
const UNIVERSITY = new RegExp(
  String.raw`(?<![\p{L}\d])(U|Univ\.?|University|Université|Universite)[ \t]+(?:of[ \t]+|de[ \t]+|du[ \t]+)?(${NAME_WORD}(?:[ \t]+${NAME_WORD})?)(?![\p{L}])`,
  "gu",
);
/** A numbered street, with the practice on it: "our 5th avenue clinic", "the 3rd Street surgery". */
const ORDINAL_STREET =
  /(?<![\p{L}\d])\d{1,3}(?:st|nd|rd|th)[ \t]+(?:avenue|ave\.?|street|st\.|road|rd\.?|boulevard|blvd\.?)(?:[ \t]+(?:clinic|hospital|office|practice|surgery|centre|center|medical centre|medical center|health centre|health center))?(?![\p{L}])/giu;
/** A doctor's own practice: "Dr. Smith's Office", "Dr Patel's surgery". */
const PRACTICE_OF =
  /(?<![\p{L}])(?:Dr\.?|Doctor)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?['’]s[ \t]+(?:office|clinic|practice|surgery|rooms|cabinet)(?![\p{L}])/giu;
/** A body named by capitalised words joined by "&", where a place or body sits: "seen at Baylor Scott & White". */
const AMPERSAND_BODY = new RegExp(
  String.raw`(?<![\p{L}])(?:at|from|to|with|by|of)[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3}[ \t]*&[ \t]*${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2})(?![\p{L}])`,
  "dgu",
);
/** Where someone lives, named with its article: "living in the Bronx", "grew up in the Hutt". */
const RESIDENCE_THE = new RegExp(
  String.raw`(?<![\p{L}])(?:live|lives|lived|living|reside|resides|resided|residing|grew[ \t]+up|raised|born)[ \t]+in[ \t]+the[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD})?)(?![\p{L}])`,
  "dgu",
);
const TITLES = new Set("Mr Mrs Ms Miss Dr Mx Prof Mme Mlle M".split(" "));

/** Two capitals then lower case: the shift key held a letter too long. */
const CAPS_SLIP = /(?<![\p{L}])(\p{Lu}{2}\p{Ll}{3,})(?![\p{L}])/gu;

const NOT_A_NAME = new Set(
  "the a an this that his her their our home work school church hospital ward unit all any one two each it him them me you us state city town self cash dad mom mum son wife kids time free now pay".split(
    " ",
  ),
);

/** The employer's name is no clinical word or shorthand, and a lone capitalised word is no ordinary word. */
function employerName(name: string): boolean {
  const words = name.split(/[ \t]+/);
  if (words.some((w) => NOT_A_NAME.has(lowerSameLength(w)))) return false;
  if (/^\p{Lu}{2,5}(?:&\p{Lu})?$/u.test(name)) return !isClinicalShorthand(name.toLowerCase()) && !isClinicalWord(name);
  return words.every((w) => !isClinicalWord(w) && !isClinicalShorthand(lowerSameLength(w))) && !(words.length === 1 && knownWords().has(lowerSameLength(name)));
}

// Tried only where its opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanEmployer = openingScanner(EMPLOYER);

export function detectNotePlaces(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, type: Candidate["type"], confidence: number, source: string, priority = 60) =>
    out.push({ start, end, type, confidence, priority, source });

  for (const re of [EMPLOYER, EMPLOYER_BEFORE]) {
    for (const m of re === EMPLOYER ? scanEmployer(text) : text.matchAll(re)) {
      const s = m.indices![1][0];
      if (uncasedAt(s)) {
        // A note typed in one case is read lower-cased: only a short name ("ibm", "ge", "ups") or a word no
        // list knows, after a job or a verb of working.
        const l = m[1].toLowerCase();
        const short = /^\p{Ll}{2,4}$/u.test(l) && !NOT_A_NAME.has(l);
        if (re !== EMPLOYER || !(short || isUnknownWord(m[1])) || isClinicalShorthand(l) || isClinicalWord(m[1])) continue;
      } else if (!employerName(m[1])) continue;
      push(s, s + m[1].length, "ORGANISATION", 0.6, "note-employer");
    }
  }
  for (const m of text.matchAll(REGION)) {
    const s = m.index! + m[0].length - m[0].trimStart().length;
    push(s, m.index! + m[0].length, "LOCATION", 0.6, "note-region");
  }
  // In a note typed in one case, only a compass word before "shore" is surely a named region ("the eastern shore").
  for (const m of text.matchAll(REGION_UNCASED)) {
    if (uncasedAt(m.index!)) push(m.indices![1][0], m.indices![1][1], "LOCATION", 0.6, "note-region");
  }
  for (const m of text.matchAll(LANDMARK)) {
    if (uncasedAt(m.index!) || isClinicalWord(m[1])) continue;
    push(m.index!, m.index! + m[0].length, "LOCATION", 0.6, "note-landmark");
  }
  for (const m of text.matchAll(UNIVERSITY)) {
    if (uncasedAt(m.index!)) continue;
    // A bare "U" only before a state or a town ("U Maryland"; not "10U Lenti").
    if (m[1] === "U" && !STATES.has(m[2]) && !getGazetteer().places.has(m[2])) continue;
    push(m.index!, m.index! + m[0].length, "ORGANISATION", 0.65, "note-university");
  }
  for (const m of text.matchAll(ORDINAL_STREET)) {
    const facility = /(?:clinic|hospital|office|practice|surgery|centre|center)$/iu.test(m[0]);
    push(m.index!, m.index! + m[0].length, facility ? "FACILITY" : "LOCATION", 0.65, "note-ordinal-street");
  }
  for (const m of text.matchAll(PRACTICE_OF)) push(m.index!, m.index! + m[0].length, "FACILITY", 0.9, "note-practice", 80);
  for (const m of text.matchAll(AMPERSAND_BODY)) {
    if (uncasedAt(m.index!) || m[1].split(/[ \t&]+/u).some((w) => TITLES.has(w.replace(/\.$/u, "")))) continue;
    push(m.indices![1][0], m.indices![1][1], "ORGANISATION", 0.6, "note-ampersand");
  }
  for (const m of text.matchAll(RESIDENCE_THE)) {
    if (uncasedAt(m.index!) || isClinicalWord(m[1])) continue;
    push(m.indices![1][0] - 4, m.indices![1][1], "LOCATION", 0.6, "note-residence");
  }
  const places = getGazetteer().places;
  for (const m of text.matchAll(CAPS_SLIP)) {
    const fixed = m[1][0] + m[1].slice(1).toLowerCase();
    if (places.has(fixed)) push(m.index!, m.index! + m[1].length, "LOCATION", 0.6, "note-caps-slip");
  }
  return out;
}
