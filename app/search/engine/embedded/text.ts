// Normalisation and tokenisation, mirroring what Meilisearch does for Latin scripts:
// lowercase, strip diacritics (é→e, ā→a), split on anything that is not a letter or digit.

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
/** Word characters in *source* text: marks included so decomposed accents stay in their word. */
const SOURCE_WORD = /[\p{L}\p{N}\p{M}]+/gu;
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lowercases and removes diacritics. Lowercasing first: "İ" lowercases to i + combining dot. */
export function normalize(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text.toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "");
}

/** The normalised words of a text, in order (positions are array indexes). */
export function tokenize(text: string): string[] {
  if (!text) return [];
  const words = normalize(text).split(NON_WORD);
  // split() yields empty strings at the edges when the text starts/ends with a separator.
  if (words.length > 0 && words[0] === "") words.shift();
  if (words.length > 0 && words[words.length - 1] === "") words.pop();
  return words;
}

export interface SourceToken {
  /** Normalised form, as stored in the index. */
  word: string;
  /** Offsets into the original text, for highlighting. */
  start: number;
  end: number;
}

/**
 * Tokens with their offsets in the original text. Slower than tokenize(); used only for the
 * handful of fields highlighted per page. A source word can normalise to several index words
 * (e.g. a ligature); each keeps the offsets of the whole source word.
 */
export function tokenizeWithOffsets(text: string): SourceToken[] {
  const tokens: SourceToken[] = [];
  for (const match of text.matchAll(SOURCE_WORD)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    for (const word of tokenize(match[0])) tokens.push({ word, start, end });
  }
  return tokens;
}

/** True when the query ends inside a word, i.e. the visitor is still typing it. */
export function endsInsideWord(query: string): boolean {
  return /[\p{L}\p{N}\p{M}]$/u.test(query);
}
