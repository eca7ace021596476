/**
 * Features of the learned token scorer: what a word looks like and where it sits, never the word itself
 * unless it is a common word of the language (so the weights carry no identifier and no rare word of the
 * texts they were fitted on). One token = a run of letters (with inner apostrophes and hyphens).
 */
import { hasClinicalShape, isClinicalWord } from "../clinical";
import { englishWords, getNames, taggedAsName } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { unionOf } from "../lang/index";
import { isClinicalShorthand } from "../truecase";
import { foldAscii, lowerSameLength } from "../util";

/** Bump when a feature's meaning changes: the generated weights record it and a test compares them. */
export const FEATURE_SET_VERSION = 4;
/** Every feature name starts with one of these families followed by ":" (checked against the weights). */
export const FEATURE_FAMILIES = [
  "shape",
  "len",
  "form",
  "line",
  "shape*line",
  "dict",
  "rank",
  "dict*shape",
  "tc",
  "sent",
  "p2",
  "p1",
  "n1",
  "n2",
  "g-",
  "g+",
  "p1*shape",
  "n1*shape",
  "note",
  "note*shape",
  "note*main",
] as const;
/** A neighbour is named by its lower-case form only when it is at least this frequent (rank in the word lists). */
const NEIGHBOUR_RANK = 3000;
/** Words this frequent are known common words: the written rules judge them ("Hope", "Will"), never the scorer. */
const COMMON_RANK = 10000;

export interface Token {
  start: number;
  end: number;
  /** Lower-case form. */
  lower: string;
}

const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}]|['’-](?=[\p{L}\p{M}]))*/gu;

/** The letter tokens of a text, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index!, end: m.index! + m[0].length, lower: lowerSameLength(m[0]) });
  return out;
}

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

const lenBand = (n: number) => (n <= 2 ? "2" : n <= 3 ? "3" : n <= 5 ? "5" : n <= 8 ? "8" : "9+");
const rankBand = (r: number | undefined) => (r === undefined ? "none" : r < 300 ? "300" : r < 2000 ? "2k" : r < 10000 ? "10k" : "40k");

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
function commonWordSlip(w: string): boolean {
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
interface WordInfo {
  dict: string[];
  rank: number | undefined;
  /** How a neighbour is described: its form when frequent or a cue word, else its main class. */
  cue: string | null;
  main: string;
}
const infoCache = new Map<string, WordInfo>();
function wordInfo(lower: string, original: string): WordInfo {
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
  const info = { dict, rank, cue, main };
  if (infoCache.size < 50000) infoCache.set(lower, info);
  return info;
}

/** The case style of each line: "upper" (no lower-case letter), "lower" (no capital) or "mixed". */
export function lineStyles(text: string): { styleAt: (pos: number) => string } {
  const starts: number[] = [];
  const styles: string[] = [];
  let s = 0;
  for (const line of text.split("\n")) {
    const hasLower = /\p{Ll}/u.test(line);
    const hasUpper = /\p{Lu}/u.test(line);
    starts.push(s);
    styles.push(hasLower && hasUpper ? "mixed" : hasUpper ? "upper" : "lower");
    s += line.length + 1;
  }
  return {
    styleAt(pos: number) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return styles[lo];
    },
  };
}

/** What separates two tokens: "" (space), a punctuation class, or "nl" (line break). */
function gap(text: string, from: number, to: number): string {
  const g = text.slice(from, to);
  if (g.includes("\n")) return "nl";
  const p = g.replace(/\s+/g, "");
  if (!p) return "";
  if (/^[.!?]/.test(p)) return ".";
  if (/^[,;]/.test(p)) return ",";
  if (p.startsWith(":")) return ":";
  if (/[([]$/.test(p)) return "(";
  if (/^[)\]]/.test(p)) return ")";
  if (/\d/.test(p)) return "#";
  return "p";
}

/**
 * Features of every token of `text`. `cased` is the truecased copy (same length): whether the truecaser
 * gave a word a capital is itself a feature in notes typed in one case.
 */
export function tokenFeatures(text: string, cased: string, tokens: Token[], wanted?: readonly boolean[]): (string[] | null)[] {
  const styles = lineStyles(text);
  const infos = tokens.map((t) => wordInfo(t.lower, text.slice(t.start, t.end)));
  // Shapes only for the tokens read and their neighbours (two case copies of each word otherwise).
  const shapes: string[] = [];
  const shapeOf = (i: number) => (shapes[i] ??= caseShape(text.slice(tokens[i].start, tokens[i].end)));
  const describe = (i: number, side: string): string[] => {
    if (i < 0 || i >= tokens.length) return [`${side}:edge`];
    const info = infos[i];
    const shape = styles.styleAt(tokens[i].start) === "mixed" ? shapeOf(i) : "any";
    return info.cue ? [`${side}:w=${info.cue}`, `${side}:c=${shape}.${info.main}`] : [`${side}:c=${shape}.${info.main}`];
  };
  // How dense the note is in clinical words: in shorthand full of drug and device names a capital says less.
  const clinical = infos.filter((x) => x.main === "clin").length / Math.max(1, tokens.length);
  const density = clinical < 0.04 ? "prose" : clinical < 0.1 ? "mixed" : "dense";
  return tokens.map((t, i) => {
    if (wanted && !wanted[i]) return null;
    const word = text.slice(t.start, t.end);
    const info = infos[i];
    const shape = shapeOf(i);
    const line = styles.styleAt(t.start);
    const f: string[] = [`shape:${shape}`, `len:${lenBand(word.length)}`, `line:${line}`, `shape*line:${shape}.${line}`, `rank:${rankBand(info.rank)}`];
    if (/[-]/.test(word)) f.push("form:hyphen");
    if (/['’]/.test(word)) f.push("form:apos");
    if (/[^\p{ASCII}]/u.test(word)) f.push("form:accent");
    if (/^(?:mc|mac|o['’]|d['’]|l['’])/i.test(word)) f.push("form:prefix");
    for (const d of info.dict) f.push(`dict:${d}`, `dict*shape:${d}.${shape}`);
    if (info.dict.length === 0) f.push("dict:none", `dict*shape:none.${shape}`);
    if (line !== "mixed" && /\p{Lu}/u.test(cased[t.start]) && cased.slice(t.start + 1, t.end) !== word.slice(1).toUpperCase()) f.push("tc:capital");
    const before = i === 0 ? "nl" : gap(text, tokens[i - 1].end, t.start);
    const after = i === tokens.length - 1 ? "nl" : gap(text, t.end, tokens[i + 1].start);
    if (i === 0 || before === "nl" || before === ".") f.push("sent:start");
    f.push(`g-:${before}`, `g+:${after}`);
    f.push(...describe(i - 2, "p2"), ...describe(i - 1, "p1"), ...describe(i + 1, "n1"), ...describe(i + 2, "n2"));
    const p1 = i > 0 ? (infos[i - 1].cue ?? infos[i - 1].main) : "edge";
    const n1 = i + 1 < tokens.length ? (infos[i + 1].cue ?? infos[i + 1].main) : "edge";
    f.push(`p1*shape:${p1}.${shape}`, `n1*shape:${n1}.${shape}`);
    f.push(`note:${density}`, `note*shape:${density}.${shape}.${line}`, `note*main:${density}.${info.main}`);
    return f;
  });
}

/** A facility or street word ("Ward", "Hospital", "Road") that closes a place's name. */
export function isPlaceHead(lower: string, original: string): boolean {
  return wordInfo(lower, original).dict.some((d) => d === "fac" || d === "street");
}

/**
 * Tokens the scorer reads: two letters or more, no cue word (a title, "Hospital", "Street", a month), no
 * clinical word or shorthand ("Quinton", "lasix") and no common word ("Comfort", "Amber", "Given").
 */
export function isCandidate(text: string, t: Token): boolean {
  if (t.end - t.start < 2) return false;
  // An acronym in the plural names a kind of body or staff, never one person or place: "DHBs", "GPs", "RNs".
  if (/^\p{Lu}{2,}s$/u.test(text.slice(t.start, t.end))) return false;
  // A unit after a measure and a slash: "2.5 mg/dL", "mmol/L", "mL/min".
  if (text[t.start - 1] === "/" && /\d\s*\p{L}{1,5}$/u.test(text.slice(Math.max(0, t.start - 12), t.start - 1))) return false;
  if (definedAcronym(text, t)) return false;
  if (commonWordSlip(t.lower)) return false;
  const info = wordInfo(t.lower, text.slice(t.start, t.end));
  if ((info.rank ?? Infinity) < COMMON_RANK) return false;
  return !info.dict.some((d) => d === "clin" || d === "title" || d === "rel" || d === "fac" || d === "street" || d === "cal");
}

/**
 * An acronym in brackets right after the words it stands for ("heart failure with reduced ejection fraction
 * (HFrEF)"): its letters are, in order, the initials of those words, from the first to the last. The written
 * rules judge a defined name ("Royal Brisbane Hospital (RBH)"); the scorer never reads a definition.
 */
function definedAcronym(text: string, t: Token): boolean {
  if (text[t.start - 1] !== "(" || text[t.end] !== ")" || !/\p{Lu}.*\p{Lu}/u.test(text.slice(t.start, t.end))) return false;
  const letters = t.lower.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2 || letters.length > 8) return false;
  const before = text.slice(Math.max(0, t.start - 120), t.start - 1).trimEnd();
  const initials = [...before.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)].map((m) => lowerSameLength(m[0][0]!)).slice(-(letters.length * 2));
  if (initials.at(-1) !== letters.at(-1)) return false;
  // Walk back from the last word: every letter must be found, and the first must open the definition.
  for (let from = initials.length - 1; from >= 0 && initials.length - from <= letters.length * 2; from--) {
    if (initials[from] !== letters[0]) continue;
    let k = 0;
    for (let i = from; i < initials.length && k < letters.length; i++) if (initials[i] === letters[k]) k++;
    if (k === letters.length) return true;
  }
  return false;
}
