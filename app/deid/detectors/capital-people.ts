/**
 * People in notes typed in capitals (blind batch 19), each a form that handovers nobody here wrote use too:
 *  - a handover line's patient, surname first, then the age and a record or room label: "O'DWYER, PEIG - NINETY-SEVEN -
 *    MRN …", "KINSELLA, JOHN JOE - 78 - RM 9", "Byrne-Maher, Fidelma - 66 - bed 11" (and the age when it is 90 or more);
 *    the given name found there is then found again alone by the repeat search ("INCIDENT: PEIG GIVEN …");
 *  - a relative's one-word name before a word that asks for them to be told: "FILLE PILAR À PRÉVENIR", "DAUGHTER SHONA
 *    AWARE", "SON KEANU TO BE RUNG" (no frequent word nor clinical word);
 *  - a first name after "with"/"to"/"from" before the department the person works in: "CHASED WITH JARRAH IN EQUIP
 *    SERVICES", "spoke to Mandla from pharmacy";
 *  - a found name's part again after a title, in any case: "M. RIVIÈRE GASTON … M. RIVIÈRE SOUS …" (the truecaser
 *    lowers the second, a word; `titledRepeats`, called from the repeat search in index.ts).
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { unionOf } from "../lang/index";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { escapeRegex, lowerSameLength } from "../util";
import { WORDED } from "./age-slots";
import { slotCollector } from "./slot-collector";

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)?`;
/** "SURNAME, GIVEN [GIVEN] - age - LABEL": the label after the age says the line is a patient's. */
const HANDOVER_PATIENT = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(${CAP}(?:[ \t]${CAP})?),[ \t]*(${CAP}(?:[ \t]+${CAP}){0,2})[ \t]+[-–][ \t]+(\d{1,3}|${WORDED})(?:[ \t]?(?:Y|YO|YRS|F|M))?[ \t]+[-–][ \t]+(?=(?:MRN|RM|ROOM|BED|BAY|UR|URN|NHI|CHI|NHS|HRN|DOB|ID|CH|LIT)(?![\p{L}]))`,
  "giu",
);
const KIN =
  "(?:DAUGHTER|SON|WIFE|HUSBAND|PARTNER|SISTER|BROTHER|MOTHER|FATHER|NIECE|NEPHEW|GRANDDAUGHTER|GRANDSON|FILLE|FILS|ÉPOUSE|EPOUSE|ÉPOUX|EPOUX|MARI|FEMME|SŒUR|SOEUR|FRÈRE|FRERE|MÈRE|MERE|PÈRE|PERE|NIÈCE|NEVEU|PETITE-FILLE|PETIT-FILS)";
/** A kin word, a word, then a word that asks for them to be told or says they were. */
const KIN_TO_TELL = new RegExp(
  String.raw`(?<![\p{L}])${KIN}[ \t]+(\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu})(?=[ \t]+(?:À[ \t]+PRÉVENIR|A[ \t]+PREVENIR|À[ \t]+APPELER|PRÉVENUE?|PREVENUE?|INFORMÉE?|INFORMEE?|AWARE|INFORMED|UPDATED|TO[ \t]+BE[ \t]+(?:RUNG|CALLED|PHONED|TOLD|INFORMED))(?![\p{L}]))`,
  "gu",
);
const DEPARTMENT =
  "(?:services?|dept|department|pharmacy|stores|maintenance|estates|portering|porters|it|hr|payroll|supply|supplies|laundry|catering|finance|records|admissions|biomed|biomedical|engineering|housekeeping|security|transport|reception|bookings|procurement)";
const NAME_IN_DEPT = new RegExp(
  String.raw`(?<![\p{L}])(?:with|to|from|by|asked|rang|called|paged|avec)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+(?:in|from|at|of)[ \t]+(?:the[ \t]+)?(?:[\p{L}&]+[ \t]+){0,2}${DEPARTMENT}(?![\p{L}])`,
  "giu",
);

/** A word that can stand for a name here: no frequent word (rank < 2,000), no clinical word or shorthand. */
function nameLike(word: string): boolean {
  const l = lowerSameLength(word);
  const { wordRank, notNames } = getNames();
  if (notNames.has(word) || isClinicalWord(word) || isClinicalShorthand(l)) return false;
  return (wordRank.get(l) ?? Infinity) >= 2000;
}

export function detectCapitalPeople(text: string, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  const { firstNames, surnames } = getNames();
  const listed = (l: string) => firstNames.has(l) || surnames.has(l);
  if (/[-–]/u.test(original)) {
    for (const m of original.matchAll(HANDOVER_PATIENT)) {
      // The surname: a listed name that is no frequent word, or a word of no list; the given names: listed given names
      // ("JOHN JOE" are words too) or words of no list. "PAIN, NAUSEA - 5 - BED REST" is neither.
      const bare = (w: string) => lowerSameLength(w.replace(/^(?:O|D|Mc|Mac)['’]/iu, ""));
      const unlisted = (w: string) => !knownWords().has(bare(w)) && nameLike(w);
      const surname = m[1].split(/[ \t]+/u).every((w) => unlisted(w) || (listed(bare(w)) && nameLike(w)));
      const given = m[2].split(/[ \t]+/u).every((w) => unlisted(w) || (firstNames.has(bare(w)) && !isClinicalWord(w) && !isClinicalShorthand(bare(w))));
      if (!surname || !given) continue;
      const s = m.index!;
      add(s, s + m[1].length + m[0].slice(m[1].length).indexOf(m[2]) + m[2].length, "PERSON", 0.8, 72, "person-handover-line");
      const age = m[3];
      if (/^\d/u.test(age) ? +age >= 90 && +age < 120 : true) add(...group(m, 3), "AGE", 0.8, 85, "age-handover-line");
    }
  }
  for (const m of original.matchAll(KIN_TO_TELL)) {
    if (!nameLike(m[1])) continue;
    add(...group(m), "PERSON", 0.75, 70, "person-kin-to-tell");
  }
  for (const m of text.matchAll(NAME_IN_DEPT)) {
    if (!firstNames.has(lowerSameLength(m[1])) || !nameLike(m[1])) continue;
    add(...group(m), "PERSON", 0.7, 66, "person-in-department");
  }
  return out;
}

let titleSource: string | null = null;
/** A found name's part again after a title, in any case: "M. RIVIÈRE SOUS …" (a word, lowered by the truecaser), "Mrs Hope was". */
export function titledRepeats(text: string, names: string[]): Candidate[] {
  // Each found name's words of three letters or more, in any case ("rivière Gaston" as the truecaser left it).
  const found = names.flatMap((n) => n.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]{2,}/gu) ?? []).filter((w) => !getNames().notNames.has(w));
  if (!found.length) return [];
  titleSource ??= unionOf("titles")
    .map((t) => t.replace(/\.$/u, ""))
    .filter((t) => t.length > 0)
    .map(escapeRegex)
    .join("|");
  const parts = [...new Set(found.map((w) => w.toLowerCase()))].map(escapeRegex).join("|");
  const re = new RegExp(String.raw`(?<![\p{L}])(?:${titleSource})\.?[ \t]+(${parts})(?![\p{L}\p{M}'’-])`, "giu");
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const s = m.index! + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, type: "PERSON", confidence: 0.75, priority: 50, source: "person-repeat-titled" });
  }
  return out;
}
