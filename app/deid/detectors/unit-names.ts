/**
 * Wards, units and care places named by a code or by their kind (blind batch 19):
 *  - a ward's letter-and-number code with a compass word: "moved to B4 South", "unité 2A Nord";
 *  - a ward word before a code of letters and digits, in any case: "ward m2", "Ward 3b", "pavillon 4", "pavillon C";
 *  - a French unit word before a capitalised specialty and a code or compass word: "pôle Médecine Ouest", "service
 *    Pneumo 2", "secrétariat Neuro 1" (not "service de pneumologie");
 *  - a French care place by its kind and "de" a capitalised name: "maternité de Port-Royal", "maison médicale du
 *    Vieux-Marché", "polyclinique des Alpes", "maison de santé de Plélan";
 *  - a French care home in capitals or lower case with its article: "EHPAD LES MIMOSAS", "ehpad le clos fleuri" (not
 *    "l'ehpad le plus proche");
 *  - a hospital's name in capitals ending in "GENERAL" between a heading's dashes: "- NORTH KERRY GENERAL -" (not
 *    "ATTORNEY GENERAL", "IN GENERAL");
 *  - in a note typed in one case, a care home named after "admitted from" or "transferred from" with a word no list
 *    knows or a saint: "admitted from kilbrannan st aidans." (not "admitted from home", "from ed").
 */
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { isUnknownWord } from "./slots";
import { slotCollector } from "./slot-collector";

const CODE_COMPASS = /(?<![\p{L}\d-])(?:[A-Z]\d{1,2}[A-Z]?|\d{1,2}[A-Z])[ \t]+(?:North|South|East|West|Nord|Sud|Est|Ouest|NORTH|SOUTH|EAST|WEST)(?![\p{L}])/gu;
const WARD_CODE =
  /(?<![\p{L}])(?:ward|pavillon|pav\.)[ \t]+(?:[a-z]\d{1,2}[a-z]?|\d{1,2}[a-z]|[A-Z]\d{1,2}[A-Z]?|\d{1,2}[A-Z])(?![\p{L}\d])|(?<![\p{L}])pavillon[ \t]+(?:\d{1,2}|[A-Z])(?![\p{L}\d]|[ \t]*(?:%|mg|h(?![\p{L}])))/giu;
const FR_UNIT_SPECIALTY =
  /(?<![\p{L}])(?:pôle|service|unité|secteur|secrétariat|aile|bâtiment)[ \t]+(\p{Lu}[\p{Ll}\p{M}-]+[ \t]+(?:\d{1,2}[A-Z]?|[A-Z](?![\p{L}])|Nord|Sud|Est|Ouest|Centre))(?![\p{L}\d])/gu;
const FR_CARE_PLACE =
  /(?<![\p{L}])(?:[Mm]aternité|[Mm]aison médicale|[Mm]aison de santé|[Pp]olyclinique|[Dd]ispensaire|[Cc]entre médical|[Cc]entre de santé|[Mm]aison de naissance)[ \t]+(?:de la|des|du|de|d['’])[ \t]*\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?/gu;
const CARE_HOME_ARTICLE =
  /(?<![\p{L}])(?:ehpad|usld|chsld|maison de retraite|résidence)[ \t]+(?:les|le|la|l['’])[ \t]*([\p{L}][\p{L}\p{M}'’-]+)(?:[ \t]+([\p{L}][\p{L}\p{M}'’-]+))?/dgiu;
/** Words after a care home's article that say which one, not its name: "l'ehpad le plus proche". */
const NOT_A_HOME_NAME =
  /^(?:plus|moins|même|autre|autres|proche|voisin|voisine|seul|seule|premier|première|dernier|dernière|nouveau|nouvelle|ancien|ancienne|public|privé|mieux|pire|jour|soir|matin|temps|cas|patient|patiente|résident|résidente|personnel|médecin)$/iu;
const CAPS_GENERAL = /(?<=^|[-–—|:][ \t]*)((?:[A-Z][A-Z'’.]+[ \t]+){1,3}GENERAL)(?=[ \t]*(?:[-–—|:,.(]|$))/gmu;
const NOT_A_HOSPITAL_WORD =
  /^(?:ATTORNEY|SURGEON|SECRETARY|AUDITOR|REGISTRAR|GOVERNOR|SOLICITOR|POSTMASTER|ADJUTANT|IN|THE|OF|AND|FOR|VERY|CONSUL|COMMISSARY|BRIGADIER|MAJOR|LIEUTENANT)$/u;
const ADMITTED_FROM =
  /(?<![\p{L}])(?:admitted|transferred|transfer|came|returned|readmitted)[ \t]+from[ \t]+([\p{Ll}][\p{Ll}'’]+(?:[ \t]+[\p{Ll}][\p{Ll}'’]+){1,3})(?=[ \t]*(?:[.,;:)]|$|\n))/gmu;

export function detectUnitNames(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  const facility = (s: number, e: number, source: string) => add(s, e, "FACILITY", 0.7, 72, source);
  for (const m of original.matchAll(CODE_COMPASS)) facility(m.index!, m.index! + m[0].length, "facility-code-compass");
  if (/ward|pav/iu.test(text)) for (const m of original.matchAll(WARD_CODE)) facility(m.index!, m.index! + m[0].length, "facility-ward-code");
  // A pôle, service or unité is named with its kind word ("pôle Médecine Ouest"); a secretariat only serves one.
  for (const m of text.matchAll(FR_UNIT_SPECIALTY)) {
    const named = /^(?:pôle|service|unité|aile|bâtiment)/u.test(m[0]);
    facility(...(named ? ([m.index!, m.index! + m[0].length] as const) : group(m)), "facility-unit-specialty");
  }
  for (const m of text.matchAll(FR_CARE_PLACE)) facility(m.index!, m.index! + m[0].length, "facility-care-place");
  if (/ehpad|usld|chsld|retraite|résidence/iu.test(original))
    for (const m of original.matchAll(CARE_HOME_ARTICLE)) {
      if (NOT_A_HOME_NAME.test(m[1]) || isClinicalShorthand(m[1].toLowerCase())) continue;
      // A second word belongs to the name when it is not a verb's or a sentence's start: "le clos fleuri".
      const two = m[2] && !NOT_A_HOME_NAME.test(m[2]) && !/^(?:de|du|des|et|à|a|pour|avec|depuis|en|ou|est|a|où|qui)$/iu.test(m[2]);
      const end = two ? m.indices![2]![1] : m.indices![1]![1];
      facility(m.index!, end, "facility-care-home-article");
    }
  if (original.includes("GENERAL"))
    for (const m of original.matchAll(CAPS_GENERAL)) {
      const words = m[1].split(/[ \t]+/u).slice(0, -1);
      if (words.some((w) => NOT_A_HOSPITAL_WORD.test(w))) continue;
      facility(...group(m), "facility-caps-general");
    }
  if (/from/u.test(original))
    for (const m of original.matchAll(ADMITTED_FROM)) {
      const [s] = group(m);
      if (!uncasedAt(s)) continue;
      const words = m[1].split(/[ \t]+/u);
      if (words.some((w) => !/^(?:st|ste)$/u.test(w) && isClinicalShorthand(w.replace(/['’]s?$/u, "")))) continue;
      const saint = words.slice(0, -1).some((w) => /^(?:st|saint|ste)$/u.test(w));
      if (!saint && !isUnknownWord(words[0])) continue;
      facility(s, s + m[1].length, "facility-admitted-from");
    }
  return out;
}
