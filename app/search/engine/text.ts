// Query-side normalisation shared by the engines: lowercase, fold accents (é→e, ā→a, œ→oe), split
// on anything that is not a letter or digit. It folds the way the `rn_search` text search
// configuration (unaccent) folds the documents, so query words meet indexed words.

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Letters unaccent rewrites that Unicode decomposition leaves alone. */
const FOLDS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/** Lowercases and removes diacritics. Lowercasing first: "İ" lowercases to i + combining dot. */
export function normalize(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[ßæœøłđðþı]/g, (ch) => FOLDS[ch] ?? ch);
}

/** The normalised words of a text, in order. */
export function tokenize(text: string): string[] {
  if (!text) return [];
  return normalize(text).split(NON_WORD).filter(Boolean);
}
