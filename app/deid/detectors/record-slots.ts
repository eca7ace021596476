/**
 * Numbers that identify a record, a bed or a vehicle by the word before them or by their own shape:
 *  - a French plate in the SIV shape, wherever it stands: "la clio grise FR-482-KT" (two letters, three
 *    digits, two letters; no word or dose is written so);
 *  - a report's or a run's number after its label, with a letter prefix and dashed groups: "Event no.: RM
 *    24-0688", "Run # 24-3391", "Rapport d'incident no 2024-0311", "signalement FEI 2024-1182";
 *  - a bed or room number after its word, where a person is placed in it: "Mrs Papadakis in bed 14",
 *    "her daughter, room 218", "M. Ferrand chambre 12", "near cubicle 19", "the fall on rm 412", "FELL IN
 *    BATHROOM RM 618", "urgence, civ. 14", "de la ch 7", "la voisine du lit 14", "found beside bed 12", "took over rm 612", a heading's "2315 - rm 612"; a run of beds
 *    a person works or is given: "nurse for beds 9 to 14" (not "bed 3 was empty", "bed 14 of 28 beds", "beds 3 to 5 empty"
 *    without a person's word before).
 */
import type { Candidate } from "../types";
import { openingScanner } from "../util";

const FR_PLATE = /(?<![\p{L}\d-])[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}(?![\p{L}\d-])/gu;
const REPORT_NUMBER =
  /(?<![\p{L}])(?:[Ee]vent|EVENT|[Rr]un|RUN|[Rr]eport|REPORT|[Rr]apport(?:[ \t]+d['’]incident(?:[ \t]*\/[ \t]*accident)?)?|RAPPORT|[Ss]ignalement|FEI|fei|[Dd]ossier|[Tt]icket|[Jj]ob|[Aa]ppel|[Ii]ntervention)(?![\p{L}])(?:[ \t]+\([^)\n]{1,12}\))?[ \t]*(?:#|n°|[Nn]o\.?|NO\.?|nº|number|numéro)?[ \t]*:?[ \t]*((?:[A-Za-z]{1,4}[ \t-]?)?\d{2,4}[-/]\d{2,6}(?:[-/]\d{1,6})?)(?![\p{L}\d])/gu;
/** Written in lower case, as a place for a person ("Seminar Room 2" is a room's name, "bay 3" a group of beds). */
const BED_ROOM =
  /(?<![\p{L}])(?:bed|room|rm|cubicle|chambre|ch\.|lit|civ\.|civière|BED|ROOM|RM|CUBICLE)[ \t]*(?:#|no\.?|n°)?[ \t]*(\d{1,4}[A-Z]?)(?![\p{L}\d]|[ \t]*(?:of|sur|\/|x|%|mg|beds|lits|patients|people|personnes|fois|times)(?![\p{L}]))/gu;

const PLACED_BEFORE =
  /(?:(?<![\p{L}])(?:in|into|to|from|at|on|near|beside|by|next to|over|en|dans la|dans sa|au|du|sa|his|her|their|IN|INTO|TO|FROM|AT|ON|BESIDE)[ \t]+(?:(?:the|his|her|their|THE|HIS|HER)[ \t]+)?(?:(?:bathroom|toilet|shower|ensuite|en-suite|side|single|BATHROOM|TOILET|SHOWER|SIDE|SINGLE)[ \t]+)?|[,(][ \t]*|\d[ \t]+[-–][ \t]+|\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+)$/u;
/** A run of beds a person is given or works: "nurse for beds 9 to 14", "in beds 3-6" (each number alone). */
const BED_RANGE =
  /(?<![\p{L}])(?:for|in|on|to|covering|pour|aux|FOR|IN)[ \t]+(?:the[ \t]+|les[ \t]+)?(?:beds|lits|rooms|chambres|BEDS|ROOMS)[ \t]+(\d{1,3})[ \t]*(?:to|-|–|and|&|à|et)[ \t]*(\d{1,3})(?![\p{L}\d]|[ \t]*(?:of|sur|\/|%|mg|beds|lits|patients)(?![\p{L}]))/gu;
/** "la ch 7", "sa ch. 12": the short French word for a room, only after its article. */
const FR_ROOM_SHORT = /(?<![\p{L}])(?:la|sa)[ \t]+ch[ \t]+(\d{1,4}[A-Z]?)(?![\p{L}\d]|[ \t]*(?:sur|\/|x|%|lits|patients)(?![\p{L}]))/gu;

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanReportNumber = openingScanner(REPORT_NUMBER);

export function detectRecordSlots(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (s: number, e: number, confidence: number, priority: number, source: string) =>
    out.push({ start: s, end: e, type: "ID", confidence, priority, source });
  const group = (m: RegExpMatchArray) => {
    const s = m.index! + m[0].lastIndexOf(m[1]);
    return [s, s + m[1].length] as const;
  };
  for (const m of text.matchAll(FR_PLATE)) add(m.index!, m.index! + m[0].length, 0.85, 88, "plate-fr");
  for (const m of scanReportNumber(text)) {
    // A year-to-year range is no number: "2019-2021", "1998/99".
    if (/^(?:19|20)\d\d[-/](?:19|20)?\d\d$/.test(m[1])) continue;
    const [s, e] = group(m);
    add(s, e, 0.85, 92, "id-report-number");
  }
  for (const m of text.matchAll(BED_ROOM)) {
    // Only where a person is placed in it ("Mrs Tuala in bed 9", "son père, chambre 12"): "bed 3 was empty" stays.
    if (!PLACED_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    const [s, e] = group(m);
    add(s, e, 0.7, 80, "id-bed-room");
  }
  if (/beds|lits|rooms|chambres/iu.test(text)) {
    for (const m of text.matchAll(BED_RANGE)) {
      const second = m.index! + m[0].length - m[2].length;
      const first = m.index! + m[0].slice(0, m[0].length - m[2].length).lastIndexOf(m[1]);
      add(first, first + m[1].length, 0.7, 80, "id-bed-range");
      add(second, second + m[2].length, 0.7, 80, "id-bed-range");
    }
  }
  for (const m of text.matchAll(FR_ROOM_SHORT)) {
    const [s, e] = group(m);
    add(s, e, 0.7, 80, "id-bed-room");
  }
  return out;
}
