/**
 * Ages of 90 and over in the phrases prose and handovers set them in (blind batch 19), each a form that text nobody
 * here wrote uses too:
 *  - an age set off after a person with "then" or "now": "your father, then 90, was", "Mum, now ninety-two, lives"
 *    (the word before the comma is a person: a pronoun, a kin word or a name; "the rate, then 90, was" is a reading);
 *  - "at" and an age where a life is spoken of: "pneumonia at 96 is serious", "a fall at 93 was", "still driving at 92",
 *    "died at 97" (never after a reading's word, "HR at 96 is", nor before a unit, "at 100 ml/h");
 *  - a worded age standing between a handover's dashes: "SMITH, JANE - NINETY-ONE - BED 4".
 * A contraction before a worded age ("She's ninety-four") is read in `cue-phrases.ts` with its numeric form.
 */
import type { Candidate } from "../types";
import { ageSubject, NUMBER, WORDED } from "./age-slots";
import { slotCollector } from "./slot-collector";

const AGE = String.raw`(${NUMBER}|${WORDED})`;
/** What must not follow an age: a digit, a decimal, a fraction or a unit. */
const NO_UNIT = String.raw`(?![\d.,]?\d|[ \t]*(?:%|\/|kg|kilos?|lbs?|mg|mcg|ml|mL|cm|mm|mmhg|bpm|percent|degrees|°|units?|minutes|mins|hours|hrs|days|weeks|times|x)(?![\p{L}]))`;

const THEN_AGE = new RegExp(String.raw`([\p{L}'’]+),[ \t]+(?:then|now|by[ \t]+then)[ \t]+${AGE}${NO_UNIT}(?=[ \t]*[,;)])`, "giu");
/** "at 96" where a life is spoken of: a verb of living before it, or a statement about that age after it. */
const AT_AGE = new RegExp(String.raw`(?<![\p{L}])at[ \t]+${AGE}${NO_UNIT}`, "giu");
const LIFE_BEFORE =
  /(?:died|dying|passed(?:[ \t]+away)?|living|lived|lives|driving|drove|walking|walked|working|worked|dancing|gardening|swimming|retired|widowed|remarried|married|still)[ \t]+$/iu;
const STATEMENT_AFTER = /^[ \t]+(?:is|was|isn['’]t|wasn['’]t|can|can['’]t|should|shouldn['’]t|would|will)(?![\p{L}])/iu;
/** A reading's or a setting's word a few words before "at": "HR at 96", "sats steady at 94", "set the pump at 100". */
const READING_BEFORE =
  /(?:^|[^\p{L}])(?:hr|heart|pulse|rate|sats?|spo2|o2|saturations?|saturating|bp|pressure|systolic|diastolic|map|temp|temperature|glucose|bsl|bgl|sugar|weight|weighed|rr|resp|fio2|peep|level|levels|dose|infusion|pump|set|started|running|score|gcs|count|hb|platelets|plt|inr|wcc|crp|potassium|sodium|creatinine|bpm|mmhg|beats|page|item|number|no|room|bed|ward|line)(?:[ \t]+\S+){0,3}[ \t]+$/iu;
/** "JANE - NINETY-ONE -": a worded age between a handover's dashes, after a word. */
const DASH_WORDED = new RegExp(String.raw`(?<=\p{L})[ \t][-–][ \t]+(${WORDED})[ \t]+[-–][ \t]`, "giu");

export function detectAgePhrases(text: string): Candidate[] {
  const { out, add, group } = slotCollector();
  if (!/9\d|1[01]\d|ninety|hundred/iu.test(text)) return out;
  for (const m of text.matchAll(THEN_AGE)) {
    if (!ageSubject(m[1])) continue;
    add(...group(m, 2), "AGE", 0.75, 85, "age-then");
  }
  for (const m of text.matchAll(AT_AGE)) {
    const before = text.slice(Math.max(0, m.index! - 60), m.index!);
    if (READING_BEFORE.test(before)) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (!LIFE_BEFORE.test(before) && !STATEMENT_AFTER.test(after)) continue;
    add(...group(m), "AGE", 0.7, 85, "age-at");
  }
  for (const m of text.matchAll(DASH_WORDED)) add(...group(m), "AGE", 0.75, 85, "age-dashes");
  return out;
}
