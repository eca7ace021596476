/**
 * Where people write an age, and the name an age is written after:
 *  - an age over 89 that says "years" nowhere: "He was ninety-one.", "Mr Kowalczyk is 102 and", "who
 *    turned ninety-six this year", "Reyes (93)", "McTavish, ninety-nine,", "92F BIBA". A number after
 *    "is"/"was" counts only when a person is the subject ("BP was 92 and" is a reading);
 *  - the name an age is set after, known to no list and in any case: "thandeka mkhize, 24,",
 *    "Jarrah, a 17-year-old", "Tran Minh Khoa, aged 4,", "chiamaka okonkwo, 34F".
 */
import { hasClinicalShape, isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { lowerSameLength } from "../util";

const UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
export const WORDED = String.raw`(?:ninety(?:[- ]${UNITS})?|(?:a|one)[ \t]hundred(?:(?:[ \t]and)?[ \t]${UNITS})?)`;
export const NUMBER = String.raw`(?:9\d|1[01]\d)`;
/** What may follow an age standing alone: the end of a clause, "and", "this year", "when". */
const AGE_END = String.raw`(?=[ \t]*(?:[,.;:)!?]|$|\n|(?:and|but|this|last|next|when|with|yesterday|today|now|on|in|at)(?![\p{L}])))`;
/** An age after "is"/"was"/"turned" (the subject is read back from the text before it). */
const VERB_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:is|was|turned|turns|turning|is now|was now|had turned|has turned)[ \t]+(?:just[ \t]+|nearly[ \t]+|almost[ \t]+)?(${NUMBER}|${WORDED})${AGE_END}`,
  "giu",
);
const SUBJECT_BEFORE = /([\p{L}'’]+)[ \t]+$/u;
const PERSON_WORDS = new Set(
  "he she they who i you we patient pt client resident mother father mum mom dad wife husband partner grandmother grandfather nan nana koro kuia granny grandma grandpa aunt uncle".split(
    " ",
  ),
);
/** "Reyes (93)", "Steenkamp (91)", "an elderly man (90)": an age in brackets right after a name or a person. */
const BRACKET_AGE = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}[\p{L}\p{M}'’-]+|man|woman|lady|gentleman|gent|male|female|patient|resident|veteran|homme|femme|dame|monsieur|patiente?|résidente?)[ \t]*\((${NUMBER})\)`,
  "gu",
);
/** "DOB 4/19/1931 (93)", "DDN 02-06-1928 (96)", "née le 12/03/1930 (93)": an age in brackets after a date of birth. */
const DOB_BRACKET_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:DOB|D\.O\.B\.|dob|DDN|ddn|[Bb]orn|BORN|née?)[ \t]*:?[ \t]*(?:le[ \t]+|on[ \t]+)?\d{1,4}[\/.-]\d{1,2}[\/.-]\d{2,4}[ \t]*\((${NUMBER})\)`,
  "gu",
);
const BRACKETED_NUMBER = new RegExp(String.raw`\(${NUMBER}\)`);
/** "McTavish, ninety-nine,", "CHI 1203531249, ninety-nine,": a worded age between commas. */
const WORDED_BETWEEN = new RegExp(String.raw`,[ \t]*(${WORDED}),`, "giu");
/** "92F BIBA", "94 M", "101yo": an age with a sex letter, as notes write it. */
const AGE_SEX = new RegExp(String.raw`(?<![\p{L}\d.°/])(${NUMBER})[ \t]?(?:F|M)(?![\p{L}\d])`, "gu");

/** A name, 1-4 words, set before its age: ", 24,", ", a 17-year-old", ", aged 4,", " (41 ans)". */
const AGE_AFTER_NAME = new RegExp(
  String.raw`,[ \t]*(?:(?:a|an|un|une)[ \t]+)?(?:aged?[ \t]+|âgée?[ \t]+de[ \t]+)?\d{1,3}(?:[- ]year[- ]old|[ \t]?(?:F|M|yo|y\.o\.)(?![\p{L}])|[ \t]+(?:ans|years?)(?![\p{L}])|(?=[ \t]*[,(]))`,
  "gu",
);
const WORDS_BEFORE = /((?:[\p{L}\p{M}'’-]+[ \t]+){0,3}[\p{L}\p{M}'’-]+)$/u;
/** "PT LOSALINE FIFITA", "BED 5 GWENLLIAN PRYCE", "chambre 412 mme …": two name words after a patient's label. */
const LABEL_THEN_NAME =
  /(?<![\p{L}])(?:pt|patient|patiente|bed[ \t]+\d{1,3}[A-Za-z]?|room[ \t]+\d{1,4}|chambre[ \t]+\d{1,4})[ \t:,-]+([\p{L}\p{M}'’-]{2,})[ \t]+([\p{L}\p{M}'’-]{2,})(?![\p{L}\p{M}])/dgiu;
const PARTICLES = new Set(["te", "van", "von", "de", "du", "der", "den", "le", "la", "da", "dos", "ní", "ó", "mac", "bin", "al", "ter", "thị", "văn"]);

export function ageSubject(word: string): boolean {
  const l = lowerSameLength(word);
  if (PERSON_WORDS.has(l)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(word) || isClinicalWord(word) || isClinicalShorthand(l)) return false;
  const { firstNames, surnames, commonWords } = getNames();
  return !knownWords().has(l) || ((firstNames.has(l) || surnames.has(l)) && !commonWords.has(l));
}

/** A word that can be part of a name set before an age: a name, or a word of no list, in any case. */
function nameWord(word: string): boolean {
  const l = lowerSameLength(word.replace(/['’]s$/u, ""));
  if (PARTICLES.has(l)) return true;
  if (l.length < 2 || isClinicalWord(word) || isClinicalShorthand(l) || hasClinicalShape(word)) return false;
  const { firstNames, surnames, commonWords, notNames } = getNames();
  if (notNames.has(word)) return false;
  const listed = firstNames.has(l) || surnames.has(l);
  if (commonWords.has(l)) return listed && /^\p{Lu}\p{Ll}/u.test(word);
  return listed || !knownWords().has(l);
}

export function detectAgeSlots(text: string): Candidate[] {
  const out: Candidate[] = [];
  const age = (s: number, e: number, confidence: number) => out.push({ start: s, end: e, type: "AGE", confidence, priority: 85, source: "age-slot" });

  for (const m of text.matchAll(VERB_AGE)) {
    const value = m[1];
    // A number needs a person as its subject ("He was 91"); a worded age is never a reading.
    const subject = SUBJECT_BEFORE.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
    if (/^\d/.test(value) && !(subject && ageSubject(subject[1]))) continue;
    const s = m.index! + m[0].length - value.length;
    age(s, s + value.length, 0.8);
  }
  // Both bracket patterns need an age over 89 in brackets: most texts have none (each is a whole-text scan).
  const bracketAge = BRACKETED_NUMBER.test(text);
  for (const m of bracketAge ? text.matchAll(BRACKET_AGE) : []) {
    // Any capitalised word that is no clinical term: "(93)" after it is rarely anything but an age.
    if (/^\p{Lu}+$/u.test(m[1]) || isClinicalWord(m[1]) || isClinicalShorthand(lowerSameLength(m[1]))) continue;
    const s = m.index! + m[0].length - 1 - m[2].length;
    age(s, s + m[2].length, 0.75);
  }
  for (const m of bracketAge ? text.matchAll(DOB_BRACKET_AGE) : []) {
    const s = m.index! + m[0].length - 1 - m[1].length;
    age(s, s + m[1].length, 0.8);
  }
  for (const m of text.matchAll(WORDED_BETWEEN)) {
    const s = m.index! + m[0].indexOf(m[1]);
    age(s, s + m[1].length, 0.8);
  }
  for (const m of text.matchAll(AGE_SEX)) {
    if (/(?:temp|t|°)[ \t:]*$/iu.test(text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    age(m.index!, m.index! + m[1].length, 0.75);
  }
  for (const m of text.matchAll(LABEL_THEN_NAME)) {
    // Both words must be names or words of no list: "pt alert and", "bed 5 empty" are not.
    const strict = (w: string) => nameWord(w) && !PARTICLES.has(lowerSameLength(w)) && !getNames().ambiguousFirst.has(lowerSameLength(w));
    // After "pt" a note's shorthand and misspellings abound ("PT INCONT LG", "pt req nt"): there the first
    // word must be a listed given name; after a bed or room number two name-like words suffice.
    const { firstNames, commonWords } = getNames();
    const first = lowerSameLength(m[1]);
    if (/^p/iu.test(m[0]) && !(firstNames.has(first) && !commonWords.has(first))) continue;
    if (!strict(m[1]) || !strict(m[2])) continue;
    out.push({ start: m.indices![1][0], end: m.indices![2][1], type: "PERSON", confidence: 0.65, priority: 66, source: "person-after-label" });
  }
  for (const m of text.matchAll(AGE_AFTER_NAME)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index! - 80), m.index!));
    if (!before) continue;
    const words = before[1].split(/[ \t]+/);
    // The longest run of name words that ends at the comma: "pt wiremu te rangi" → "wiremu te rangi".
    let k = words.length;
    while (k > 0 && nameWord(words[k - 1])) k--;
    const name = words.slice(k);
    while (name.length && PARTICLES.has(lowerSameLength(name[0]))) name.shift();
    if (!name.length || name.every((w) => PARTICLES.has(lowerSameLength(w)))) continue;
    const text1 = name.join(" ");
    const e = m.index!;
    const s = e - text1.length;
    if (text.slice(s, e) !== text1) continue;
    out.push({ start: s, end: e, type: "PERSON", confidence: 0.7, priority: 67, source: "person-before-age" });
  }
  return out;
}
