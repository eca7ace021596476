/**
 * Named days that no list holds, known by their form (session 12): a run of capitalised words ending in "Day"
 * where a date goes, as writers in every country served name their own public, regional and awareness days:
 *  - "on Anniversary Day", "over the Regatta Day weekend", "June 21, National Indigenous Peoples Day,", "Show Day
 *    2019", "(Xmas day, …)" — a capitalised run ending in "Day" (or "day" after a capitalised word), after a word
 *    that places a time or a comma or bracket, or before a year, "weekend", "holiday" or "Eve";
 *  - in a note typed in lower case, a word and "day" before "weekend" or "holiday": "over the anniversary day
 *    long weekend";
 *  - French: "la fête des Patriotes", "la Fête du Canada", "le Jour du Souvenir", "la Journée mondiale du rein".
 * Not days: a ward or service named with "Day" ("Day Surgery", "Day Unit", "Day Stay", "hôpital de jour"), a
 * count of days ("Post-op Day 3", "Hospital Day 2"), an ordinary day ("Every Day", "the Same Day", "a Study Day",
 * "Dialysis Day"), a person ("Doris Day", "Mr Day").
 */
import { getNames } from "../dictionaries";
import type { Candidate } from "../types";
import { slotCollector } from "./slot-collector";

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’]*)*`;
/** The capitalised run before "Day", up to four words, read back from "Day". */
const RUN_BEFORE = new RegExp(String.raw`(?:${WORD}[ \t]+){1,4}$`, "u");
const DAY = /(?<![\p{L}\p{M}'’-])(Day|DAY|day)(?![\p{L}\p{M}'’-])/gu;
/** Words before the run that place a time: "on", "over the", "since last", or a comma or bracket after a date. */
const TIME_SLOT =
  /(?:^|[^\p{L}])(?:on|over|before|after|since|until|till|by|from|during|around|for|at|of|through|across|the|this|last|next|that)[ \t]+$|(?:[,(–—]|\d)[ \t]*$/iu;
/** What makes a day's name a date whatever precedes it: a year, "weekend", "holiday", "Eve". */
const DATE_AFTER = /^(?:,?[ \t]*(?:19|20)\d{2}(?!\d)|[ \t]+(?:long[ \t]+)?(?:weekend|holiday|Eve)(?![\p{L}]))/u;
const SENTENCE_START = /(?:^|[.!?\n])[ \t"“'‘]*$/u;
/** "Day" as a service, a ward or a count: "Day Surgery", "Day Unit", "Day 3". */
const NOT_AFTER =
  /^[ \t]*(?:\d{1,3}(?!\d)|(?:surgery|unit|stay|ward|hospital|centre|center|care|case|cases|clinic|programme|program|procedure|patient|patients|services?|treatment|room|lounge|oncology|therapy|rehab|shift|bed|beds|team|admission|only|one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}]))/iu;
/** Words that make "… Day" an ordinary day, an event or a count rather than a named date. */
const ORDINARY = new Set(
  (
    "a an the this that these those my our your his her their its every each one two three four five six seven eight nine ten " +
    "some any another other same next previous following prior last first second third fourth fifth sixth seventh eighth " +
    "ninth tenth final whole full half long short big good bad busy hard quiet typical normal usual average ordinary " +
    "sick rest study training teaching education induction orientation open fun sports sport pay work working school " +
    "post-op postop post-operative postoperative hospital admission discharge operation surgery theatre clinic ward " +
    "dialysis chemo chemotherapy infusion treatment procedure bath shower bin market visiting visit calendar business " +
    "week judgement judgment doomsday modern present wedding birth per in on at of to for and or with from by day " +
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow great lovely nice happy sad " +
    "terrible awful difficult tough team away planning audit review outpatient inpatient eleven twelve thirteen " +
    "fourteen fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred several few many couple"
  ).split(" "),
);
const TITLE_WORD = /^(?:mr|mrs|ms|miss|dr|prof|mx|mme|mlle|sr|st)\.?$/iu;
const TITLES = /(?:^|[^\p{L}])(?:mr|mrs|ms|miss|dr|prof|sister|nurse|mx|mme|m|mlle)\.?[ \t]+$/iu;
const LOWER_BEFORE_WEEKEND = /(?<![\p{L}\p{M}'’-])(\p{Ll}{4,}[ \t]+day)(?=[ \t]+(?:long[ \t]+)?(?:weekend|holiday)(?![\p{L}]))/gu;
/** French named days: "la fête des Patriotes", "le Jour du Souvenir", "la Journée mondiale du rein". */
const FR_DAYS =
  /(?<![\p{L}])(?:(?:la|La|LA|le|Le)[ \t]+)?(?:[Ff][êe]te|[Jj]our|[Jj]ournée)[ \t]+(?:des|du|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*(\p{Lu}[\p{L}\p{M}-]+)/gu;
const FR_AWARENESS_DAYS =
  /(?<![\p{L}])(?:(?:la|La)[ \t]+)?[Jj]ournée[ \t]+(?:nationale|internationale|mondiale|européenne)[ \t]+(?:des|du|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*\p{L}[\p{L}\p{M}-]{2,}/gu;

function ordinaryRun(words: string[]): boolean {
  return words.some((w) => ORDINARY.has(w.toLowerCase().replace(/['’]s$|['’]$|\.$/, "")));
}

export function detectNamedDays(text: string): Candidate[] {
  const { out, add } = slotCollector();
  if (/day/i.test(text)) {
    const { firstNames } = getNames();
    for (const m of text.matchAll(DAY)) {
      const dayAt = m.index!;
      const before = text.slice(Math.max(0, dayAt - 80), dayAt);
      const run = RUN_BEFORE.exec(before);
      if (!run) continue;
      let words = run[0].trim().split(/[ \t]+/);
      // The capitals of a run must be read the way "Day" is written: "Day" with a capitalised run, "day" after
      // one capitalised word ("Xmas day"), "DAY" with a run in capitals.
      if (m[1] === "DAY" && !words.every((w) => w === w.toUpperCase())) continue;
      if (m[1] === "day") words = words.slice(-1);
      if (m[1] !== "DAY" && words.some((w) => w.length > 1 && w === w.toUpperCase() && !/\./.test(w))) continue;
      // A sentence's first word stays out unless it names the day too: trim leading ordinary words.
      while (words.length && ordinaryRun([words[0]])) words = words.slice(1);
      if (!words.length || ordinaryRun(words)) continue;
      const after = text.slice(dayAt + m[1].length, dayAt + m[1].length + 30);
      if (NOT_AFTER.test(after)) continue;
      const runText = words.join(" ");
      const start = before.lastIndexOf(runText) + (dayAt - before.length);
      if (start < dayAt - before.length) continue;
      const lead = text.slice(Math.max(0, start - 30), start);
      if (TITLES.test(lead) || words.some((w) => TITLE_WORD.test(w))) continue;
      // A given name before "Day" makes a person: "Doris Day", "seen by Lucy Day".
      if (firstNames.has(words[words.length - 1].toLowerCase())) continue;
      // A possessive alone names someone's day ("Tom's day") unless "Day" is capitalised as a name is.
      if (m[1] === "day" && /['’]s?$/.test(words[0])) continue;
      const strong = DATE_AFTER.test(after);
      if (!strong && (m[1] === "DAY" || SENTENCE_START.test(lead) || !TIME_SLOT.test(lead))) continue;
      const year = /^,?[ \t]*((?:19|20)\d{2})(?!\d)/.exec(after);
      const end = dayAt + m[1].length + (year ? year[0].length : 0);
      add(start, end, "DATE", 0.7, 78, "date-named-day");
    }
    for (const m of text.matchAll(LOWER_BEFORE_WEEKEND)) {
      const word = m[1].split(/[ \t]+/)[0];
      if (ORDINARY.has(word) || /^(?:every|same|whole)/.test(word)) continue;
      add(m.index!, m.index! + m[1].length, "DATE", 0.65, 76, "date-named-day");
    }
  }
  if (/f[êe]te|jour/iu.test(text)) {
    const { firstNames } = getNames();
    for (const m of text.matchAll(FR_DAYS)) {
      // "la fête de Marie" is someone's party; "hôpital de jour" has no capitalised name after it.
      if (firstNames.has(m[1].toLowerCase())) continue;
      add(m.index!, m.index! + m[0].length, "DATE", 0.7, 78, "date-named-day");
    }
    for (const m of text.matchAll(FR_AWARENESS_DAYS)) add(m.index!, m.index! + m[0].length, "DATE", 0.7, 78, "date-named-day");
  }
  return out;
}
