/**
 * Dates and ages as people write them in notes and letters, beyond what chrono-node reads:
 *  - note shorthand without a year, day-first or month-first ("7/22", "22/7", "on 3/02");
 *  - holidays and named days, English and French, with or without a year ("Waitangi Day 2021",
 *    "Thanksgiving", "la Toussaint", "lundi de Pâques");
 *  - ages over 89 in words or as ordinals ("ninety-three", "her ninety-third birthday",
 *    "quatre-vingt-treize ans", "100th birthday").
 */
import type { Candidate } from "../types";
import { headScanner, writesLowerCase } from "../util";

/** "7/22", "22/7", "3/02": day and month in either order, standing alone. */
const SHORT_DATE = /(?<![\d./:#-])(\d{1,2})\/(\d{1,2})(?![\d/%]|[.,-]\d|\s*(?:mg|mcg|ml|cc|mmhg|units?)\b)/giu;
/** What makes "5/5" a setting, a score or a strength rather than a date. */
const SETTING_BEFORE =
  /(?<![\p{L}\d])(?:peep|ps|psv|cpap|bipap|a\/c|ac|simv|imv|strength|str|grade|bp|nbp|abp|ratio|score|gcs|pain|rated|x|of|sats?|rr|ps\/peep|peep\/ps|ie|i:e|vent|fio2|motor|power)\s*[:=]?\s*$/iu;
const SETTING_AFTER =
  /^\s*(?:bottles?|strength|str|peep|ps|psv|cpap|assist|scale|pain|power|motor|grade|bilat|bilaterally|in\s+(?:all|both|upper|lower|bue|ble|extremities)|ue|le|bue|ble|rue|lue|rle|lle)\b/iu;
const SETTING_NEAR =
  /(?:ventilation|bi-?pap|cpap|peep|psv|simv|imv|trial|settings?|mask|pain|rating|rated|describes|score|support|flowby|(?:changed?|increased|decreased|weaned|back) (?:over )?to|\d%|&)[^\p{L}]{0,14}(?:overnight[^\p{L}]{0,3})?$/iu;
const DATE_CUE_BEFORE =
  /(?:on|since|from|until|till|dated?|by|before|after|post|s\/p|le|du|au|depuis|jusqu'au|d\/c'?d|started|done|completed|placed|admitted|extub\w*|intub\w*|discharged|weaned)\s*$/iu;

/** Words around a score out of ten: the pain, where it is, and how it is rated or eased. */
const PAIN_NEAR =
  /(?<![\p{L}])(?:pain|painful|cp|c\/o|complain\w*|discomfort|ache|aching|angina|pressure|tightness|sore\w*|headache|ha|nausea|sob|dyspn\w*|severe|mild|moderate|decrease[ds]?|reduced|down|up|relief|rating|level|douleur|eva|en)(?![\p{L}])/iu;
/** An antecubital line site ("R AC 11/17", "L AC"), not assist-control ventilation. */
const LINE_SITE_BEFORE = /(?<![\p{L}])(?:r|l|rt|lt|right|left)[ \t]+ac[ \t]*$/iu;
/**
 * Two-digit years written with an apostrophe, as notes list history: "in '98", "CVA 74'", "CABG '03".
 * A trailing apostrophe is also feet ("ambulated 50'") or degrees ("HOB 30'"), so it counts only after a
 * word that is no walking, distance or angle word.
 */
const APOS_YEAR_BEFORE = /(?<![\p{L}\d'’])['’](\d{2})(?![\d'’"″\p{L}])/gu;
const APOS_YEAR_AFTER = /(?<![\p{L}\d'’./-])(\d{2})['’](?![\d'’"″\p{L}])/gu;
/** The word before such a year (read on a short slice, so a long blanked run is never read again). */
const YEAR_WORD_BEFORE = /(?:^|[ \t(])(?:s\/p|h\/o|\p{L}{2,}\d?)[ \t]+$/u;
const FEET_BEFORE = /(?:hob|elevated|angle|degrees|amb\p{L}*|walk\p{L}*|ft|feet|distance|dist|x|approx|about|around)[ \t]+$/iu;

function daysInMonth(m: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** Month and two-digit year ("8/87", "s/p mastectomy 11/92"): the second number cannot be a day. */
const MONTH_YEAR = /(?<![\d./:#-])(0?[1-9]|1[0-2])\/([3-9]\d)(?![\d/%]|[.,]\d)/g;
/** A range of two short dates: "6/30-7/2", "10/15-10/16". */
const SHORT_RANGE = /(?<![\d./:#-])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\d/%]|[.,]\d)/g;

export function detectShortDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (Number(m[2]) <= 31) continue;
    const before = text.slice(Math.max(0, m.index! - 14), m.index!);
    if (SETTING_BEFORE.test(before)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "DATE", confidence: 0.7, priority: 79, source: "date-month-year" });
  }
  for (const m of text.matchAll(SHORT_RANGE)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "DATE", confidence: 0.75, priority: 80, source: "date-short" });
  }
  for (const m of text.matchAll(SHORT_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= daysInMonth(a);
    const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= daysInMonth(b);
    if (!monthFirst && !dayFirst) continue;
    // "24/7" is round the clock.
    if (m[0] === "24/7") continue;
    const before = text.slice(Math.max(0, m.index! - 14), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 24);
    if ((SETTING_BEFORE.test(before) && !LINE_SITE_BEFORE.test(before)) || SETTING_AFTER.test(after)) continue;
    const clause =
      text
        .slice(Math.max(0, m.index! - 24), m.index!)
        .split(/[.;\n]/)
        .pop() ?? "";
    // "(3/02)" and "on 3/02": a zero-padded day or year reads as a date even after a setting ("EF 35% (3/02)").
    const padded = m[2].startsWith("0") && m[2] !== "0";
    if ((SETTING_NEAR.test(clause) && !padded) || /^\s*(?:%|fio2|liters?|l\b|incisional|cp\b|chest|back|abd)/iu.test(after)) continue;
    const cue = DATE_CUE_BEFORE.test(before);
    // "1/2", "2/3", "3/4": fractions unless something says date.
    const small = a < b && a <= 3 && b <= 4 && !m[2].startsWith("0");
    if (small && !cue) continue;
    // "4/10", "10/10": a score out of ten (pain, chest pain, dyspnoea) unless something says date.
    if (b === 10 && a <= 10 && !cue && PAIN_NEAR.test(clause + " " + after.slice(0, 12))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "DATE", confidence: cue ? 0.85 : 0.65, priority: 79, source: "date-short" });
  }
  for (const m of text.matchAll(APOS_YEAR_BEFORE)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "DATE", confidence: 0.7, priority: 79, source: "date-apostrophe-year" });
  }
  for (const m of text.matchAll(APOS_YEAR_AFTER)) {
    const before = text.slice(Math.max(0, m.index! - 24), m.index!);
    if (!YEAR_WORD_BEFORE.test(before) || FEET_BEFORE.test(before)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "DATE", confidence: 0.6, priority: 79, source: "date-apostrophe-year" });
  }
  return out;
}

const HOLIDAYS_EN = [
  "Christmas(?: Day| Eve)?",
  "Xmas",
  "Boxing Day",
  "New Year's(?: Day| Eve)",
  "New Year(?: Day| Eve)",
  "Easter(?: Saturday| Sunday| Monday| Tuesday| weekend)?",
  "Good Friday",
  "Holy Saturday",
  "Ash Wednesday",
  "Palm Sunday",
  "Pentecost",
  "Whit Monday",
  "Thanksgiving(?: Day| Monday| weekend| Thursday)?",
  "Melbourne Cup(?: [Dd]ay)?",
  "Hogmanay",
  "Burns Night",
  "Ramadan",
  // Any saint's day: "St George's Day", "Saint Brigid's Day".
  "(?:St\\.?|Saint) \\p{Lu}\\p{Ll}+['’]s Day",
  "Halloween",
  "Hallowe'en",
  "Anzac Day",
  "Waitangi Day",
  "Waitangi weekend",
  "Territory Day",
  "Canberra Day",
  "Western Australia Day",
  "Picnic Day",
  "Reconciliation Day",
  "Louis Riel Day",
  "Islander Day",
  "Natal Day",
  "Victoria Day",
  "Civic Day",
  "(?:January|February|March|April|May|June|July|August|September|October|November|December) bank holiday(?: Monday| weekend)?",
  "Matariki",
  "Canada Day",
  "Victoria Day",
  "Labour Day",
  "Labor Day",
  "Memorial Day",
  "Independence Day",
  "Fourth of July",
  "Remembrance Day",
  "Veterans Day",
  "Veterans' Day",
  "Armistice Day",
  "St\\.? Patrick's Day",
  "Saint Patrick's Day",
  "Paddy's Day",
  "St\\.? Andrew's Day",
  "St\\.? David's Day",
  "Australia Day",
  "Heritage Day",
  "Freedom Day",
  "Youth Day",
  "Human Rights Day",
  "Day of Reconciliation",
  "Family Day",
  "Mother's Day",
  "Mothers' Day",
  "Father's Day",
  "Fathers' Day",
  "Valentine's Day",
  "King's Birthday",
  "Queen's Birthday",
  "Guy Fawkes(?: Night)?",
  "Bonfire Night",
  "Diwali",
  "Deepavali",
  "Eid(?: al-Fitr| al-Adha| ul-Fitr)?",
  "Hanukkah",
  "Chanukah",
  "Yom Kippur",
  "Rosh Hashanah",
  "Passover",
  "Lunar New Year",
  "Chinese New Year",
  "Martin Luther King(?: Jr\\.?)? Day",
  "MLK Day",
  "Presidents' Day",
  "Presidents Day",
  "Juneteenth",
  "Columbus Day",
  "Civic Holiday",
  "August Bank Holiday",
  "May Day",
  "Bank Holiday Monday",
  "St\\.? Stephen's Day",
];
const HOLIDAYS_FR = [
  "Noël",
  "la Toussaint",
  "Toussaint",
  "(?:le )?jour de l'An",
  "(?:le )?Nouvel An",
  "(?:le )?réveillon(?: de Noël| du Nouvel An)?",
  "(?:le )?lundi de Pâques",
  "Pâques",
  "(?:la )?Pentecôte",
  "(?:le )?lundi de Pentecôte",
  "(?:l')?Ascension",
  "(?:l')?Assomption",
  "(?:l')?Armistice",
  "(?:la )?Chandeleur",
  "Mardi gras",
  "(?:l')?Épiphanie",
  "(?:la )?Saint-Sylvestre",
  "(?:la )?Saint-Jean(?:-Baptiste)?",
  "(?:la )?Saint-Valentin",
  "(?:la )?Saint-Nicolas",
  "(?:la )?Fête nationale",
  "(?:la )?fête des (?:mères|pères)",
  "(?:le )?lundi de l'Action de grâces?",
  "(?:l')?Action de grâces?",
  "(?:la )?Fête du Travail",
  "(?:la )?fête de la Reine",
  "(?:la )?Journée nationale des patriotes",
  "(?:le )?jour du Souvenir",
  "(?:la )?fête du Roi",
  "(?:la )?Fête de la Musique",
  "(?:le )?Vendredi saint",
  "(?:l')?Aïd(?: el-Fitr| el-Kébir)?",
];
/** The holiday names as one alternation, for phrases built around them ("the day after Thanksgiving"). */
// A possessive's apostrophe is often left out or curled ("NEW YEARS DAY", "St Patrick’s Day").
export const HOLIDAY_NAMES = [...HOLIDAYS_EN.map((h) => h.replace(/'s/g, "['’]?s")), ...HOLIDAYS_FR].join("|");
const HOLIDAY = new RegExp(String.raw`(?<![\p{L}-])(?:${HOLIDAY_NAMES})(?![\p{L}-])(?:,?\s+(?:19|20)\d{2}(?!\d))?`, "giu");
/** Holiday words that are ordinary words in lower case ("may day", "family day", "youth day"). */
const NEEDS_CAPITAL = /^(?:may day|family day|youth day|heritage day|freedom day|passover|pentecost)/;

/**
 * A month with an apostrophe year ("March '21", "Nov. '96"): a month and year, like "March 2021".
 * A season with its year ("winter 2021") is left, like the year alone: it was tried and flagged hard
 * negatives of ASQ-PHI ("last assessed in the summer of 2022") past the 3% allowed.
 */
const MONTH_APOSTROPHE_YEAR =
  /(?<![\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+['’]\d{2}(?![\d'’])/giu;

/**
 * A month named alone after a word of time ("admitted in September", "since sept.", "depuis mars", "mid-June"):
 * a date element like "March 2023". "may" and "mar" in lower case stay verbs.
 */
const MONTH_ALONE = new RegExp(
  String.raw`(?<![\p{L}])(?:in|since|during|until|till|through|by|early|late|mid|from|en|depuis|durant|pendant|fin|début|mi)(?:[ \t]+|-)(?:(?:the[ \t]+month[ \t]+of|le[ \t]+mois[ \t]+de|mois[ \t]+de)[ \t]+)?((?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?![\p{L}\d'’]|[ \t]+\d)`,
  "giu",
);
/** An ordinal day standing for a date: "it's the 11th.", "from the 4th to the 9th", not "to the 3rd floor". */
const ORDINAL_DAY =
  /(?<![\p{L}])(?:it's|it is|to|before|after)[ \t]+the[ \t]+((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=[ \t]*(?:[.,;)!?]|$|\n|(?:at|in|when|and|or|of)[ \t]))/giu;

export function detectHolidays(text: string, uncasedAt: (pos: number) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MONTH_ALONE)) {
    const month = m[1];
    if (/^(?:may|mar)\.?$/.test(month)) continue; // lower case: a verb, or "mar" as shorthand
    const s = m.index! + m[0].length - month.length;
    out.push({ start: s, end: s + month.replace(/\.$/, "").length, type: "DATE", confidence: 0.6, priority: 78, source: "date-month" });
  }
  for (const m of text.matchAll(ORDINAL_DAY)) {
    const s = m.index! + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, type: "DATE", confidence: 0.65, priority: 78, source: "date-ordinal" });
  }
  for (const m of text.matchAll(MONTH_APOSTROPHE_YEAR)) {
    if (/^ma[yr]/.test(m[0])) continue; // "may", "mar" in lower case are verbs
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "DATE", confidence: 0.8, priority: 80, source: "date-month-year" });
  }
  for (const m of text.matchAll(HOLIDAY)) {
    // "may day", "freedom day" in lower case are words, unless a note typed in lower case says "on freedom day".
    if (
      NEEDS_CAPITAL.test(m[0]) &&
      !(
        (uncasedAt(m.index!) || writesLowerCase(text, m.index!)) &&
        /(?:on|over|since|until|before|after)[ \t]+$/iu.test(text.slice(Math.max(0, m.index! - 8), m.index!))
      )
    )
      continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "DATE", confidence: 0.8, priority: 80, source: "date-holiday" });
  }
  return out;
}

const UNITS_EN = "(?:one|two|three|four|five|six|seven|eight|nine)";
const ORD_EN = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)";
const UNITS_FR = "(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)";
/** Belgian and Swiss French: "nonante", "nonante-deux", "nonante et un" / "nonante-et-un". */
const NONANTE = String.raw`nonante(?:[- ]et[- ]un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?`;
const AGE_AFTER = String.raw`(?:[- ]years?[- ]old|[- ]year-old|[- ]yo\b|\s+years?\s+of\s+age|\s+ans\b|\s+birthday|\s+anniversaire)`;
const WORDED_AGE = new RegExp(
  [
    // ninety, ninety-three, a hundred, one hundred and two … + years old / birthday
    String.raw`(?<![\p{L}-])((?:ninety(?:[- ]${UNITS_EN})?|(?:a|one) hundred(?:(?: and)? ${UNITS_EN}| and ten| and eleven)?|hundred(?:(?: and)? ${UNITS_EN})?))(?=${AGE_AFTER})`,
    // "aged ninety-three", "age ninety"
    String.raw`(?<![\p{L}])(?:aged?|âgée?[ \t]+de)[ \t]{1,3}((?:ninety(?:[- ]${UNITS_EN})?|(?:a|one) hundred(?:(?: and)? ${UNITS_EN})?|quatre-vingt-(?:dix|${UNITS_FR})|${NONANTE}|cent(?:[- ]${UNITS_FR})?))(?![\p{L}-])`,
    // ordinals: ninety-third birthday, hundredth birthday, hundred-and-first birthday, 93rd birthday, quatre-vingt-treizième
    // or nonante-deuxième anniversaire
    String.raw`(?<![\p{L}-])((?:ninetieth|ninety-${ORD_EN}|(?:one[ -])?hundredth|(?:one[ -])?hundred(?:[ -]and)?[ -](?:${ORD_EN}|tenth|eleventh)|quatre-vingt-dixième|quatre-vingt-(?:onzième|douzième|treizième|quatorzième|quinzième|seizième|dix-septième|dix-huitième|dix-neuvième|dixième)|nonantième|nonante-(?:et-)?unième|nonante-(?:deux|trois|quatr|cinqu|six|sept|huit|neuv)ième|centième))(?=\s+(?:birthday|anniversaire))`,
    // French: quatre-vingt-treize ans, cent deux ans
    String.raw`(?<![\p{L}-])((?:quatre-vingt-(?:dix|${UNITS_FR})|${NONANTE}|cent(?:[- ]${UNITS_FR})?))(?=\s+ans\b)`,
  ].join("|"),
  "giu",
);

/** Where each of WORDED_AGE's four forms can start (headScanner in util.ts): the same matches, found faster. */
const scanWordedAge = headScanner(WORDED_AGE, "ninet|(?:a|one) hundred|hundred|age|âgé|quatre-vingt|nonante|cent");

export function detectWordedAges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scanWordedAge(text)) {
    const value = m.slice(1).find((g) => g !== undefined);
    if (!value) continue;
    const s = m.index! + m[0].indexOf(value);
    out.push({ start: s, end: s + value.length, type: "AGE", confidence: 0.85, priority: 85, source: "age-words" });
  }
  return out;
}
