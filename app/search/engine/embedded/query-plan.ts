// Turns the visitor's text into a query plan: the words to match, how many typos each may
// carry, which one is a prefix, which vocabulary words each can match, and which runs of
// words can be satisfied by a synonym instead.

import { MAX_QUERY_WORDS, SYNONYM_GROUPS, TYPO_TOLERANCE } from "../settings";
import { endsInsideWord, tokenize } from "./text";
import type { Derivation, Vocabulary } from "./vocabulary";

export interface QueryWord {
  text: string;
  /** The last word while the visitor is still typing it: matches any word it starts. */
  isPrefix: boolean;
  maxTypos: number;
  /** Vocabulary words this query word matches, with their typo counts. */
  derivations: Derivation[];
  /** Term id of the word itself, for the exactness rule (-1 when not in the vocabulary). */
  exactTermId: number;
}

/** Query words [start, end) that a synonym phrase may stand in for. */
export interface SynonymSpan {
  start: number;
  end: number;
  /** Each alternative is a phrase as term ids; alternatives with unknown words are dropped. */
  alternatives: number[][];
}

export interface QueryPlan {
  words: QueryWord[];
  spans: SynonymSpan[];
  /** Normalised words to highlight in results. */
  highlightWords: Set<string>;
}

/** Typo budget by word length, as Meilisearch's minWordSizeForTypos defaults. */
export function typoBudget(word: string): number {
  const length = [...word].length;
  if (length >= TYPO_TOLERANCE.minWordSizeForTwoTypos) return 2;
  if (length >= TYPO_TOLERANCE.minWordSizeForOneTypo) return 1;
  return 0;
}

/** Synonym phrases keyed by their normalised words joined with a space. */
export class SynonymTable {
  private readonly alternativesByPhrase = new Map<string, string[][]>();
  readonly longestPhrase: number;

  constructor(groups: readonly (readonly string[])[] = SYNONYM_GROUPS) {
    let longest = 1;
    for (const group of groups) {
      const phrases = group.map((member) => tokenize(member)).filter((words) => words.length > 0);
      for (const phrase of phrases) {
        longest = Math.max(longest, phrase.length);
        const key = phrase.join(" ");
        const list = this.alternativesByPhrase.get(key) ?? [];
        for (const other of phrases) if (other.join(" ") !== key) list.push(other);
        this.alternativesByPhrase.set(key, list);
      }
    }
    this.longestPhrase = longest;
  }

  alternativesOf(words: readonly string[]): string[][] | undefined {
    return this.alternativesByPhrase.get(words.join(" "));
  }
}

export const DEFAULT_SYNONYMS = new SynonymTable();

export function planQuery(text: string, vocabulary: Vocabulary, synonyms: SynonymTable = DEFAULT_SYNONYMS): QueryPlan {
  const allTokens = tokenize(text);
  const tokens = allTokens.slice(0, MAX_QUERY_WORDS);
  // Only the word actually being typed is a prefix; a truncated query has no such word.
  const lastIsPrefix = endsInsideWord(text) && allTokens.length <= MAX_QUERY_WORDS;
  const highlightWords = new Set<string>();

  const words: QueryWord[] = tokens.map((token, i) => {
    const isPrefix = lastIsPrefix && i === tokens.length - 1;
    const maxTypos = typoBudget(token);
    const derivations = vocabulary.derive(token, maxTypos, isPrefix);
    for (const d of derivations) highlightWords.add(vocabulary.wordOf(d.termId));
    return { text: token, isPrefix, maxTypos, derivations, exactTermId: vocabulary.idOf(token) ?? -1 };
  });

  const spans: SynonymSpan[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + synonyms.longestPhrase); end++) {
      const phrases = synonyms.alternativesOf(tokens.slice(start, end));
      if (!phrases) continue;
      const alternatives: number[][] = [];
      for (const phrase of phrases) {
        const termIds = phrase.map((word) => vocabulary.idOf(word));
        if (termIds.some((id) => id === undefined)) continue; // cannot match: a word is absent
        alternatives.push(termIds as number[]);
        for (const word of phrase) highlightWords.add(word);
      }
      if (alternatives.length > 0) spans.push({ start, end, alternatives });
    }
  }
  return { words, spans, highlightWords };
}
