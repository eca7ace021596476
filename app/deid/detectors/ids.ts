/**
 * ID: labelled numbers (MRN, NHI, case no., numéro de dossier, NAM, serial, lot…), numbers that
 * pass a national check digit (NHI, NHS, Medicare, Ontario/BC health cards, SSN, NIR, ZA ID, PPSN),
 * and generic record-number shapes (prefix codes such as "CH-12345", long digit runs).
 */
import {
  isPlausibleRamq,
  isValidBcPhn,
  isValidBelgianNrn,
  isValidChi,
  isValidMedicare,
  isValidNhi,
  isValidNhsNumber,
  isValidNir,
  isValidOntarioHealthCard,
  isValidPpsn,
  isValidSsn,
  isValidZaId,
} from "../checksums";
import { unionOf } from "../lang/index";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";

const LABELS = unionOf("idLabels").sort((a, b) => b.length - a.length);
/** Label, optional separator words, then a value that contains at least one digit. */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${LABELS.join("|")})(?![\p{L}])\s*(?:#|:|=|-|n°|no\.?|number|numéro|is|was|est|of)?\s*(?:#|:|,)?\s*` +
    String.raw`((?:[A-Za-z]{2,5} (?=\d[\d ]{3,}\d(?![\p{L}\d.\/-]))|[A-Za-z]{1,6}[-/]?)?#?[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*(?: (?:\d{2,4}|2[AB])(?![\p{L}])){0,6})`,
  "giu",
);
const UNIT_AFTER =
  /^\s*(?:mg|mcg|µg|g|kg|ml|mL|l|L|units?|iu|IU|mmol|mol|mm|cm|m|km|%|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|years?|ans|jours?|bpm|mmHg|°|kcal)\b/;

interface Pattern {
  re: RegExp;
  validate: (s: string) => boolean;
  confidence: number;
  source: string;
}

const CHECKED: Pattern[] = [
  { re: /\b[A-HJ-NP-Z]{3}\s?\d{4}\b/g, validate: isValidNhi, confidence: 0.95, source: "nhi" },
  { re: /\b[A-HJ-NP-Z]{3}\s?\d{2}[A-HJ-NP-Z]{2}\b/g, validate: isValidNhi, confidence: 0.95, source: "nhi" },
  { re: /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g, validate: isValidNhsNumber, confidence: 0.9, source: "nhs" },
  { re: /\b[2-6]\d{3}[ -]?\d{5}[ -]?\d(?:[ -/]?[1-9])?\b/g, validate: isValidMedicare, confidence: 0.9, source: "medicare" },
  { re: /\b\d{4}[ -]?\d{3}[ -]?\d{3}(?:[ -]?[A-Z]{2})?\b/g, validate: isValidOntarioHealthCard, confidence: 0.85, source: "ontario" },
  { re: /\b9\d{3}[ -]?\d{3}[ -]?\d{3}\b/g, validate: isValidBcPhn, confidence: 0.85, source: "bc-phn" },
  { re: /\b\d{3}-\d{2}-\d{4}\b/g, validate: () => true, confidence: 0.9, source: "ssn-shape" },
  { re: /\b\d{3} \d{2} \d{4}\b/g, validate: isValidSsn, confidence: 0.8, source: "ssn" },
  { re: /\b[A-Z]{4}[ ]?\d{4}[ ]?\d{4}\b/g, validate: isPlausibleRamq, confidence: 0.9, source: "ramq" },
  { re: /\b[12]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2A|2B)\s?\d{3}\s?\d{3}\s?\d{2}\b/g, validate: isValidNir, confidence: 0.95, source: "nir" },
  { re: /\b\d{13}\b/g, validate: isValidZaId, confidence: 0.9, source: "za-id" },
  { re: /\b\d{7}[A-W][A-IW]?\b/g, validate: isValidPpsn, confidence: 0.9, source: "ppsn" },
  { re: /\b\d{2}[.]?\d{2}[.]?\d{2}[-. ]?\d{3}[-. ]?\d{2}\b/g, validate: isValidBelgianNrn, confidence: 0.9, source: "be-nrn" },
  { re: /\b\d{6}[ -]?\d{4}\b/g, validate: isValidChi, confidence: 0.85, source: "chi" },
];

/** Prefix codes: "CH-12345", "#MS-334455", "A12345678", "HOC67890", "MTH-987654". */
const PREFIX_CODE = /(?<![\p{L}\d-])#?[A-Z]{1,5}-?#?\d{4,}(?:-\d+)?[A-Z]{0,3}(?![\p{L}\d])/gu;
/** Codes in dashed groups: "OH-23-0418", "AC-2023-0419", "EI-2023-1147". */
const DASHED_CODE = /(?<![\p{L}\d-])[A-Z]{1,5}-\d{2,4}-\d{4,6}(?![\p{L}\d-])/gu;
/** Suffix codes: "12345-NYP", "98765AB", "12345ABC". */
/** Letters that make a number a measurement or a time, not a code. */
const UNIT_SUFFIX = /\d-?(?:CC|ML|MG|MCG|KG|MEQ|MMOL|UNITS?|IU|HRS?|MIN|MINS|AM|PM|HS|BPM|MMHG|KCAL)$/i;
const SUFFIX_CODE = /(?<![\p{L}\d-])\d{4,}-?[A-Z]{2,4}(?![\p{L}\d])/gu;
/** Digit runs with optional group separators: 6+ digits in total. */
const DIGIT_RUN = /(?<![\w.,/-])#?\d{2,}(?:[-/ ]\d{2,}){0,3}(?![\w,]|[./-]\d)/g;
/** A court's or a coroner's file: "CORC 1187 of 2022", "COR 2019/4471" is labelled elsewhere. */
const FILE_OF_YEAR = /(?<![\p{L}\d])[A-Z]{2,6}[ \t]?\d{1,6}[ \t]+of[ \t]+(?:19|20)\d\d(?!\d)/gu;
/** "#4521", "No. 4521" after words like incident/case are labelled; a bare "#1234" is also an ID. */
const HASH_NUMBER = /(?<![\w&])#\s?\d{3,}\b/g;
/** Clinical codes that look like prefix codes. */
const CLINICAL_CODE = /^(?:ICD|DSM|COVID|SARS|HbA1c|CD|HER|BRCA|IL|CYP|HLA|PD|CA|ISO|EN|IEC|NCT|CPT|SNOMED|LOINC|ATC|MEWS|NEWS|ASA|NYHA|BMI)\b/i;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/** A labelled vehicle plate: "licence plate KXR 445", "rego ABC123", "plaque AB-123-CD". */
const PLATE =
  /(?<![\p{L}])(?:licen[cs]e plate|number plate|registration plate|plate(?: number| no\.?)?|rego|vehicle registration|plaque(?: d['’]immatriculation)?|immatriculation)(?![\p{L}])\s*(?:#|:|n°|no\.?|number)?\s*((?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){0,2})(?![\p{L}\d])/giu;
/** A plate written near the vehicle it belongs to: "the car's plate was HFX 482", "voiture (FG-318-KT)". */
const PLATE_SHAPE = /(?<![\p{L}\d-])[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){0,2}(?![\p{L}\d-])/gu;
const SHORT_WORDS = new Set("AT IS ON IN TO OF OR AN AS BY IT NO SO UP WE HE ME MY BE DO GO IF US AM PM".split(" "));
const VEHICLE_BEFORE =
  /(?<![\p{L}])(?:car|car's|cars|vehicle|van|ute|truck|taxi|plates?|rego|registration|licen[cs]e|voiture|véhicule|plaque|immatriculation|camion|moto)(?![\p{L}])[^.;\n]{0,30}$/iu;

/** A social-media handle: "@mere_k", "@DrTane" (not an e-mail, not "@ 1500"). */
const HANDLE = /(?<![\p{L}\p{N}_.@])@[A-Za-z_](?:[A-Za-z0-9_.]{1,29}[A-Za-z0-9_])?(?![\p{L}\p{N}_@]|\.[A-Za-z])/gu;

export function detectIds(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PLATE)) {
    // Plates are written in capitals with at least one digit ("KXR 445"); "plate count down" is not one.
    if (m[1] !== m[1].toUpperCase() || !/\d/.test(m[1])) continue;
    const s = m.index! + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, type: "ID", confidence: 0.85, priority: 90, source: "plate" });
  }
  for (const m of text.matchAll(PLATE_SHAPE)) {
    const v = m[0];
    const alnum = v.replace(/[- ]/g, "");
    if (alnum.length < 4 || alnum.length > 8 || !/\d/.test(v) || !/[A-Z]/.test(v)) continue;
    // "CAR 2", "VAN 1": a word of the sentence, not a plate.
    if (v.split(/[- ]/).some((g) => /^[A-Z]{2,}$/.test(g) && (SHORT_WORDS.has(g) || (g.length > 2 && knownWords().has(g.toLowerCase()))))) continue;
    if (!VEHICLE_BEFORE.test(text.slice(Math.max(0, m.index! - 50), m.index!))) continue;
    out.push({ start: m.index!, end: m.index! + v.length, type: "ID", confidence: 0.75, priority: 89, source: "plate" });
  }
  for (const m of text.matchAll(FILE_OF_YEAR))
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "ID", confidence: 0.8, priority: 89, source: "id-file-of-year" });
  for (const m of text.matchAll(HANDLE)) {
    if (m[0].length < 3) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "ID", confidence: 0.85, priority: 87, source: "handle" });
  }
  for (const m of text.matchAll(LABELLED)) {
    let value = m[1];
    // A register's letters before the number ("folder LTH 0722914") are written in capitals; "at 0300" is a time.
    // (The pattern takes them only before five digits or more: "ID: WBC 10.3" is a lab value.)
    const lettered = /^([A-Za-z]{2,5}) \d/.exec(value);
    if (lettered && (!/^[A-Z]+$/.test(lettered[1]) || isClinicalShorthand(lettered[1].toLowerCase()))) continue;
    // Trim trailing punctuation and a trailing lone word.
    value = value.replace(/[-/.]+$/, "");
    const digits = digitCount(value);
    const alnum = value.replace(/[^A-Za-z0-9]/g, "").length;
    if (digits < 2 || alnum < 3) continue;
    const s = m.index! + m[0].length - m[1].length;
    const after = text.slice(s + value.length, s + value.length + 12);
    if (UNIT_AFTER.test(after) && !/[A-Za-z]/.test(value)) continue;
    // A year or a date after a label ("case 2023", "lot 12/03/2021") is not an identifier by itself.
    if (/^(?:19|20)\d{2}$/.test(value)) continue;
    out.push({ start: s, end: s + value.length, type: "ID", confidence: 0.9, priority: 90, source: "id-label" });
  }
  for (const p of CHECKED) {
    for (const m of text.matchAll(p.re)) {
      if (!p.validate(m[0])) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, type: "ID", confidence: p.confidence, priority: 88, source: p.source });
    }
  }
  for (const m of text.matchAll(PREFIX_CODE)) {
    if (CLINICAL_CODE.test(m[0].replace(/^#/, ""))) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 10);
    if (UNIT_AFTER.test(after)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "ID", confidence: 0.75, priority: 70, source: "id-prefix" });
  }
  for (const m of text.matchAll(DASHED_CODE)) {
    if (CLINICAL_CODE.test(m[0])) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "ID", confidence: 0.75, priority: 70, source: "id-prefix" });
  }
  for (const m of text.matchAll(SUFFIX_CODE)) {
    // A quantity or a clock time written against its unit ("1300CC", "1000ML", "1300MG", "1415PM") is no code.
    if (UNIT_SUFFIX.test(m[0])) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 10);
    if (UNIT_AFTER.test(after)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "ID", confidence: 0.7, priority: 68, source: "id-suffix" });
  }
  for (const m of text.matchAll(DIGIT_RUN)) {
    const v = m[0];
    const digits = digitCount(v);
    if (digits < 6 || digits > 20) continue;
    if (/^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(v) || /^\d{4}-\d{2}-\d{2}$/.test(v)) continue;
    // Ranges and ratios of short numbers are measurements ("110-150", "120-140/60", "0700-1900").
    if (/[-/]/.test(v) && v.split(/[-/ ]/).every((g) => g.replace("#", "").length <= 4)) continue;
    const after = text.slice(m.index! + v.length, m.index! + v.length + 10);
    if (UNIT_AFTER.test(after)) continue;
    out.push({ start: m.index!, end: m.index! + v.length, type: "ID", confidence: 0.7, priority: 66, source: "id-digits" });
  }
  for (const m of text.matchAll(HASH_NUMBER)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "ID", confidence: 0.7, priority: 66, source: "id-hash" });
  }
  return out;
}
