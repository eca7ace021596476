/**
 * Days and months that stand for a date without the rest of it, known by the slot they sit in (blind batch 19):
 *  - a French day of the month after a part of the day or an event and "du": "le soir du 4", "la sortie du 27",
 *    "le matin du 25" (not "la chambre du 12", "la dose du 15 mg");
 *  - a French day after a participle and "le": "l'a vu le 30", "née le 3" (not "a reçu le 15 mg");
 *  - a French day after "le" before a dictated comma or full stop: "Le 5 virgule une dose" (not "le 5 virgule 2");
 *  - an English ordinal day that ends its sentence after a verb of meeting or a word of time: "family invited to
 *    meet the 19th.", "postponed until the 2nd." (not "the 3rd floor", "fracture of the 5th.");
 *  - each day of a list of days before one month: "(4th, 7th and 10th March 2025)", "les 4, 7 et 10 mars";
 *  - a capitalised English month alone after a word of time or joined to another: "Over December and January",
 *    "throughout August" ("May" stays a name or a verb);
 *  - a French month after an event and "de", or after a word of time, written with or without its accents:
 *    "la rencontre de fevrier", "en decembre", "dès janvier", "la liste datait de juin", "au mois d'août".
 * Only the day or month is marked, as the labelling marks it.
 */
import type { Candidate } from "../types";
import { slotCollector } from "./slot-collector";

/** What a French day number may not be followed by: a time, a unit, a count's noun or more digits. */
const NOT_A_DAY = String.raw`(?![\d\p{L}]|[ \t]*(?:h(?![\p{L}])|heures?|%|ans|mg|g(?![\p{L}])|kg|ml|mL|µg|mcg|UI|jours?|mois|fois|min|patients?|lits?|[.,]\d|\/|-\d))`;
const FR_DAY_NUM = String.raw`(1er|[12]\d|3[01]|0?[1-9])`;
const FR_EVENT_DU = new RegExp(
  String.raw`(?<![\p{L}])(?:soir|matin|nuit|après-midi|journée|soirée|matinée|sortie|entrée|admission|chute|visite|rencontre|réunion|consultation|opération|intervention|transfert|décès|accouchement|naissance|week-end|réveillon|lendemain|veille)[ \t]+du[ \t]+${FR_DAY_NUM}${NOT_A_DAY}`,
  "giu",
);
const FR_PARTICIPLE_LE = new RegExp(
  String.raw`(?<![\p{L}])(?:vue?s?|revue?s?|admise?s?|hospitalisée?s?|opérée?s?|sortie?s?|transférée?s?|décédée?s?|arrivée?s?|tombée?s?|née?s?|partie?s?|rentrée?s?|venue?s?|passée?s?|examinée?s?|revenue?s?)[ \t]+le[ \t]+${FR_DAY_NUM}${NOT_A_DAY}`,
  "giu",
);
const FR_NUMBER_WORD = "(?:zéro|zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d)";
const FR_DAY_DICTATED = new RegExp(
  String.raw`(?<![\p{L}])[Ll]e[ \t]+${FR_DAY_NUM}[ \t]+(?:virgule|point)(?![\p{L}-]|[ \t]+(?:de|d['’])[ \t]|[ \t]+${FR_NUMBER_WORD}(?![\p{L}]))`,
  "gu",
);
const ORD = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)`;
/** The ordinal ends its sentence after a verb of meeting or a word of time: "invited to meet the 19th." (not "rib, the 5th."). */
const EN_ORDINAL_ENDS = new RegExp(
  String.raw`(?<![\p{L}])(?:meet|see|visit|call|phone|ring|return|come|back|until|till|since|by|booked|planned|scheduled|due|arranged|expected|postponed|moved|delayed)[ \t]+the[ \t]+(${ORD})(?=[ \t]*(?:[.;!?]|$))`,
  "gimu",
);
const EN_MONTHS = "January|February|March|April|June|July|August|September|October|November|December";
const FR_MONTHS = "janvier|f[ée]vrier|mars|avril|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre";
const LIST_DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?`;
/** A day of a list whose last day carries the month: each day before the last. */
const DAY_LIST = new RegExp(
  String.raw`(?<![\p{L}\d.,/])(${LIST_DAY})(?=(?:,[ \t]*${LIST_DAY})*,?[ \t]+(?:and|&|or|et|ou)[ \t]+${LIST_DAY}[ \t]+(?:of[ \t]+)?(?:${EN_MONTHS}|${FR_MONTHS}|janv?\.?|févr?\.?|déc\.?)(?![\p{L}]))`,
  "giu",
);
const EN_MONTH_ALONE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Oo]ver|[Tt]hroughout|[Ll]ast|[Tt]his|[Nn]ext|[Ee]very|[Ee]ach|[Bb]etween|[Aa]ll)[ \t]+(${EN_MONTHS})(?:[ \t]+(?:and|or|to|into|&)[ \t]+(${EN_MONTHS}))?(?![\p{L}]|[ \t]+\d)`,
  "gu",
);
const FR_MONTH_SLOT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:rencontre|réunion|visite|consultation|audience|séance|hospitalisation|sortie|chute|garde|comité|commission|entretien|bilan)[ \t]+(?:de|d['’])[ \t]*|(?:en|depuis|dès|fin|début|mi-|courant|jusqu['’]en|avant|après|à[ \t]+partir[ \t]+de|d['’]ici|(?:datait|date|datant|daté|datée)[ \t]+de|(?:le|au)[ \t]+mois[ \t]+(?:de[ \t]+|d['’]))[ \t]*)(${FR_MONTHS})(?![\p{L}]|[ \t]+\d)`,
  "giu",
);

export function detectDaySlots(text: string): Candidate[] {
  const { out, add, group } = slotCollector();
  const date = (m: RegExpMatchArray, k = 1, source = "date-day-slot") => add(...group(m, k), "DATE", 0.7, 76, source);
  if (/\bdu\b/u.test(text)) for (const m of text.matchAll(FR_EVENT_DU)) date(m);
  if (/\ble\b/iu.test(text)) {
    for (const m of text.matchAll(FR_PARTICIPLE_LE)) date(m);
    for (const m of text.matchAll(FR_DAY_DICTATED)) date(m);
  }
  for (const m of text.matchAll(EN_ORDINAL_ENDS)) date(m, 1, "date-ordinal-ends");
  for (const m of text.matchAll(DAY_LIST)) date(m, 1, "date-day-list");
  for (const m of text.matchAll(EN_MONTH_ALONE)) {
    date(m, 1, "date-month-slot");
    if (m[2]) {
      const s = m.index! + m[0].length - m[2].length;
      add(s, s + m[2].length, "DATE", 0.7, 76, "date-month-slot");
    }
  }
  for (const m of text.matchAll(FR_MONTH_SLOT)) date(m, 1, "date-month-slot");
  return out;
}
