/**
 * Dates written where a day and month stand without a year or a month word, known by what is next to them:
 *  - a weekday before a day/month: "Saturday 2/3", "SAT 14/10" (a saturation is never a valid day/month pair
 *    with a weekday's spelling before it);
 *  - a clock time before a day/month: "0412 hrs 23/06", "22:40 02/09";
 *  - ordinal days after a stretch of time: "the weekend of the 11th and 12th", "the night of the 3rd";
 *  - a lower-case month after a day: "12 march", "3 sept" ("may" and "mar" stay words);
 *  - an ordinal day after "on the" that closes its phrase: "decelerations on the 2nd was" (not "on the 2nd floor");
 *  - a French day after "depuis le", "dès le", "jusqu'au": "depuis le 15" (not "le 15 mg", "le 15 h");
 *  - a holiday with the day it is counted from, in any case: "the day after thanksgiving", "waitangi
 *    weekend", "Christmas Eve", "le lendemain de Noël", "le soir de la Saint-Valentin";
 *  - an ordinal day joined to another date: "on Boxing Day and the 27th she worked" (not "and the 3rd floor");
 *  - a French day opening its clause before a comma: "Le jour de l'an, rien; le 2, je l'ai trouvé";
 *  - a short weekday and month around a day, as phones write them: "sam. 9 nov.", "Fri 7 Jun", "dim. 10 nov.".
 */
import type { Candidate } from "../types";
import { HOLIDAY_NAMES } from "./notedates";
import { openingScanner } from "../util";

const DAY_MONTH = String.raw`(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![\d/])`;
const WEEKDAY_DM = new RegExp(
  String.raw`(?<![\p{L}])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday|\.)?,?[ \t]+(${DAY_MONTH})`,
  "giu",
);
const TIME_DM = new RegExp(String.raw`(?<![\d:])(?:[01]\d|2[0-3])(?::[0-5]\d|[0-5]\d[ \t]*(?:hrs?|hours|h|H)(?![\p{L}]))[ \t]+(${DAY_MONTH})`, "gu");
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)`;
const STRETCH_ORDINAL = new RegExp(
  String.raw`(?<![\p{L}])(?:weekend|night|nights|morning|evening|afternoon|week|shift)[ \t]+of[ \t]+(the[ \t]+${ORDINAL}(?:[ \t]+(?:and|&|to|into|or)[ \t]+(?:the[ \t]+)?${ORDINAL})?)(?![\p{L}])`,
  "giu",
);
const LOWER_MONTHS = "january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov";
const LOWER_DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d.,/])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:${LOWER_MONTHS})(?![\p{L}])`,
  "gu",
);
const FR_LE_DAY =
  /(?<![\p{L}])(?:depuis le|dès le|avant le|après le|à partir du|jusqu['’]au)[ \t]+(1er|[12]\d|3[01]|0?[1-9])(?![\d\p{L}]|[ \t]*(?:h(?![\p{L}])|heures?|%|ans|mg|kg|jours?|mois|fois|min|[.,]\d|\/))/giu;

const ON_THE_ORDINAL = new RegExp(
  String.raw`(?<![\p{L}])on[ \t]+(the[ \t]+${ORDINAL})(?=[ \t]*(?:[.,;:)!?]|$)|[ \t]+(?:was|were|and|or|but|when|at|in|to|by|she|he|they|we|I)(?![\p{L}]))`,
  "gu",
);

const HOLIDAY_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:the|le|la)[ \t]+)?(?:day|night|morning|evening|weekend|week|lendemain|surlendemain|veille|avant-veille|soir|soirée|matin|nuit|week-end)[ \t]+(?:after|before|of|de la|de l['’]|du|de|d['’])[ \t]*(?:(?:la|le)[ \t]+|l['’])?(?:${HOLIDAY_NAMES})(?![\p{L}-])`,
  "giu",
);
/** A cheap test before the holiday alternation: the day word and its "after"/"de" must be there. */
const HOLIDAY_BEFORE_GATE = /(?:day|night|morning|evening|weekend|week|lendemain|veille|soir|soirée|matin|nuit|week-end)[ \t]+(?:after|before|of|de|du|d['’])/i;
/** The word after a holiday is looked for first (cheap), then the holiday in the words before it. */
const HOLIDAY_TAIL = /(?<![ \t])[ \t]+(?:long[ \t]+)?(?:weekend|week-end|eve|night|Monday)(?![\p{L}-])/giu;
/** Holidays also named by their first word before "weekend": "anzac weekend", "labour weekend". */
const HOLIDAY_STEMS =
  "Anzac|Waitangi|Labour|Labor|Australia|Canada|Victoria|Memorial|Territory|Canberra|Easter|Thanksgiving|Christmas|Matariki|Pâques|Pentecôte|Toussaint|Ascension";
const HOLIDAY_AT_END = new RegExp(String.raw`(?<![\p{L}-])(?:${HOLIDAY_NAMES}|${HOLIDAY_STEMS})$`, "iu");
const AND_THE_ORDINAL = new RegExp(
  String.raw`(?<![\p{L}])(?:and|or|&|till|until|through|au)[ \t]+(the[ \t]+${ORDINAL})(?=[ \t]*(?:[.,;:)!?]|$)|[ \t]+(?:was|were|and|or|but|when|at|in|to|by|she|he|they|we|I|without|with|for|after|before|as|off|too|also)(?![\p{L}]))`,
  "gu",
);
const FR_LE_COMMA = /(?<![\p{L}])[Ll]e[ \t]+(?:1er|[12]\d|3[01]|0?[1-9])(?=[ \t]*,[ \t]*\p{L})/gu;
const SHORT_WEEKDAY_DAY_MONTH =
  /(?<![\p{L}])(?:lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?[ \t]+(?:1er|[12]\d|3[01]|0?[1-9])[ \t]+(?:janv|févr|fév|mars|avr|mai|juin|juil|juill|août|sept|oct|nov|déc|jan|feb|mar|apr|may|jun|jul|aug|sep|dec)\.?(?![\p{L}])/giu;

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanAndTheOrdinal = openingScanner(AND_THE_ORDINAL);
const scanWeekdayDm = openingScanner(WEEKDAY_DM);
const scanStretchOrdinal = openingScanner(STRETCH_ORDINAL);

export function detectDateSlots(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (s: number, e: number, source: string) => out.push({ start: s, end: e, type: "DATE", confidence: 0.8, priority: 84, source });
  for (const m of scanWeekdayDm(text)) add(m.index!, m.index! + m[0].length, "date-weekday-daymonth");
  for (const m of text.matchAll(TIME_DM)) add(m.index!, m.index! + m[0].length, "date-time-daymonth");
  for (const m of scanStretchOrdinal(text)) add(m.index! + m[0].length - m[1].length, m.index! + m[0].length, "date-ordinal-stretch");
  for (const m of text.matchAll(LOWER_DAY_MONTH)) add(m.index!, m.index! + m[0].length, "date-lower-month");
  for (const m of text.matchAll(ON_THE_ORDINAL)) add(m.index! + m[0].length - m[1].length, m.index! + m[0].length, "date-on-the-ordinal");
  for (const m of HOLIDAY_BEFORE_GATE.test(text) ? text.matchAll(HOLIDAY_BEFORE) : []) add(m.index!, m.index! + m[0].length, "date-holiday-phrase");
  for (const m of text.matchAll(HOLIDAY_TAIL)) {
    const h = HOLIDAY_AT_END.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
    if (h) add(m.index! - h[0].length, m.index! + m[0].length, "date-holiday-phrase");
  }
  for (const m of /\d(?:st|nd|rd|th)/u.test(text) ? scanAndTheOrdinal(text) : [])
    add(m.index! + m[0].length - m[1].length, m.index! + m[0].length, "date-and-the-ordinal");
  for (const m of text.matchAll(FR_LE_COMMA)) {
    // Only opening its clause: "…; le 2, je l'ai trouvé", not "le 2, 3 et 4".
    if (/(?:^|[.;:!?\n])[ \t]*$/u.test(text.slice(Math.max(0, m.index! - 8), m.index!))) add(m.index!, m.index! + m[0].length, "date-fr-le-comma");
  }
  for (const m of text.matchAll(SHORT_WEEKDAY_DAY_MONTH)) add(m.index!, m.index! + m[0].length, "date-short-weekday");
  for (const m of text.matchAll(FR_LE_DAY)) add(m.index! + m[0].length - m[1].length, m.index! + m[0].length, "date-fr-le-day");
  return out;
}
