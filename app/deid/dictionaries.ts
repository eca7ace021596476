/**
 * Large dictionaries, built lazily once per process: first names and surnames (from the
 * @zxcvbn-ts language packages, US census and French lists, plus each language pack's extras),
 * and common words (to tell "Hope" the town from "hope"). Places are in gazetteer.ts.
 */
import { createRequire } from "node:module";
import { dictionary as enDict } from "@zxcvbn-ts/language-en";
import { dictionary as frDict } from "@zxcvbn-ts/language-fr";
import nlp from "compromise";
import { ALL_PACKS, unionOf } from "./lang/index";
import { worldNames } from "./world-names";

const require = createRequire(import.meta.url);

/** compromise's built-in lexicon: word → tag ("MaleName", "City", "Noun"…). Read only, no parsing. */
export function lexicon(): Record<string, string | undefined> {
  const model = nlp.model() as { one?: { lexicon?: Record<string, string | undefined> } };
  return model.one?.lexicon ?? {};
}

let english: Set<string> | null = null;
/** an-array-of-english-words (~275,000 lower-case words), built once. */
export function englishWords(): ReadonlySet<string> {
  english ??= new Set(require("an-array-of-english-words") as string[]);
  return english;
}

let french: Set<string> | null = null;
/** an-array-of-french-words (~336,000 French words with their accents), built once. */
export function frenchWords(): ReadonlySet<string> {
  french ??= new Set(require("an-array-of-french-words") as string[]);
  return french;
}

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person"]);
let lex: Record<string, string | undefined> | null = null;
/** True when compromise's lexicon tags the lower-case word as a personal name ("mary", "morris"). */
export function taggedAsName(word: string): boolean {
  lex ??= lexicon();
  return NAME_TAGS.has(lex[word] ?? "");
}

export interface NameDictionaries {
  firstNames: Set<string>;
  surnames: Set<string>;
  /** First names that are also ordinary words: need a surname or title. */
  ambiguousFirst: Set<string>;
  /** Lower-case words that are common in running text (top of the frequency lists). */
  commonWords: Set<string>;
  /** Capitalised words that are never a name on their own. */
  notNames: Set<string>;
  /** Frequency rank of common words (0 = most frequent; French ranks doubled). */
  wordRank: Map<string, number>;
}

let names: NameDictionaries | null = null;

export function getNames(): NameDictionaries {
  if (names) return names;
  const list = (d: Record<string, unknown>, k: string) => (Array.isArray(d[k]) ? (d[k] as string[]) : []);
  const firstNames = new Set<string>([
    ...list(enDict, "firstnames-en"),
    // The French package's two lists are mixed (given names and surnames); both are used as given names only
    // when they are not ordinary French words.
    ...list(frDict, "lastnames-fr"),
    ...unionOf("extraFirstNames"),
  ]);
  const lex = lexicon();
  for (const [w, tag] of Object.entries(lex)) {
    if (tag === "FirstName" || tag === "MaleName" || tag === "FemaleName") firstNames.add(w);
  }
  const commonWords = new Set<string>([...list(enDict, "commonWords-en").slice(0, 25000), ...list(frDict, "commonWords-fr").slice(0, 15000)]);
  const world = worldNames(englishWords(), commonWords);
  for (const w of world.first) firstNames.add(w);
  const surnames = new Set<string>([
    ...list(enDict, "lastnames-en").slice(0, 40000),
    ...list(frDict, "firstnames-fr"),
    ...unionOf("extraSurnames"),
    ...world.last,
  ]);
  for (const [w, tag] of Object.entries(lex)) if (tag === "LastName") surnames.add(w);
  const wordRank = new Map<string, number>();
  list(frDict, "commonWords-fr")
    .slice(0, 15000)
    .forEach((w, i) => wordRank.set(w, i * 2));
  list(enDict, "commonWords-en")
    .slice(0, 25000)
    .forEach((w, i) => wordRank.set(w, Math.min(i, wordRank.get(w) ?? i)));
  const ambiguousFirst = new Set<string>(unionOf("ambiguousFirstNames"));
  for (const w of unionOf("months")) ambiguousFirst.add(w);
  const notNames = new Set<string>(unionOf("notNames"));
  for (const p of ALL_PACKS) {
    for (const w of [...p.months, ...p.weekdays]) notNames.add(w[0].toUpperCase() + w.slice(1));
  }
  names = { firstNames, surnames, ambiguousFirst, commonWords, notNames, wordRank };
  return names;
}
