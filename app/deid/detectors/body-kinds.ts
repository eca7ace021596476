/**
 * Organisations and units known by what kind of body they are rather than by a list (blind batch 9):
 *  - a service by its kind after a place or a name: "Queensland Police Service", "Ottawa Paramedic Service",
 *    "Aboriginal Interpreter Service" ("the Ambulance Service" alone stays);
 *  - whoever carried a patient somewhere: "taken by Hato Hone St John to", "transferred by Baystate Health
 *    Ambulance to" (two words or more, never a person's title, kin or first name);
 *  - an ombudsman, court or tribunal of a place: "Public Services Ombudsman for Wales", "Coroners Court of
 *    Victoria";
 *  - a band or tribal council: "Lower Similkameen Indian Band";
 *  - an area health body by its acronym's tail: "WNSWLHD", "SESLHD", "CMDHB", "MNHHS";
 *  - a body in brackets after its kind, also a few words on: "The ambulance (NWAS)", "Ma mutualité
 *    (Partenamut)", "l'assureur de la clinique (Relyens)", "infirmière intérimaire (Appel Médical Vannes)";
 *  - a body after a label, in any case: "agency: scottish nursing guild", "Employeur : Olymel";
 *  - a regional French body with its region or town: "ARS Occitanie", "SMUR de Tarbes";
 *  - a care network by its head word last: "Galway Roscommon Integrated Care", "Scottish Nursing Guild".
 * Units: a French specialty with its number ("gériatrie 2B", "médecine polyvalente 3"), a saint's ward in
 * any case ("St Catherine's ward"), "l'urgence de Saint-Jérôme", a CHR or CHU named by its words ("CHR
 * Sambre et Meuse").
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { isUnknownWord } from "./slots";
import { openingScanner } from "../util";

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:de-|du-|des-|la-|le-|sur-|en-|lès-)?\p{Lu}[\p{Ll}\p{M}'’]+)*`;
const ACRO = String.raw`\p{Lu}{2,6}`;
const PART = String.raw`(?:${ACRO}|${CAP}|St\.?)`;

const SERVICE_KIND = new RegExp(
  String.raw`(?<![\p{L}])((?:${PART}[ \t]+){1,3})(?:Police|Paramedic|Ambulance|Fire|Fire and Rescue|Fire & Rescue|Air Ambulance|Ambulance and Paramedic|Interpreter|Interpreting|Translating and Interpreting)[ \t]+Services?(?![\p{L}])`,
  "gu",
);
const CARRIED_BY = new RegExp(
  String.raw`(?<![\p{L}])(?:taken|brought|conveyed|transferred|transported|flown|retrieved|collected|driven)[ \t]+by[ \t]+(?:the[ \t]+)?(${PART}(?:[ \t]+${PART}){1,4})[ \t]+(?:to|from|into|back to)(?![\p{L}])`,
  "gu",
);
const OMBUDSMAN_COURT = new RegExp(
  String.raw`(?<![\p{L}])((?:${CAP}[ \t]+){0,3})(?:Ombudsman|Court|Tribunal)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(${CAP}(?:[ \t]+${CAP})?)(?![\p{L}\p{M}'’-])`,
  "gu",
);
const BAND = new RegExp(String.raw`(?<![\p{L}])((?:${CAP}[ \t]+){1,3})(?:Indian Band|Band Council|Tribal Council)(?![\p{L}])`, "gu");
const AREA_ACRONYM = /(?<![\p{L}\d])[A-Z]{1,6}(?:LHD|LHN|HHS|DHB|PHN|ICB|UHB|HSCP|HSCT)(?![\p{L}\d])/gu;
const BRACKET_KIND = new RegExp(
  String.raw`(?<![\p{L}])(?:ambulance|paramedics|mutualité|mutuelle|assureur|insurer|intérimaire|intérimaires|agence|agency nurse|interim nurse|ambulanciers)(?:[ \t]+(?:de|du|des|de la|of|of the|la|le|l['’])?[ \t]*[\p{Ll}]+){0,3}[ \t]*\([ \t]*(${PART}(?:[ \t]+${PART}){0,3})[ \t]*\)`,
  "giu",
);
const LABELLED =
  /(?<![\p{L}])(?:agency|agence|employer|employeur|insurer|assureur|union|syndicat|mutuelle|mutualité)[ \t]*:[ \t]*([\p{L}][\p{L}\p{M}'’&-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’&-]*){0,4})/giu;
const FRENCH_REGIONAL = new RegExp(
  String.raw`(?<![\p{L}])(?:ARS|SAMU|SMUR|SDIS|CPAM|CARSAT)[ \t]+(?:(?:de la|du|des|de|d['’])[ \t]*)?(${CAP}(?:[ \t]+${CAP})?)(?![\p{L}\p{M}'’-])`,
  "gu",
);
const CARE_HEAD_LAST = new RegExp(
  String.raw`(?<![\p{L}])((?:${PART}[ \t]+){1,3})(?:Integrated Care|Nursing Guild|Guild|Care Partnership)(?![\p{L}]|[ \t]+(?:Centre|Center|Hospital|Clinic|Unit|Home)(?![\p{L}]))`,
  "gu",
);
const SPECIALTY_UNIT =
  /(?<![\p{L}])(?:gériatrie|médecine(?:[ \t]+(?:interne|polyvalente|gériatrique))?|chirurgie(?:[ \t]+(?:viscérale|orthopédique|digestive))?|cardiologie|pneumologie|neurologie|néphrologie|oncologie|psychiatrie|pédiatrie|maternité|soins de suite|SSR|USLD|UHCD)[ \t]+(\d{1,2}[A-Z]?|[A-Z]\d?)(?![\p{L}\d%]|[.,]\d|[ \t]*(?:mg|ml|h|fois|jours|ans|x)(?![\p{L}]))/gu;
const SAINT_WARD = /(?<![\p{L}])(?:st\.?|saint)[ \t]+[\p{L}]+(?:['’]s)?[ \t]+(?:ward|unit|wing)(?![\p{L}])/giu;
const EMERGENCY_OF = new RegExp(String.raw`(?<![\p{L}])(?:l['’])?urgences?[ \t]+(?:de|du|d['’])[ \t]*(${CAP})(?![\p{L}\p{M}'’-])`, "gu");
/** A saint's name and the words after it: "St. Luke's Magic Valley", "St Vincent's Private" (not a day, a church, a street, a herb). */
const SAINT_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:St\.?|Saint)[ \t]+\p{Lu}\p{Ll}+['’]s[ \t]+(?!(?:Day|Eve|Church|Cathedral|Chapel|Street|Road|Lane|Avenue|Place|Square|Park|Green|Hill|Well|College|School|Primary|Catholic|Parish|Wort|Fire|Dance)(?![\p{L}]))${CAP}(?:[ \t]+${CAP})?`,
  "gu",
);
const FACILITY_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:CHR|CHU|CHRU|CHIREC|CHC)[ \t]+(${CAP}(?:[ \t]+(?:et|de|du|des|de la|sur|en)[ \t]+${CAP}|[ \t]+${CAP}){0,3})`,
  "gu",
);

const GENERIC =
  /^(?:The|Our|Local|Your|Their|This|That|A|An|Every|Each|All|Any|New|Health|Service|Services|Community|State|National|Federal|Public|Private|Volunteer|Local)$/u;
const NOT_LABEL = /^(?:none|nil|n\/a|na|yes|no|unknown|self|not|aucune?|non|oui|inconnue?)$/iu;
const PERSON_WORD =
  /^(?:Dr|Dre|Mr|Mrs|Ms|Miss|Mme|Mlle|Pr|Prof|Sister|Sr|Nurse|Mum|Mom|Dad|Nan|Nana|Pop|Koro|Aunty|Uncle|Son|Daughter|Wife|Husband|His|Her|Their|My|Our)$/u;

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanSpecialtyUnit = openingScanner(SPECIALTY_UNIT);

export function detectBodyKinds(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const { firstNames, commonWords } = getNames();
  const { places, regions } = getGazetteer();
  const add = (s: number, e: number, confidence: number, priority: number, source: string, type: Candidate["type"] = "ORGANISATION") =>
    out.push({ start: s, end: e, type, confidence, priority, source });
  const at = (m: RegExpMatchArray, k: number) => m.index! + m[0].lastIndexOf(m[k]);
  const words = (s: string) => s.trim().split(/[ \t]+/);
  const clinical = (w: string) => isClinicalWord(w) || isClinicalShorthand(w.toLowerCase());
  const placeLike = (w: string) => places.has(w) || regions.has(w) || isUnknownWord(w);

  // Patterns that read a capitalised run before their head word are tried only when the head word is there.
  for (const m of /Service/.test(text) ? text.matchAll(SERVICE_KIND) : []) {
    const ws = words(m[1]);
    if (uncasedAt(m.index!) || ws.every((w) => GENERIC.test(w))) continue;
    add(m.index!, m.index! + m[0].length, 0.75, 74, "org-service-kind");
  }
  for (const m of text.matchAll(CARRIED_BY)) {
    const ws = words(m[1]);
    // "taken by Sarah Jones to": a person; a body's name has three words or more, a saint or a body word.
    const bodyish = ws.length > 2 || ws.some((w) => /^(?:St\.?|Ambulance|Health|Rescue|Flight|Service|Services|Care|Transport)$/u.test(w));
    if (uncasedAt(m.index!) || PERSON_WORD.test(ws[0]) || (!bodyish && firstNames.has(ws[0].toLowerCase())) || ws.some(clinical)) continue;
    if (ws.every((w) => GENERIC.test(w) || commonWords.has(w.toLowerCase()))) continue;
    add(at(m, 1), at(m, 1) + m[1].length, 0.65, 66, "org-carried-by");
  }
  for (const m of /Ombudsman|Court|Tribunal/.test(text) ? text.matchAll(OMBUDSMAN_COURT) : []) {
    if (uncasedAt(m.index!) || !words(m[2]).every(placeLike)) continue;
    // "The Ombudsman for Wales": the article is no part of the name, "Public Services" is.
    const article = /^(?:(?:The|A|An|Our|Your|This|That)[ \t]+)+/u.exec(m[0])?.[0].length ?? 0;
    add(m.index! + article, m.index! + m[0].length, 0.75, 74, "org-ombudsman-court");
  }
  for (const m of /Band|Tribal/.test(text) ? text.matchAll(BAND) : []) {
    if (uncasedAt(m.index!) || words(m[1]).every((w) => GENERIC.test(w))) continue;
    add(m.index!, m.index! + m[0].length, 0.8, 76, "org-band");
  }
  for (const m of text.matchAll(AREA_ACRONYM)) add(m.index!, m.index! + m[0].length, 0.75, 74, "org-area-acronym");
  for (const m of text.matchAll(BRACKET_KIND)) {
    const ws = words(m[1]);
    if (ws.some(clinical) || ws.every((w) => GENERIC.test(w) || commonWords.has(w.toLowerCase()))) continue;
    add(at(m, 1), at(m, 1) + m[1].length, 0.65, 66, "org-bracket-kind");
  }
  for (const m of text.matchAll(LABELLED)) {
    const ws = words(m[1]);
    if (NOT_LABEL.test(ws[0]) || ws.some(clinical)) continue;
    add(at(m, 1), at(m, 1) + m[1].length, 0.65, 66, "org-labelled");
  }
  for (const m of text.matchAll(FRENCH_REGIONAL)) {
    if (uncasedAt(m.index!) || !words(m[1]).every(placeLike)) continue;
    add(m.index!, m.index! + m[0].length, 0.75, 74, "org-french-regional");
  }
  for (const m of /Integrated Care|Guild|Care Partnership/.test(text) ? text.matchAll(CARE_HEAD_LAST) : []) {
    const ws = words(m[1]);
    if (uncasedAt(m.index!) && !/:[ \t]*$/u.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    if (ws.every((w) => GENERIC.test(w) || commonWords.has(w.toLowerCase())) || ws.some(clinical)) continue;
    add(m.index!, m.index! + m[0].length, 0.7, 70, "org-care-head-last");
  }
  for (const m of scanSpecialtyUnit(text)) add(m.index!, m.index! + m[0].length, 0.7, 72, "facility-specialty-unit", "FACILITY");
  for (const m of text.matchAll(SAINT_WARD)) add(m.index!, m.index! + m[0].length, 0.75, 74, "facility-saint-ward", "FACILITY");
  for (const m of text.matchAll(EMERGENCY_OF)) {
    // The hospital is the town's; "urgence" stays, a clinical word.
    if (!placeLike(m[1])) continue;
    add(at(m, 1), at(m, 1) + m[1].length, 0.75, 74, "facility-emergency-of", "FACILITY");
  }
  for (const m of /(?:St\.?|Saint)[ \t]/.test(text) ? text.matchAll(SAINT_NAMED) : []) {
    if (uncasedAt(m.index!)) continue;
    add(m.index!, m.index! + m[0].length, 0.7, 76, "facility-saint-named", "FACILITY");
  }
  for (const m of text.matchAll(FACILITY_WORDS)) {
    if (uncasedAt(m.index!) || words(m[1]).some(clinical)) continue;
    add(m.index!, m.index! + m[0].length, 0.75, 74, "facility-chr-words", "FACILITY");
  }
  return out;
}
