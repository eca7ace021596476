/**
 * Identifiers as they are said aloud or dictated, and days named as a speaker names them (blind batch 17):
 *  - a name spelt out letter by letter: "that's I-A-N-N-U-Z-Z-I" (four letters or more);
 *  - a phone number read out in words: "oh four one nine, two two seven, six six zero" (eight digits or more);
 *  - a number read out digit by digit after its label: "UR number 3 3 8 1 9 0 4";
 *  - a day of the month as an ordinal word after "on the", or "of the" before "overnight", "at" a time or "when":
 *    "admitted on the fourth under", "the incident of the seventh overnight" (not "on the fourth floor", "on the
 *    second night", "review of the first,");
 *  - a French day of the month after "le" that a time, a part of the day or the end of a clause follows:
 *    "Le 3 à 14 h", "Le 13 au soir", "le 22, commande", "Le 27." (not "le 3 mg", "le 10 %");
 *  - a French date dictated in words, and a day in words after "le" that an event's participle sets:
 *    "vingt-trois décembre deux mille vingt-quatre", "admise le dix-neuf pour" (not "le deux pour cent");
 *  - an age over 89 set off by commas after a name and its identifiers in brackets, before a verb:
 *    "Mrs Mgxaji (ID …, folder …), 91, was";
 *    a birthday written as an ordinal: "son 95e", "her 100th birthday".
 */
import type { Candidate } from "../types";
import { slotCollector } from "./slot-collector";

const SPELT = /(?<![\p{L}\p{M}-])\p{Lu}(?:-\p{Lu}){3,}(?![\p{L}\p{M}-])/gu;
const DIGIT_WORD = String.raw`(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double[ \t]+\p{L}+|triple[ \t]+\p{L}+)`;
const DIGITS_IN_WORDS = new RegExp(String.raw`(?<![\p{L}])${DIGIT_WORD}(?:,?[ \t]+${DIGIT_WORD}){7,}(?![\p{L}])`, "giu");
const DIGITS_SPACED = /(?<![\p{L}])(?:number|no\.?|num|#|ur|mrn|nhi|nhs|id|folder|file|chart|dossier|numéro)(?:[ \t]+is)?[ \t]+(\d(?:[ \t]\d){5,})(?![\d])/giu;
const ORDINAL_WORDS =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first";
const ORDINAL_DAY_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:on|On)[ \t]+the[ \t]+(${ORDINAL_WORDS})(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?:under|overnight|at|with|when|and|in|by|after|before|from|we|I|she|he|they|it|so|but)(?![\p{L}]))|(?<![\p{L}])of[ \t]+the[ \t]+(${ORDINAL_WORDS})(?=[ \t]+(?:overnight|at[ \t]+\d|when)(?![\p{L}]))`,
  "gmu",
);
const FR_DAY =
  /(?<![\p{L}])(?:le|Le|LE)[ \t]+((?:[1-9]|[12]\d|3[01])(?:er)?)(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?:à[ \t]+\d|au[ \t]+(?:soir|matin)|vers[ \t]+\d|dans[ \t]+la|soir|matin|midi|après-midi|pour|on|il|elle|nous|j['’]|je)(?![\p{L}]))/gmu;
const FR_DAY_WORD = String.raw`(?:premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt[- ]et[- ]un|vingt-(?:deux|trois|quatre|cinq|six|sept|huit|neuf)|trente|trente[- ]et[- ]un)`;
const FR_YEAR_WORDS = String.raw`deux[ \t-]+mille(?:[ \t-]+(?:vingt(?:[- ]et[- ]un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|quinze|seize|trente|un|deux|trois|quatre|cinq|six|sept|huit|neuf))?`;
/** A French date dictated in words: "vingt-trois décembre deux mille vingt-quatre", "le trois mars". */
const FR_DATE_WORDS = new RegExp(
  String.raw`(?<![\p{L}-])${FR_DAY_WORD}[ \t]+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:[ \t]+${FR_YEAR_WORDS})?(?![\p{L}-])`,
  "giu",
);
/** A day in words after "le" where an event's participle sets it: "admise le dix-neuf pour" (not "le deux pour cent"). */
const FR_DAY_WORD_SLOT = new RegExp(
  String.raw`(?<![\p{L}])(?:admise?|hospitalisée?|opérée?|sortie?|transférée?|décédée?|arrivée?|vue?|revue?|tombée?)[ \t]+le[ \t]+(${FR_DAY_WORD})(?![\p{L}-]|[ \t]+(?:pour[ \t]+cent|%|fois|jours|mois|ans)(?![\p{L}]))`,
  "giu",
);
const AGE_AFTER_BRACKET =
  /(?<=\p{Lu}[\p{L}\p{M}'’-]+[ \t]*\((?:\p{Lu}{2,}|#)[^()\n]{0,80}\)),[ \t]+(9\d|1[01]\d),[ \t]+(?=(?:was|is|had|has|who|presented|arrived|lives|died|came|a|an|est|était)(?![\p{L}]))/gu;
const AGE_ORDINAL = /(?<![\p{L}])(?:son|sa|his|her|their|its)[ \t]+((?:9\d|1[01]\d)(?:e|ème|st|nd|rd|th))(?![\p{L}\d])/giu;

export function detectSpokenForms(text: string): Candidate[] {
  const { out, add, group } = slotCollector();
  if (text.includes("-")) for (const m of text.matchAll(SPELT)) add(m.index!, m.index! + m[0].length, "PERSON", 0.7, 70, "person-spelt");
  for (const m of text.matchAll(DIGITS_IN_WORDS)) add(m.index!, m.index! + m[0].length, "PHONE", 0.75, 80, "phone-in-words");
  for (const m of text.matchAll(DIGITS_SPACED)) add(...group(m), "ID", 0.8, 80, "id-read-out");
  for (const m of text.matchAll(ORDINAL_DAY_WORD)) add(...group(m, m[1] ? 1 : 2), "DATE", 0.65, 70, "date-ordinal-word");
  for (const m of text.matchAll(FR_DAY)) add(...group(m), "DATE", 0.7, 75, "date-fr-day");
  if (/janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre/iu.test(text))
    for (const m of text.matchAll(FR_DATE_WORDS)) add(m.index!, m.index! + m[0].length, "DATE", 0.75, 80, "date-fr-words");
  for (const m of text.matchAll(FR_DAY_WORD_SLOT)) add(...group(m), "DATE", 0.7, 75, "date-fr-day-word");
  for (const m of text.matchAll(AGE_AFTER_BRACKET)) add(...group(m), "AGE", 0.8, 85, "age-after-bracket");
  for (const m of text.matchAll(AGE_ORDINAL)) add(...group(m), "AGE", 0.8, 85, "age-ordinal");
  return out;
}
