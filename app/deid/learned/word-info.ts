/**
 * What the learned token scorer knows of a word by itself: its case pattern and its dictionary classes (known
 * word, frequency rank, given name, surname, place, cue word, clinical word), cached per lower-case form.
 */
import { hasClinicalShape, isClinicalWord } from "../clinical";
import { englishWords, getNames, lexicon, taggedAsName } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { unionOf } from "../lang/index";
import { isClinicalShorthand } from "../truecase";
import { foldAscii } from "../util";

/** A neighbour is named by its lower-case form only when it is at least this frequent (rank in the word lists). */
const NEIGHBOUR_RANK = 3000;
/** Words this frequent are common words: the scorer reads them only where a name can sit (name-words.ts). */
export const COMMON_RANK = 10000;
/** The compromise lexicon's tags of verb forms. */
const VERB_TAGS = new Set(["Verb", "Infinitive", "PresentTense", "PastTense", "Participle", "Gerund", "Modal", "Copula", "Auxiliary", "PhrasalVerb"]);

const lowerSet = (words: string[]) => new Set(words.filter((w) => !w.includes(" ")).map((w) => foldAscii(w.toLowerCase())));
let lists: { titles: Set<string>; relations: Set<string>; facility: Set<string>; street: Set<string>; calendar: Set<string> } | null = null;
function wordLists() {
  lists ??= {
    titles: lowerSet([...unionOf("titles"), "dr", "drs", "dre", "pr", "mme", "mlle", "rn", "np", "md"]),
    relations: lowerSet([...unionOf("nameIntroducers"), "dtr", "dau", "sons", "daughters", "whanau", "niece", "nephew", "friend", "proxy", "hcp"]),
    facility: lowerSet([...unionOf("facilityHeadsAfter"), ...unionOf("facilityHeadsBefore"), "unit", "centre", "center", "house", "home", "lodge"]),
    street: lowerSet([...unionOf("streetWordsAfter"), ...unionOf("streetWordsBefore")]),
    calendar: lowerSet([...unionOf("months"), ...unionOf("weekdays")]),
  };
  return lists;
}

/** Case pattern: "Xx" capitalised, "XX" capitals, "x" lower, "X" one capital, "xX" anything else. */
export function caseShape(word: string): string {
  const up = word.toUpperCase();
  const low = word.toLowerCase();
  if (word === low) return "x";
  if (word === up) return word.length === 1 ? "X" : "XX";
  if (word[0] === up[0] && word.slice(1) === low.slice(1)) return "Xx";
  return "xX";
}

export const lenBand = (n: number) => (n <= 2 ? "2" : n <= 3 ? "3" : n <= 5 ? "5" : n <= 8 ? "8" : "9+");
export const rankBand = (r: number | undefined) => (r === undefined ? "none" : r < 300 ? "300" : r < 2000 ? "2k" : r < 10000 ? "10k" : "40k");

const isClinical = (w: string) => isClinicalShorthand(w) || (w.length >= 4 && isClinicalWord(w));
/** A clinical word with one letter too many or two letters swapped ("Lasixx", "haldlo"): a slip, not a name. */
export function clinicalSlip(w: string): boolean {
  if (w.length < 5 || w.length > 20) return false;
  for (let i = 0; i < w.length; i++) {
    if (isClinical(w.slice(0, i) + w.slice(i + 1))) return true;
    if (i + 1 < w.length && isClinical(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
  }
  return false;
}

/** A word no list knows that is a common word with two neighbouring letters swapped ("owund", "teh"): a slip. */
export function commonWordSlip(w: string): boolean {
  if (w.length < 4 || w.length > 20) return false;
  const { wordRank } = getNames();
  if (wordRank.has(w) || englishWords().has(w)) return false;
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] === w[i + 1]) continue;
    if ((wordRank.get(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)) ?? Infinity) < COMMON_RANK) return true;
  }
  return false;
}

/** Dictionary classes of a lower-case word (cached: the same words recur in every note). */
export interface WordInfo {
  dict: string[];
  rank: number | undefined;
  /** How a neighbour is described: its form when frequent or a cue word, else its main class. */
  cue: string | null;
  main: string;
  /** The lexicon tags it as a verb form ("given", "said", "will"): read as a name only after a title or kin word. */
  verb: boolean;
}
const infoCache = new Map<string, WordInfo>();
export function wordInfo(lower: string, original: string): WordInfo {
  const hit = infoCache.get(lower);
  if (hit) return hit;
  const { firstNames, surnames, ambiguousFirst, wordRank } = getNames();
  const gaz = getGazetteer();
  const l = wordLists();
  const folded = foldAscii(lower);
  const capital = original[0].toUpperCase() + lower.slice(1);
  const dict: string[] = [];
  const rank = wordRank.get(lower);
  const known = englishWords().has(lower) || rank !== undefined;
  if (known) dict.push("known");
  const clinical = isClinicalShorthand(lower) || hasClinicalShape(lower) || (lower.length >= 3 && isClinicalWord(lower));
  if (clinical || (!known && clinicalSlip(lower))) dict.push("clin");
  if (firstNames.has(lower) || firstNames.has(folded)) dict.push("first");
  if (surnames.has(lower) || surnames.has(folded)) dict.push("sur");
  if (ambiguousFirst.has(lower)) dict.push("ambig");
  if (taggedAsName(lower)) dict.push("lexname");
  if (gaz.places.has(capital)) dict.push(gaz.ambiguous.has(capital) ? "place-amb" : "place");
  if (gaz.regions.has(capital)) dict.push("region");
  if (l.titles.has(folded)) dict.push("title");
  if (l.relations.has(folded)) dict.push("rel");
  if (l.facility.has(folded)) dict.push("fac");
  if (l.street.has(folded)) dict.push("street");
  if (l.calendar.has(folded)) dict.push("cal");
  const cueWord = dict.some((d) => d === "title" || d === "rel" || d === "fac" || d === "street" || d === "cal");
  const cue = cueWord || (rank !== undefined && rank < NEIGHBOUR_RANK) ? foldAscii(lower) : null;
  const main = clinical ? "clin" : dict.includes("first") || dict.includes("sur") ? "name" : dict[0] === "place" ? "place" : known ? "known" : "unk";
  const info = { dict, rank, cue, main, verb: VERB_TAGS.has(lexicon()[lower] ?? "") };
  if (infoCache.size < 50000) infoCache.set(lower, info);
  return info;
}
