/**
 * Dates and ages in the forms timelines, statements and PDF copies write them (blind batch 9):
 *  - a day range before its month: "12 and 13 November 2021", "du 12 au 13/04/2024" (a dash before a slash is a
 *    range of values: "co/ci 4-6/2", "pain 3-4/10"), "the 3rd-4th of May";
 *  - two ordinal days joined, standing for a night or a stretch: "the night of 22nd to 23rd" (not "22nd to
 *    23rd percentile", "3rd to 4th floor");
 *  - a month word broken across a line by a PDF copy: "15 Decem-\nber 2023", "12 décem-\nbre 2024";
 *  - a month in Roman numerals, as Belgian and French forms write it: "3.III.1947", "22.iv.25";
 *  - a weekday with its day number: "Le dimanche 18, ma cousine", "Sunday 18 at 4 pm" (not "Sunday 18 patients"),
 *    and a short weekday with an ordinal day, as hurried notes write it: "night shift fri 14th", "Tues 3rd";
 *  - "le 28 du mois dernier" ("le 1er du mois" alone names no month);
 *  - an ordinal day of a month with its article, in figures or words: "on the 3rd of May", "the first of February"
 *    (blind batch 10; the article is part of the date as the batches label it; "May" and "March" need their capital);
 *  - a day heading a bulleted timeline line: "• le 4, 22h :", "- the 16th (Wed) -";
 *  - a day and a short month joined by a hyphen, with no year: "TRANSFERRED ON 23-NOV", "le 4-févr." (blind batch 17);
 *  - an age over 89 in words before "years" without "old", said of a person: "she is ninety-three years, she have
 *    dementia" (not "the hospital is ninety years old in spirit").
 */
import type { Candidate } from "../types";
import { openingScanner } from "../util";

const MONTHS =
  "january february march april may june july august september october november december janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre".split(
    " ",
  );
const MONTH_WORD = String.raw`(?:jan(?:uary|vier)?|feb(?:ruary)?|févr?(?:ier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|août|sept?(?:ember|embre)?|oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember)?|déc(?:embre)?)\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const ORD = String.raw`${DAY}(?:st|nd|rd|th|er|e)?`;
const DAY_RANGE = new RegExp(
  String.raw`(?<![\p{L}\d])((?:(?:la[ \t]+)?nuit|night)[ \t]+(?:du|of(?:[ \t]+the)?)[ \t]+)?(?:(?:du|from|the)[ \t]+)?(${ORD})[ \t]*(?:and|to|&|-|–|au|et)[ \t]*(?:the[ \t]+)?${ORD}(?:[ \t]+(?:of[ \t]+)?${MONTH_WORD}(?:[ \t]+(?:19|20)\d{2})?|(?<=(?:au|to|and|et)[ \t]*\d{1,2})\/(?:0?[1-9]|1[0-2])(?:\/(?:19|20)?\d{2})?)(?![\p{L}\d\/-])`,
  "giu",
);
const ORDINAL_PAIR = new RegExp(
  String.raw`(?<![\p{L}\d])(?:the[ \t]+)?(${DAY}(?:st|nd|rd|th))[ \t]*(?:to|and|-|–|into)[ \t]*(?:the[ \t]+)?${DAY}(?:st|nd|rd|th)(?![\p{L}\d]|[ \t]+(?:floor|floors|centile|percentile|week|weeks|birthday|grade|dose|doses|cycle|cycles|line|lines|rib|ribs|trimester|place|time|times|year|years|degree|generation|stage|toe|finger|intercostal|ics|of the month)(?![\p{L}]))`,
  "giu",
);
const BROKEN_MONTH = /(?<![\p{L}\d])(?:[12]\d|3[01]|0?[1-9])(?:er)?[ \t]+(\p{L}{2,8})-[ \t]*\n[ \t]*(\p{L}{1,8})(?:[ \t]+(?:19|20)\d{2})?(?![\p{L}\d])/gu;
const ROMAN_MONTH =
  /(?<![\p{L}\d.])(?:[12]\d|3[01]|0?[1-9])\.(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\.(?:(?:19|20)\d{2}|\d{2})(?![\p{L}\d])/gu;
const WEEKDAY_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]+(${DAY})(?![\p{L}\d:h/-]|[.,]\d|[ \t]*(?:h|am|pm|a\.m|p\.m|hrs|hours|heures|mg|ml|%|patients|pts|beds|lits|min|x|people|personnes|staff|cases)(?![\p{L}]))`,
  "giu",
);
const SHORT_WEEKDAY_ORD = new RegExp(
  String.raw`(?<![\p{L}])(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?[ \t]+${DAY}(?:st|nd|rd|th)(?![\p{L}\d]|[ \t]+(?:floor|dose|cycle|day|week|time|line|place|of[ \t]+(?:the|my|her|his))(?![\p{L}]))`,
  "giu",
);
const DAY_OF_MONTH = new RegExp(String.raw`(?<![\p{L}\d])(${DAY}|1er)[ \t]+du[ \t]+mois[ \t]+(?:dernier|prochain|précédent|suivant)(?![\p{L}])`, "giu");
const WORDED_ORD =
  "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))";
const ORDINAL_OF_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(?:the[ \t]+)?(?:${DAY}(?:st|nd|rd|th)|${WORDED_ORD})[ \t]+of[ \t]+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?[ \t]+(?:19|20)\d{2})?(?![\p{L}\d])`,
  "giu",
);
const TIMELINE_DAY = new RegExp(String.raw`^[ \t]*(?:[•·▪*–-][ \t]*)?((?:le|the)[ \t]+${ORD})(?=[ \t]*[,(:–-])`, "gimu");
/** An age over 89 in figures with a short unit: "Patient: E.M., 90 y,", "Mme X, 94 ans." */
const AGE_UNIT = /(?<![\p{L}\d.,])(9\d|1[01]\d)[ \t]?(?:y|yo|y\.o\.|yrs|ans)(?=[ \t]*[,;)]|[ \t]*$)/gmu;
const WORDED_OVER_89 = String.raw`(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)[ \t]+hundred(?:[ \t]+and[ \t]+(?:one|two|three|four|five))?)`;
const AGE_YEARS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:she|he|who|i|patient|pt|resident|mum|mom|dad|nan|nana|koro)[ \t]+(?:is|was|am|turned|turns)|she['’]s|he['’]s|turned|turns|aged)[ \t]+(${WORDED_OVER_89})[ \t]+years?(?![ \t-]*(?:ago|since|later|before|after|old|of)(?![\p{L}]))`,
  "giu",
);

/** A day and a short month joined by a hyphen, without a year, as notes and timelines write them: "23-NOV", "4-Feb". */
const DAY_HYPHEN_MONTH =
  /(?<![\p{L}\d/.-])(?:[1-9]|0[1-9]|[12]\d|3[01])-(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|janv|févr|fév|avr|juil|déc)(?![\p{L}\d-]|\.[\p{L}\d])/giu;

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanAgeYears = openingScanner(AGE_YEARS);
const scanWeekdayDay = openingScanner(WEEKDAY_DAY);

export function detectWrittenDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (s: number, e: number, confidence: number, source: string, type: Candidate["type"] = "DATE") =>
    out.push({ start: s, end: e, type, confidence, priority: 80, source });
  const at = (m: RegExpMatchArray) => m.index! + m[0].indexOf(m[1]);

  // "la nuit du 12 au 13/04" is one date: the night is part of it.
  for (const m of text.matchAll(DAY_RANGE)) add(m[1] ? m.index! : m.index! + m[0].search(/\d/), m.index! + m[0].length, 0.8, "date-day-range");
  for (const m of text.matchAll(ORDINAL_PAIR)) add(at(m), m.index! + m[0].length, 0.65, "date-ordinal-pair");
  for (const m of text.matchAll(BROKEN_MONTH)) {
    if (!MONTHS.includes((m[1] + m[2]).toLowerCase())) continue;
    add(m.index!, m.index! + m[0].length, 0.8, "date-broken-month");
  }
  for (const m of text.matchAll(ROMAN_MONTH)) add(m.index!, m.index! + m[0].length, 0.8, "date-roman-month");
  for (const m of scanWeekdayDay(text)) add(m.index!, m.index! + m[0].length, 0.7, "date-weekday-day");
  for (const m of text.matchAll(SHORT_WEEKDAY_ORD)) add(m.index!, m.index! + m[0].length, 0.7, "date-weekday-day");
  for (const m of text.matchAll(DAY_OF_MONTH)) add(m.index!, m.index! + m[0].length, 0.7, "date-day-of-month");
  for (const m of text.matchAll(ORDINAL_OF_MONTH)) {
    // "the first of may" in lower case is too often the verb or the start of a list.
    if (/^(?:may|mar)/.test(m[1])) continue;
    add(m.index!, m.index! + m[0].length, 0.75, "date-ordinal-of-month");
  }
  if (text.includes("-")) for (const m of text.matchAll(DAY_HYPHEN_MONTH)) add(m.index!, m.index! + m[0].length, 0.75, "date-day-hyphen-month");
  for (const m of text.matchAll(TIMELINE_DAY)) add(at(m), at(m) + m[1].length, 0.65, "date-timeline-day");
  for (const m of text.matchAll(AGE_UNIT))
    out.push({ start: m.index!, end: m.index! + m[1].length, type: "AGE", confidence: 0.8, priority: 85, source: "age-unit" });
  for (const m of scanAgeYears(text)) {
    const s = m.index! + m[0].lastIndexOf(m[1]);
    out.push({ start: s, end: s + m[1].length, type: "AGE", confidence: 0.8, priority: 85, source: "age-words-years" });
  }
  return out;
}
