/**
 * Reference numbers and places as decisions, forms and posts write them (blind batch 9).
 * IDs:
 *  - a tribunal's or court's neutral citation: "[2024 QCAT 318]", "[2023] EWHC 1187 (KB)", "2022 ONSC 4471";
 *  - a regulator's case number, digits around letters: "21HDC01187";
 *  - a number after its register's acronym and a label: "licence OCP 612094", "permis OIIAQ 2016-4417",
 *    "Court reference: COR 2022\n004718" (a PDF copy may break it);
 *  - a number someone reads out: "her hospital number is CMH 0119 4471", "file number i think is TH 8812044",
 *    "Hosp no RW3 0045721";
 *  - a code led by its system's letters after a record's label (blind batch 10): "ref KGH/PSII/2024/0117",
 *    "Learning ID BOP-RL-0419", "Incident IIMS 2025-331907", "HRN RDH 771 220", "Folder no RFH 2213904",
 *    "Numéro de patient : CSLB 00918273" (four digits at least: "ref NG51" is a guideline);
 *  - a code of letter groups and numbers: "RMM-CHV-2024-17", "Avis n° 24-0318 / CCI-NA" (not "75-120/HOUR");
 *  - a campaign hashtag built on a person: "#JusticeForZintle", "#RIPNana" (not "#PatientSafety").
 * Places:
 *  - a townland or village before its county: "Knockanure, Co. Kerry";
 *  - the place after "at home,": "collapse at home, Ballyconneely";
 *  - Welsh, Irish and Breton street words: "Heol y Felin", "Bóthar na Trá", "12 hent Kerizoc";
 *  - a pā: "Te Aroha Pā";
 *  - a township's extension where someone lives: "we stay in ivory park extension 5".
 */
import { isClinicalWord } from "../clinical";
import { getGazetteer } from "../gazetteer";
import type { Candidate } from "../types";
import { isUnknownWord } from "./slots";

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
const CITATION =
  /(?<![\p{L}\d])(?:\[(?:19|20)\d{2}\][ \t]+[A-Z]{2,10}[ \t]+\d{1,5}(?:[ \t]+\([A-Za-z]{1,6}\))?|\[(?:19|20)\d{2}[ \t]+[A-Z]{2,10}[ \t]+\d{1,5}\]|(?:19|20)\d{2}[ \t]+[A-Z]{1,6}(?:CAT|HC|CA|SC|CS|DT|FC|MC|CC)[ \t]+\d{1,5})(?![\p{L}\d])/gu;
const CASE_CODE = /(?<![\p{L}\d])\d{2}[A-Z]{2,5}\d{4,6}(?![\p{L}\d])/gu;
/** A label in any case ("licence", "Licence", "LICENCE"), leaving the number's own capitals case-sensitive. */
const anyCase = (words: string) =>
  words
    .split("|")
    .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}|${w.toUpperCase()}`)
    .join("|");
const REGISTER_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyCase("licence|license|permis|registration|reg\\.|pin|reference|référence|ref\\.|réf\\.|file|dossier")})[ \t]*(?:no\.?|n°|number|#)?[ \t]*:?[ \t]*(\p{Lu}{2,6}[ \t]+\d{2,8}(?:(?:[ \t]*\n[ \t]*|[ \t-])\d{2,8})?)(?![\p{L}\d])`,
  "gu",
);
const READ_OUT_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${anyCase("file|hospital|folder|patient|record|chart|case|claim|account|dossier")})[ \t]+(?:number|no\.?|#|numéro|NUMBER|NO\.?)[^\n.:]{0,16}?[ \t](?:is|was|est|IS|:)|(?:${anyCase("hosp|hospital")})\.?[ \t]+(?:no\.?|number|#|NO\.?)[ \t]*:?)[ \t]+(\p{Lu}{1,4}\d?[ \t]?\d{2,8}(?:[ \t]\d{2,8}){0,3}|\d{5,12})(?![\p{L}\d])`,
  "gu",
);
const LABELLED_CODE = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyCase("ref|réf")}\.?|(?:${anyCase("folder|file|patient|hospital|chart|learning|incident|case")})[ \t]+(?:no\.?|n°|number|ID|#)|[Nn]uméro[ \t]+de[ \t]+(?:patient|dossier)|HRN|URN|MRN|${anyCase("incident")})[ \t]*[:#]?[ \t]*(\p{Lu}{2,6}(?:[ \t/-](?:\d{2,8}|\p{Lu}{1,6}\d{0,4})){1,4})(?![\p{L}\d])`,
  "gu",
);
const LETTER_GROUP_CODE =
  /(?<![\p{L}\d-])(?:[A-Z]{2,5}(?:-[A-Z]{2,5})+-(?:19|20)?\d{2}-\d{1,6}|\d{2}-\d{3,6}[ \t]*\/[ \t]*[A-Z]{2,6}-[A-Z]{2,4})(?![\p{L}\d-])/gu;
const HASHTAG =
  /(?<![\p{L}\d])#(?:JusticeFor|Justice4|JusticePour|RIP|PrayFor|PrayersFor|Remembering|ForeverIn|StandWith|HelpFor|LoveFor|Missing|Find|BringHome|WeLove|Team)\p{Lu}[\p{L}\d]*/gu;

const COUNTY_AFTER = new RegExp(String.raw`(?<![\p{L}])(${CAP}(?:[ \t]+${CAP})?),[ \t]*(?:Co\.|County|Cty\.?)[ \t]+\p{Lu}`, "gu");
const AT_HOME = new RegExp(
  String.raw`(?<![\p{L}])(?:at home|at her home|at his home|at their home|à domicile),[ \t]*(${CAP}(?:[ \t]+${CAP})?)(?![\p{L}\p{M}'’-])`,
  "gu",
);
const CELTIC_STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:\d{1,4}[ \t]+)?(?:Heol|Ffordd|Stryd|Lôn|Bóthar|Bothar|Sráid|Sraid|Ascaill|hent|Hent|straed|Straed|Bali|bali)[ \t]+(?:(?:y|yr|an|na|ar)[ \t]+)?${CAP}(?:[ \t]+${CAP})?`,
  "gu",
);
/** CELTIC_STREET's street words: the pattern is tried only in text that has one (most have none). */
const CELTIC_STREET_WORD = /(?:Heol|Ffordd|Stryd|Lôn|Bóthar|Bothar|Sráid|Sraid|Ascaill|hent|Hent|straed|Straed|Bali|bali)[ \t]/;
const PA = new RegExp(String.raw`(?<![\p{L}])(?:${CAP}[ \t]+){1,3}Pā(?![\p{L}])`, "gu");
const EXTENSION = /(?<![\p{L}])(?:in|at|from|of|stay in|live in|lives in)[ \t]+((?:[\p{L}]+[ \t]+){1,2}(?:ext\.?|extension)[ \t]*\d{1,3})(?![\d])/giu;
const NOT_EXTENSION_WORD = /^(?:phone|call|dial|number|tel|the|a|my|her|his|line|desk|office|ward|clinic|poste|on)$/iu;

/** `text` is the truecased copy (places), `original` the text as written (codes keep their capitals). */
export function detectReferenceCodes(text: string, original = text): Candidate[] {
  const out: Candidate[] = [];
  const { places } = getGazetteer();
  const add = (s: number, e: number, confidence: number, priority: number, source: string, type: Candidate["type"] = "ID") =>
    out.push({ start: s, end: e, type, confidence, priority, source });
  const at = (m: RegExpMatchArray) => m.index! + m[0].lastIndexOf(m[1]);
  const placeLike = (w: string) => (places.has(w) || isUnknownWord(w)) && !isClinicalWord(w);

  // Above a bare number's rules: the whole code is the identifier, not its digits alone ("24-0318 / CCI-NA").
  for (const re of [CITATION, CASE_CODE, LETTER_GROUP_CODE, HASHTAG])
    for (const m of original.matchAll(re)) add(m.index!, m.index! + m[0].length, 0.8, 91, "id-reference-shape");
  for (const re of [REGISTER_NUMBER, READ_OUT_NUMBER, LABELLED_CODE]) {
    for (const m of original.matchAll(re)) {
      if (re === LABELLED_CODE && (m[1].match(/\d/g)?.length ?? 0) < 4) continue;
      // A dose or a time is no number: "no ICU 2 days", "file GCS 15".
      if (/^(?:GCS|ICU|BP|HR|RR|SAT|SPO|MG|ML|NEWS|PEWS|EWS|BMI|INR|CRP|WBC|HB|AM|PM)\b/iu.test(m[1])) continue;
      add(at(m), at(m) + m[1].length, 0.8, 92, "id-register-number");
    }
  }
  // Patterns that read a capitalised run before their head word are tried only when the head word is there.
  for (const m of /Co\.|County|Cty/.test(text) ? text.matchAll(COUNTY_AFTER) : []) {
    if (!m[1].split(/[ \t]+/).every(placeLike)) continue;
    add(m.index!, m.index! + m[1].length, 0.7, 72, "place-before-county", "LOCATION");
  }
  for (const m of text.matchAll(AT_HOME)) {
    if (!m[1].split(/[ \t]+/).every(placeLike)) continue;
    add(at(m), at(m) + m[1].length, 0.65, 70, "place-at-home", "LOCATION");
  }
  for (const m of CELTIC_STREET_WORD.test(text) ? text.matchAll(CELTIC_STREET) : [])
    add(m.index!, m.index! + m[0].length, 0.75, 74, "place-celtic-street", "LOCATION");
  for (const m of text.includes("Pā") ? text.matchAll(PA) : []) add(m.index!, m.index! + m[0].length, 0.75, 74, "place-pa", "LOCATION");
  for (const m of /ext/i.test(text) ? text.matchAll(EXTENSION) : []) {
    const first = m[1].split(/[ \t]+/)[0];
    if (NOT_EXTENSION_WORD.test(first)) continue;
    add(at(m), at(m) + m[1].length, 0.65, 70, "place-extension", "LOCATION");
  }
  return out;
}
