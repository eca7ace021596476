/**
 * Word-and-phrase patterns with `*` wildcards, shared by watched words and the distress phrase lists.
 *
 * Matching is case- and accent-insensitive ("Fremdkorper" matches "Fremdkörper") and word-boundary
 * aware: "ass" does not match "class" or "passion", while "pass*" matches "passion". A `*` stands for
 * any run of letters or digits inside a word (it never crosses a space), and a lone `*` stands for one
 * whole word ("kill * self" matches "kill my self"). Spaces in a pattern match any run of spaces or
 * punctuation, so "end it all" also matches "end it... all".
 */

/** Lower-case, accent-free text with the SAME length as the input, so match offsets stay valid. */
export function foldForMatching(text: string): string {
  let out = "";
  for (const ch of text) {
    const base = ch
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase();
    // Keep offsets stable: letters that fold into several code units (e.g. "İ") keep their own form.
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out.replace(/[’‘`]/g, "'");
}

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Normalises a pattern for storage and comparison: trimmed, single spaces, folded case and accents. */
export function normalisePattern(pattern: string): string {
  return foldForMatching(pattern.trim().replace(/\s+/g, " "));
}

export type PatternProblem = string | null;

/** Says what is wrong with a pattern in plain words, or null when it is usable. */
export function patternProblem(pattern: string): PatternProblem {
  const p = normalisePattern(pattern);
  if (!p) return "Enter a word or phrase.";
  if (p.length > 120) return "Use at most 120 characters.";
  if (!/[\p{L}\p{N}]/u.test(p)) return "Include at least one letter or number, not only wildcards.";
  if (/[\p{L}\p{N}]/u.test(p) && p.replace(/\*/g, "").replace(/[^\p{L}\p{N}]/gu, "").length < 2 && p.includes("*")) {
    return "A wildcard needs at least two letters next to it, or it would match almost everything.";
  }
  return null;
}

/** Compiles a pattern to a global, unicode regular expression to run over folded text. */
export function compilePattern(pattern: string): RegExp {
  const words = normalisePattern(pattern).split(" ");
  const parts = words.map((word) => {
    if (word === "*") return `${WORD_CHAR}+`;
    return word
      .split("*")
      .map((piece) => escapeRegex(piece).replace(/'/g, "['’]"))
      .join(`${WORD_CHAR}*`);
  });
  return new RegExp(`${BEFORE}${parts.join(String.raw`[^\p{L}\p{N}]+`)}${AFTER}`, "gu");
}

export type PatternMatch = { start: number; end: number };

/** Every match of one compiled pattern in already-folded text. */
export function findMatches(folded: string, compiled: RegExp): PatternMatch[] {
  compiled.lastIndex = 0;
  const out: PatternMatch[] = [];
  for (const m of folded.matchAll(compiled)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** True when the pattern occurs anywhere in the text. */
export function patternMatches(pattern: string, text: string): boolean {
  return findMatches(foldForMatching(text), compilePattern(pattern)).length > 0;
}
