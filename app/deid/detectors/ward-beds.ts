/**
 * Wards, beds and reference numbers by their shape and slot (blind batch 12):
 *  - a ward named by a floor and a compass word, in any case: "4 East", "9 WEST", "rn, 7 east" (not "3 km east",
 *    "2 South Africans", "5 north of the river");
 *  - a French ward or unit by its code: "service 3B", "l'unité C2", "pavillon K2", and with its specialty: "service
 *    de médecine interne 2", "unité de chirurgie 5B" (blind batch 17);
 *  - a ward's specialty after its code or its floor and compass word, and a numbered station: "4 South Medicine",
 *    "E6 MEDICINE", "Station 52" (blind batch 17);
 *  - a French unit or pôle without a code, by its slot: after a role and a comma or in brackets ("(infirmier de nuit,
 *    unité de soins continus neurologiques)", "praticien hospitalier, pôle de gériatrie,"), after "hospitalisée en",
 *    or as a heading between dashes ("- unité protégée -"); not in a sentence ("l'unité de soins a fermé");
 *  - a French care home after its kind: "EHPAD les Tilleuls", "résidence Bel Automne";
 *  - a room or bed in brackets after a patient's name: "(ch 12)", "(bed 4)", "(rm 412)";
 *  - a ward named after someone or something, with its number, where a patient is: "recorded on Priory 4" (not
 *    "on Day 4", "on Lasix 40");
 *  - a ward's code alone after a word that moves a patient: "lors du transfert vers le B3", "moved to the 4B", "mutée
 *    en C2" (session 10; not a vertebra or a dose after other words: "pain at L4", "back to 2 mg");
 *  - a stretcher, trolley or cubicle with a lettered code: "civière C-17", "trolley B4";
 *  - a bed in a unit a patient is in: "in ccu bed 7", "to HDU bed 3";
 *  - reference codes: letters, a year and a number between slashes ("MDW/2024/17", "COMP/24/03318"); a member or
 *    policy number with its scheme's letters ("member number BON 88214503"); an incident report's number with its
 *    system's letters ("IR NO. NIMS 771045").
 * Each pattern is tried only where its head word stands (a cheap test first).
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { lowerSameLength } from "../util";
import { mayBeFrench } from "./kind-slots";
import { slotCollector } from "./slot-collector";

const COMPASS_WARD =
  /(?<![\p{L}\d.,/:-])(\d{1,2}[A-Z]?[ \t]+(?:East|West|North|South|Northeast|Northwest|Southeast|Southwest|EAST|WEST|NORTH|SOUTH|east|west|north|south))(?![\p{L}\d-]|[ \t]+(?:of|Africa|African|Africans|America|American|Americans|Korea|Korean|Asian|Asians|Sudan|Island|Islands|Islander|Islanders|Pacific|Indian|European|Europeans|Wales|Dakota|Carolina|Coast|Shore|[Aa]nd|by|side|bound|wind|facing|OF|AND)(?![\p{L}]))/gu;
/** A distance or a bearing before the number: "3 km east" never reaches the pattern, "walked 2 blocks south" neither. */
const DISTANCE_BEFORE = /(?:km|mi|miles|blocks|kilometres|kilometers|degrees|°|mph|knots)[ \t]*$/iu;
const FR_UNIT_CODE =
  /(?<![\p{L}])(?:[Ss]ervice|[Uu]nité|[Pp]avillon|[Ss]ecteur|[Aa]ile)[ \t]+(?:\d{1,2}[A-Z]{1,2}|[A-Z]{1,2}\d{1,2}[A-Z]?|[A-Z]{1,2}-\d{1,2})(?![\p{L}\d])/gu;
const CARE_HOME =
  /(?<![\p{L}])(?:EHPAD|Ehpad|ehpad|[Rr]ésidence|[Mm]aison de retraite|[Ff]oyer-logement|USLD|CHSLD|RPA)[ \t]+((?:(?:les|le|la|des|du|Les|Le|La)[ \t]+|l['’])?\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:(?:de|du|des|la|le|les|d['’])[ \t]*)?\p{Lu}[\p{L}\p{M}'’-]+){0,3})/gu;
const BRACKET_ROOM = /\((?:ch|chambre|lit|bed|rm|room|box|cubicle|bay|CH|LIT|BED|RM|ROOM)\.?[ \t]*(?:n°|#|no\.?)?[ \t]*(\d{1,4}[A-Z]?)[ \t]*\)/gu;
const STRETCHER_CODE =
  /(?<![\p{L}])(?:civière|brancard|stretcher|trolley|cubicle|alcôve|fauteuil|CIVIÈRE|STRETCHER|TROLLEY|CUBICLE)[ \t]+(?:n°|#|no\.?)?[ \t]*([A-Z]{1,2}-?\d{1,3}|\d{1,3}-?[A-Z])(?![\p{L}\d])/gu;
const UNIT_BED =
  /(?<![\p{L}])(?:in|on|to|into|from|IN|ON|TO|INTO|FROM)[ \t]+(?:the[ \t]+)?(?:icu|ccu|hdu|cicu|picu|nicu|scbu|amu|mau|cdu|eau|ssu|ed|resus|ICU|CCU|HDU|CICU|PICU|NICU|SCBU|AMU|MAU|CDU|EAU|SSU|ED|A&E|Resus|RESUS)[ \t]+(?:bed|BED|Bed|cot|COT|Cot|bay|BAY|Bay|cubicle|CUBICLE)[ \t]*(\d{1,3}[A-Z]?)(?![\p{L}\d])/gu;
/** A ward named after someone or something, with its number, where a patient is or is moved: "recorded on Priory 4". */
/**
 * A ward's code alone after a word that moves a patient there and an article or "en" ("transfert vers le B3", "moved to
 * the 4B", "mutée en C2"): a code read as a place's name. Without the article ("transferred to Q7") it stays, as
 * PhysioNet's notes write unit codes that their annotators do not count as identifiers.
 */
const MOVED_TO_CODE =
  /(?<![\p{L}])(?:transfert|transférée?|transfer|transferred|moved|mutée?|mutation|remontée?|returned)[ \t]+(?:(?:vers|dans|à|to|into|back[ \t]+to)[ \t]+(?:le|la|l['’]|the)|au|en)[ \t]*([A-Z]\d{1,2}[A-Z]?|\d{1,2}[A-Z])(?![\p{L}\d-]|[ \t]*(?:mg|mcg|ml|mL|%|h)(?![\p{L}]))/gu;
const NAMED_WARD =
  /(?<![\p{L}])(?:on|to|onto|from|off|ON|TO|FROM)[ \t]+(\p{Lu}\p{Ll}{3,15}[ \t]+\d{1,2}[A-Z]?)(?![\p{L}\d]|[ \t]*(?:%|mg|mcg|ml|mL|units|u|mmol|hours|hrs|days|weeks|mins|minutes|[.:/,]\d))/gu;
const NOT_WARD =
  /^(?:january|february|march|april|june|july|august|september|october|november|december|sept|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ward|room|bed|bay|level|floor|page|day|week|step|stage|grade|table|chapter|section|line|channel|track|route|highway|station|gate|platform|number|version|phase|cycle|dose|lead|zone|unit|pod)$/u;
const INFINITIVE_TO = /(?:is|are|was|were|be|going|need|needs|needed|due|able|has|have|had|plan|plans|want|wants|ok|okay|agreed|likes?)[ \t]+to[ \t]*$/iu;
const SLASH_REF = /(?<![\p{L}\d/])[A-Z]{2,6}(?:\/[A-Z]{2,6})?\/(?:19|20)?\d{2}\/\d{1,6}(?![\p{L}\d/])/gu;
const MEMBER_NO =
  /(?<![\p{L}])(?:[Mm]ember(?:ship)?|[Pp]olicy|[Ss]cheme|[Dd]ependant|MEMBER|POLICY)[ \t]+(?:number|no\.?|num\.?|#|NUMBER|NO\.?)[ \t]*[:#]?[ \t]*([A-Za-z]{2,5}[ \t-]?\d{5,12})(?![\p{L}\d])/gu;
const REPORT_NO =
  /(?<![\p{L}])(?:IR|ir|Ir|[Ii]ncident|INCIDENT|[Ee]vent|EVENT|[Rr]eport|REPORT)[ \t]*(?:no\.?|No\.?|NO\.?|number|NUMBER|#|ref\.?|REF\.?)[ \t]*[:#]?[ \t]*([A-Za-z]{2,6}[ \t]\d{4,10})(?![\p{L}\d])/gu;

const SPECIALTY = String.raw`(?:medicine|surgery|surgical|medical|cardiology|cardiac|oncology|neurology|neuro|telemetry|tele|rehab|geriatrics|ortho|orthopaedics|orthopedics|respiratory|renal|stroke|maternity|paediatrics|pediatrics)`;
/** A ward's specialty after its floor and compass word: "4 South Medicine", "7 EAST SURGICAL". */
const SPECIALTY_AFTER = new RegExp(String.raw`^[ \t]+${SPECIALTY}(?![\p{L}])`, "iu");
/** A ward code and its specialty: "E6 MEDICINE", "5B Surgical" (blind batch 17); not "x1" (once) or "q4" (every four hours). */
const CODE_SPECIALTY = new RegExp(String.raw`(?<![\p{L}\d-])(?:[A-PR-WYZ]\d{1,2}|\d{1,2}[A-Z])[ \t]+${SPECIALTY}(?![\p{L}])`, "giu");
/** A ward numbered as a station, as US hospitals name them: "nurse manager of Station 52". */
const STATION = /(?<![\p{L}])(?:Station|STATION)[ \t]+\d{1,3}[A-Z]?(?![\p{L}\d])/gu;
/** A French service or unit with its specialty and code: "service de médecine interne 2", "unité de chirurgie 5B". */
/** Words that end a unit's name: "l'unité de soins de suite depuis le 19" names no unit 19. */
const FR_NOT_UNIT = "le|la|les|l|depuis|à|a|au|aux|en|pour|avec|et|ou|dans|sur|par|vers|un|une|des|est|était|il|elle";
const FR_SERVICE_CODE = new RegExp(
  String.raw`(?<![\p{L}])(?:service|unité|pôle|secteur)[ \t]+(?:de|d['’]|du)[ \t]*(?!(?:${FR_NOT_UNIT})[ \t])\p{Ll}[\p{Ll}\p{M}'’-]+(?:[ \t]+(?!(?:${FR_NOT_UNIT})[ \t])[\p{Ll}\p{M}'’-]+){0,3}[ \t]+(?:\d{1,2}[A-Z]?|[A-Z]\d{1,2})(?![\p{L}\d]|[ \t]*(?:h|%|mg|ans|jours|lits|places|min)(?![\p{L}]))`,
  "giu",
);

const FR_UNIT_WORD = String.raw`(?!(?:${FR_NOT_UNIT})(?![\p{L}]))\p{Ll}[\p{Ll}\p{M}'’-]+`;
const FR_UNIT_SLOT = new RegExp(
  String.raw`(?:[,(][ \t]*|(?<![\p{L}])(?:hospitalisée?s?|admise?s?|transférée?s?|mutée?s?)[ \t]+(?:en|dans[ \t]+l['’]|à[ \t]+l['’])[ \t]*|^[ \t]*|[ \t][-–][ \t]+(?=[^\n]{3,60}?[ \t][-–][ \t]))` +
    String.raw`((?:unité|pôle)[ \t]+(?:(?:de|du|des)[ \t]+|d['’][ \t]*)?${FR_UNIT_WORD}(?:[ \t]+(?:(?:de|du|des)[ \t]+|d['’][ \t]*)?${FR_UNIT_WORD}){0,3})` +
    String.raw`(?=[ \t]*(?:[,;)]|[-–][ \t]|\n|$)|[ \t]+(?:depuis|pour|où|du|le|la)(?![\p{L}]))`,
  "gmu",
);

export function detectWardBeds(text: string, original = text): Candidate[] {
  const { out, add, group } = slotCollector();

  if (/\d[A-Z]?[ \t]+(?:east|west|north|south)/iu.test(text)) {
    for (const m of text.matchAll(COMPASS_WARD)) {
      if (DISTANCE_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      const [s, e] = group(m);
      const specialty = SPECIALTY_AFTER.exec(text.slice(e, e + 20));
      add(s, e + (specialty?.[0].length ?? 0), "FACILITY", 0.75, 84, "ward-compass");
    }
  }
  for (const m of /\d[ \t]+\p{L}/u.test(text) ? text.matchAll(CODE_SPECIALTY) : [])
    add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 84, "ward-code-specialty");
  if (/Station|STATION/u.test(text)) for (const m of text.matchAll(STATION)) add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 84, "ward-station");
  const french = mayBeFrench(text);
  if (french) {
    for (const m of text.matchAll(FR_UNIT_CODE)) add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 84, "ward-fr-code");
    for (const m of text.matchAll(FR_SERVICE_CODE)) add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 84, "ward-fr-service-code");
    if (/unité|pôle/u.test(text)) for (const m of text.matchAll(FR_UNIT_SLOT)) add(...group(m), "FACILITY", 0.7, 80, "ward-fr-unit-slot");
    for (const m of text.matchAll(CARE_HOME)) {
      const name = m[1].replace(/[ \t]+(?:de|du|des|la|le|les)$/u, "");
      const [s] = group(m);
      add(s, s + name.length, "FACILITY", 0.8, 86, "ward-care-home");
    }
  } else if (/EHPAD|CHSLD|USLD/u.test(text)) {
    for (const m of text.matchAll(CARE_HOME)) add(...group(m), "FACILITY", 0.8, 86, "ward-care-home");
  }
  if (text.includes("(")) for (const m of text.matchAll(BRACKET_ROOM)) add(...group(m), "ID", 0.8, 86, "bed-in-brackets");
  if (/civière|brancard|stretcher|trolley|cubicle|alcôve|fauteuil/iu.test(text))
    for (const m of text.matchAll(STRETCHER_CODE)) add(...group(m), "ID", 0.8, 86, "bed-stretcher-code");
  if (/(?:bed|cot|bay|cubicle)[ \t]*\d/iu.test(text)) for (const m of text.matchAll(UNIT_BED)) add(...group(m), "ID", 0.8, 86, "bed-in-unit");
  for (const m of /[ \t]\d{1,2}[A-Z]?(?![\d])/u.test(text) ? text.matchAll(NAMED_WARD) : []) {
    const word = m[1].split(/[ \t]/u)[0];
    const l = lowerSameLength(word);
    const [s] = group(m);
    // Where the truecaser gave the capital ("QUARTERMAIN 2", "quartermain 5"), "to" must not mark a verb ("is to recieve 1 bag").
    if (!/^\p{Lu}\p{Ll}/u.test(original.slice(s, s + 2)) && INFINITIVE_TO.test(text.slice(Math.max(0, m.index! - 12), m.index! + 3))) continue;
    // A rare word or a name, never a frequent word ("on Day 4"), a month, a drug or a clinical word ("on Lasix 40").
    if (NOT_WARD.test(l) || isClinicalShorthand(l) || isClinicalWord(word) || (getNames().wordRank.get(l) ?? Infinity) < 3000) continue;
    add(...group(m), "FACILITY", 0.7, 80, "ward-named-number");
  }
  if (/trans|moved|muté|mutation|remont|returned/u.test(text))
    for (const m of text.matchAll(MOVED_TO_CODE)) if (!isClinicalShorthand(lowerSameLength(m[1]))) add(...group(m), "FACILITY", 0.75, 84, "ward-code-moved-to");
  if (text.includes("/")) for (const m of text.matchAll(SLASH_REF)) add(m.index!, m.index! + m[0].length, "ID", 0.8, 86, "ref-slashes");
  if (/member|policy|scheme|dependant/iu.test(text)) for (const m of text.matchAll(MEMBER_NO)) add(...group(m), "ID", 0.8, 86, "ref-member");
  if (/(?:IR|incident|event|report)[ \t]*(?:no|number|#|ref)/iu.test(text)) {
    for (const m of text.matchAll(REPORT_NO)) {
      const [s, e] = group(m);
      // The system's letters as written, in capitals ("NIMS"), never a word ("report no. was 1234" has none).
      if (/^[A-Z]{2,6}[ \t]/u.test(original.slice(s, e))) add(s, e, "ID", 0.8, 86, "ref-report-system");
    }
  }
  return out;
}
