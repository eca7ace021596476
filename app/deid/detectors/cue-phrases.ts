/**
 * Identifiers known by the phrase around them rather than by any list:
 *  - a French street named without its number: "sur la rue Saint-Dominique", "habite avenue Van Horne",
 *    "cité Félix-Pyat" (a street word in lower case, then a capitalised name);
 *  - an employer or insurer named with no company suffix: "works at Highveld Steel", "travaille de nuit
 *    chez Olymel", "Insurance: Medica";
 *  - "she's 96", "She's ninety-four", "hes 94", "I'm 94 myself": an age over 89 after a person's contraction, with no unit after it;
 *  - Afrikaans dates: "12 Julie", "Vrydag 12 Julie 2024", "3 Maart";
 *  - the Québec form of a town before its postcode: "Québec (Québec) G1L 2Y4", "Laval (QC) H7N 5H9";
 *  - a kin word, then a capitalised given name that is also a common word: "my daughter Simran puts";
 *  - a Māori, Afrikaans or other honorific before a name: "whaea Rangimarie", "Oom Jannie", "gogo Nomsa";
 *  - a French care home, practice or school named after its kind: "USLD Les Tilleuls", "Clinique médicale
 *    Maizerets", "cabinet médical de Cesson", "l'école Jean-Jaurès";
 *  - "Royal" + a known town ("Royal Derby", "Royal Darwin") and a town + "VA" ("Houston VA"): hospitals;
 *  - a place after "lives", "home at", "area of": "lives Broughty Ferry", "his home at Te Kaha"; a listed town someone
 *    leaves for ("left for Hamilton") and a numbered arrondissement (blind batch 17).
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { openingScanner } from "../util";
import { WORDED } from "./age-slots";

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
const CAP_NAME = String.raw`${CAP}(?:[ \t]+(?:(?:de|du|des|de la|d['’]|van|von|la|le)[ \t]*)?${CAP}){0,3}`;
const FR_STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|allée|impasse|quai|cité|rang|montée|place|square|passage|ruelle|côte)[ \t]+(?:(?:de la|du|des|de|d['’]|l['’])[ \t]*)?${CAP_NAME}`,
  "gu",
);
const WORK = String.raw`(?:works?|worked|working|employed|a job|his job|her job|travaille|travaillait|employée?|bosse)(?:[ \t]+(?:nights|days|shifts|part-time|full-time|de nuit|de jour|à temps partiel))?`;
const EMPLOYER = new RegExp(String.raw`(?<![\p{L}])${WORK}[ \t]+(?:at|for|with|chez|pour|à|au)[ \t]+(?:the[ \t]+|l['’])?(${CAP_NAME})`, "gu");
const EMPLOYER_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:[Ee]mployer|[Ee]mployeur|[Ee]mployeuse)[ \t]*[,:][ \t]*(${CAP_NAME})`, "gu");
const CHEZ = new RegExp(String.raw`(?<![\p{L}])chez[ \t]+(${CAP_NAME})`, "gu");
const INSURER = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ii]nsurance|[Ii]nsurer|[Hh]ealth plan|[Mm]utuelle|[Mm]utualité|[Aa]ssureur|[Aa]ssurance)[ \t]*:?[ \t]+(${CAP_NAME})`,
  "gu",
);
const TITLE_OR_PRONOUN =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mlle|Monsieur|Madame|Docteur|Pr|Nous|Vous|Eux|Elle|Lui|Moi|Toi|Soi|The|Our|His|Her|Their|Is|Was|Has|Had|Will|Would|Can|Could|And|But|Or|Who|Which|That|This|Est|Et|Qui|Mais|Ou|Il|Ils|Elles|On|Ne|Se|Sa|Son|Ses|Le|La|Les)$/;
const CONTRACTION_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:she|he)(?:['’]s|s)|i['’]m|i[ \t]+am)[ \t]+(?:now[ \t]+|nearly[ \t]+|almost[ \t]+)?(9\d|1[01]\d|${WORDED}(?![\p{L}-]))(?![\d.,]?\d|[ \t]*(?:%|kg|kilos?|lbs?|pounds|mg|cm|bpm|percent|degrees|°|minutes|mins|hours|hrs|days|weeks|times|x)(?![\p{L}]))`,
  "giu",
);
const AF_MONTHS = "Januarie|Februarie|Maart|April|Mei|Junie|Julie|Augustus|September|Oktober|November|Desember";
const AF_DAYS = "Maandag|Dinsdag|Woensdag|Donderdag|Vrydag|Saterdag|Sondag";
const AF_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${AF_DAYS}),?[ \t]+)?(?:[12]\d|3[01]|0?[1-9])[ \t]+(?:${AF_MONTHS})(?:[ \t]+(?:19|20)\d\d)?(?![\p{L}])`,
  "gu",
);
const QC_TOWN = new RegExp(
  String.raw`(${CAP_NAME})[ \t]*\((?:Québec|Quebec|QC|Qc|Ontario|ON|Nouveau-Brunswick|NB|Manitoba|MB)\)[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\p{L}\d])`,
  "gu",
);
const KIN = new RegExp(
  String.raw`(?<![\p{L}])(?:daughter|son|wife|husband|partner|mother|father|mum|mom|dad|brother|sister|niece|nephew|grandson|granddaughter|aunt|aunty|auntie|uncle|cousin|friend|neighbou?r|roommate|flatmate|housemate|boyfriend|girlfriend|fianc[eé]e?|spouse|step(?:son|daughter|mother|father)|grand(?:mother|father)|god(?:son|daughter|mother|father)|caregiver|carer|fille|fils|épouse|mari|mère|père|frère|sœur|nièce|neveu|petit-fils|petite-fille|ami|amie|voisine?|conjointe?|copain|copine|moko|mokopuna|mokos)[ \t]+(${CAP}(?:[ \t]+${CAP})?)(?![\p{L}\p{M}'’-])`,
  "gu",
);

const HONORIFIC = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ww]haea|[Mm]atua|[Kk]oro|[Kk]uia|[Nn]ana|[Nn]an|[Aa]unty|[Aa]untie|[Oo]om|[Tt]annie|[Gg]ogo|[Mm]khulu|[Tt]ata)[ \t]+(${CAP}(?:[ \t]+${CAP})?)(?![\p{L}\p{M}'’-])`,
  "gu",
);
const FR_CARE = new RegExp(
  String.raw`(?<![\p{L}])(?:EHPAD|USLD|SSR|CHSLD|RPA|[Cc]linique médicale|[Cc]abinet (?:médical|infirmier|de groupe)|[Mm]aison de santé|[Cc]entre de santé|[Pp]olyclinique|[ée]cole|[EÉ]cole|[Ll]ycée|[Cc]ollège)(?:[ \t]+(?:de la|du|des|de|d['’]))?[ \t]*(${CAP_NAME})`,
  "gu",
);
const ROYAL = new RegExp(String.raw`(?<![\p{L}])Royal[ \t]+(${CAP})(?![\p{L}\p{M}'’-])`, "gu");
/** Royal bodies that are no hospital, whose name a town also carries ("College", Alaska). */
const ROYAL_BODIES = new Set([
  "Navy",
  "Mail",
  "Society",
  "College",
  "Colleges",
  "Air",
  "Family",
  "Commission",
  "Academy",
  "Institute",
  "Marines",
  "Mint",
  "Court",
  "Assent",
]);
const TOWN_VA = new RegExp(String.raw`(?<![\p{L}])(${CAP}(?:[ \t]+${CAP})?)[ \t]+VA(?![\p{L}])`, "gu");
const PLACE_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:lives|lived|living|resides|(?:home|house|farm|flat)[ \t]+(?:at|in)|(?:area|suburb|district|village|township|town|region)[ \t]+of)[ \t]+(${CAP_NAME})`,
  "gu",
);

/** A town someone leaves for: "the surgeon had already left for Hamilton" (a listed town only). */
const DEPARTS_FOR = new RegExp(
  String.raw`(?<![\p{L}])(?:left|leaving|leaves|headed|heading|bound|departed|departing|set[ \t]+off|set[ \t]+out)[ \t]+for[ \t]+(${CAP_NAME})`,
  "gu",
);
/** A city's district by its number: "dans le 3e arrondissement". */
const ARRONDISSEMENT = /(?<![\p{L}\d])\d{1,2}(?:e|er|ème)[ \t]+arrondissement(?![\p{L}])/gu;

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanContractionAge = openingScanner(CONTRACTION_AGE);
const scanFrStreet = openingScanner(FR_STREET);
const scanHonorific = openingScanner(HONORIFIC);
const scanEmployer = openingScanner(EMPLOYER);

export function detectCuePhrases(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const add = (s: number, e: number, type: Candidate["type"], confidence: number, priority: number, source: string) =>
    out.push({ start: s, end: e, type, confidence, priority, source });
  const group = (m: RegExpMatchArray, k = 1) => {
    const s = m.index! + m[0].lastIndexOf(m[k]);
    return [s, s + m[k].length] as const;
  };
  const words = knownWords();
  // In a line written all in capitals or all in lower case the capital is the truecaser's, not the
  // writer's: there a name of ordinary words only ("area of Lung", "place Pneumoboots") is no name.
  const nameish = (name: string, at: number) =>
    !TITLE_OR_PRONOUN.test(name.split(/[ \t]/)[0]) &&
    !/^(?:qu|[cdjlmnst])['’]\p{Ll}|n['’]t$/iu.test(name) &&
    !isClinicalWord(name) &&
    !isClinicalShorthand(name.toLowerCase()) &&
    !(uncasedAt(at) && name.split(/[ \t-]+/).every((w) => words.has(w.toLowerCase()) || isClinicalWord(w) || isClinicalShorthand(w.toLowerCase())));

  for (const m of scanFrStreet(text)) {
    // Only where the writer's capitals can be read: "place pneumoboots" in a lower-case note is an order.
    const name = m[0].replace(/^\S+[ \t]+/u, "");
    if (uncasedAt(m.index!) || !nameish(name, m.index!)) continue;
    add(m.index!, m.index! + m[0].length, "LOCATION", 0.75, 80, "street-unnumbered");
  }
  for (const m of [...scanEmployer(text), ...text.matchAll(EMPLOYER_NOUN), ...text.matchAll(CHEZ), ...text.matchAll(INSURER)]) {
    if (!nameish(m[1], m.index!)) continue;
    const [s, e] = group(m);
    add(s, e, "ORGANISATION", 0.7, 69, "employer-cue");
  }
  for (const m of scanContractionAge(text)) {
    const [s, e] = group(m);
    add(s, e, "AGE", 0.75, 85, "age-contraction");
  }
  for (const m of text.matchAll(AF_DATE)) add(m.index!, m.index! + m[0].length, "DATE", 0.85, 88, "date-afrikaans");
  for (const m of text.matchAll(QC_TOWN)) {
    if (!nameish(m[1], m.index!)) continue;
    add(m.index! + m[0].indexOf(m[1]), m.index! + m[0].length, "LOCATION", 0.85, 86, "postcode-town-qc");
  }
  const { firstNames } = getNames();
  for (const m of text.matchAll(KIN)) {
    // Mid-sentence only: a capital there is the writer's, not the sentence's ("my son Hunter", "daughter Grace").
    const [s, e] = group(m);
    if (!nameish(m[1], m.index!) || /[.!?:]\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    add(s, e, "PERSON", firstNames.has(m[1].toLowerCase()) ? 0.75 : 0.65, 69, "person-kin-capital");
  }
  for (const m of scanHonorific(text)) {
    if (!nameish(m[1], m.index!)) continue;
    const [s, e] = group(m);
    add(s, e, "PERSON", 0.75, 71, "person-honorific");
  }
  for (const m of text.matchAll(FR_CARE)) {
    if (!nameish(m[1].replace(/^(?:Les|Le|La)[ \t]+/u, ""), m.index!)) continue;
    add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 76, "facility-kind-name");
  }
  const { places } = getGazetteer();
  for (const m of text.matchAll(ROYAL)) {
    if (places.has(m[1]) && !ROYAL_BODIES.has(m[1])) add(m.index!, m.index! + m[0].length, "FACILITY", 0.8, 77, "facility-royal-town");
  }
  for (const m of text.matchAll(TOWN_VA)) {
    if (places.has(m[1])) add(m.index!, m.index! + m[0].length, "FACILITY", 0.8, 77, "facility-town-va");
  }
  for (const m of text.matchAll(PLACE_CUE)) {
    if (!nameish(m[1], m.index!)) continue;
    const [s, e] = group(m);
    add(s, e, "LOCATION", 0.7, 68, "place-cue");
  }
  for (const m of text.matchAll(DEPARTS_FOR)) {
    if (places.has(m[1])) add(...group(m), "LOCATION", 0.7, 68, "place-departs-for");
  }
  if (text.includes("arrondissement"))
    for (const m of text.matchAll(ARRONDISSEMENT)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.8, 76, "place-arrondissement");
  return out;
}
