/** Small shared helpers. */

/** Lower-case `s` without changing its length, so offsets stay valid (rare expanding letters are kept). */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Alternation source, longest first so regex alternation prefers the longest word. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
}

/** Letters of a capitalised word: starts upper-case, then letters, apostrophes or hyphens. */
export const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*`;

const WORD_CH = /[\p{L}\p{M}\p{N}'’.&-]/u;

/** The word ending just before `pos` (separated from it by spaces or tabs), or null. */
export function prevWord(text: string, pos: number): { start: number; end: number; word: string } | null {
  let e = pos;
  while (e > 0 && (text[e - 1] === " " || text[e - 1] === "\t")) e--;
  if (e === pos && !(pos > 0 && text[pos - 1] === "-")) return null;
  if (text[e - 1] === "-") e--;
  let s = e;
  while (s > 0 && WORD_CH.test(text[s - 1])) s--;
  if (s === e) return null;
  return { start: s, end: e, word: text.slice(s, e) };
}

const CAP_START = /^\p{Lu}/u;
const ABBREV_DOT = /^(?:St|Mt|Ste|Dr|Co)\.$|^\p{Lu}\.$/u;
const RUN_CONNECTORS = new Set(["of", "and", "&", "de", "du", "des", "la", "the"]);

/**
 * Walk left from `pos` over a run of capitalised words (allowing "of", "and", "&", "de"… between
 * them, and "St." / "Mt."). Returns the start of the leftmost capitalised word, or null if the word
 * just before `pos` is not capitalised. Linear, so it replaces regexes that backtrack badly.
 */
export function capRunStart(text: string, pos: number, maxWords = 6): number | null {
  let s = pos;
  let start: number | null = null;
  let words = 0;
  while (words < maxWords) {
    const w = prevWord(text, s);
    if (!w) break;
    const word = w.word;
    if (CAP_START.test(word) && (!word.endsWith(".") || ABBREV_DOT.test(word))) {
      start = w.start;
      s = w.start;
      words++;
      continue;
    }
    if (start !== null && RUN_CONNECTORS.has(word)) {
      const before = prevWord(text, w.start);
      if (before && CAP_START.test(before.word) && !before.word.endsWith(",")) {
        s = w.start;
        continue;
      }
    }
    break;
  }
  return start;
}

const FOLD_CACHE = new Map<number, string>();
/**
 * Same-length ASCII folding: "é" → "e", "œ" → "~", any other non-ASCII unit → "~". Matching on
 * ASCII text is much faster for the Aho-Corasick matcher, and offsets stay valid.
 */
export function foldAscii(s: string): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    let f = FOLD_CACHE.get(c);
    if (f === undefined) {
      const base = String.fromCharCode(c)
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "");
      f = base.length === 1 && base.charCodeAt(0) < 128 ? base : c === 0x2019 ? "'" : "~";
      FOLD_CACHE.set(c, f);
    }
    out += s.slice(runStart, i) + f;
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** Each word as written and with a capital first letter, for regexes that cannot use the "i" flag. */
export function caseVariants(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(w[0].toUpperCase() + w.slice(1));
  }
  return [...out];
}

/**
 * Same-length copy with every run of more than `max` non-space characters blanked. No name, place or
 * date is that long, and regexes over capitalised words backtrack badly on such runs (a 1 MB token).
 */
export function blankLongRuns(s: string, max = 64): string {
  if (!hasLongRun(s, max)) return s;
  return s.replace(new RegExp(String.raw`\S{${max + 1},}`, "g"), (run) => " ".repeat(run.length));
}

/**
 * `text.matchAll(re)`, faster where `re` has flags i and u but would read the same without u: the pattern
 * itself, without u, finds where to try it (see headScanner).
 */
export function scannerFor(re: RegExp): (text: string) => Iterable<RegExpMatchArray> {
  if (!re.ignoreCase || !re.unicode || /\\[pPk]|\\u\{/.test(re.source)) return (text) => text.matchAll(re);
  return headScanner(re, re.source);
}

/** Whether `\s` (JavaScript's white space and line ends) matches the character code `c`. */
function isSpaceCode(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whether `s` has a run of more than `max` non-space characters, counted as `\S{max+1,}` counts them. A loop
 * over the characters: the pattern itself restarts at every character of every word (80 us on a 5 KB case).
 */
export function hasLongRun(s: string, max: number): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) run = 0;
    else if (++run > max) return true;
  }
  return false;
}

/** Whether the writer starts sentences in lower case before `pos` ("case learning – … . she had …"): capitals there carry little. */
export function writesLowerCase(text: string, pos: number): boolean {
  const starts = [...text.slice(Math.max(0, pos - 300), pos).matchAll(/(?:^|[.!?]\s+)(\p{L})/gu)];
  return starts.length > 0 && starts.every((m) => /\p{Ll}/u.test(m[1]));
}

/**
 * Where a pattern reads differently without the u flag: characters that case-fold to a letter only under u
 * (long s, Kelvin, Ångström, Ohm, capital sharp s), and characters outside the BMP (one character under u,
 * two without).
 */
const READS_DIFFERENTLY_WITHOUT_U = /[\u017F\u212A\u212B\u2126\u1E9E\uD800-\uDFFF]/;

/**
 * Under the i and u flags together, V8 cannot skip ahead to the first letters of an alternation: such a
 * pattern is tried at every position, several times slower than the same pattern without u. The scanner
 * returned gives exactly `text.matchAll(re)`'s matches, trying `re` (sticky) only where `head` matches with
 * flag i and without u, which V8 searches quickly. `head` must match wherever a match of `re` can start
 * (usually the alternation that opens `re`, without its look-behind). Text with a character that reads
 * differently without u (the long s, an emoji) is scanned whole.
 */
export function headScanner(re: RegExp, head: string): (text: string) => Iterable<RegExpMatchArray> {
  // Without u, \p{L} would read as the letters "p{L}": the head must not need the u flag.
  if (/\\[pPk]|\\u\{/.test(head)) throw new Error(`headScanner: the head of ${re.source.slice(0, 40)} needs the u flag`);
  const headRe = new RegExp(head, re.flags.includes("m") ? "gim" : "gi");
  const sticky = new RegExp(re.source, re.flags.replace("g", "") + "y");
  return function* scan(text) {
    if (READS_DIFFERENTLY_WITHOUT_U.test(text)) {
      yield* text.matchAll(re);
      return;
    }
    const heads = new RegExp(headRe);
    const at = new RegExp(sticky);
    let from = 0;
    for (let h = heads.exec(text); h; h = heads.exec(text)) {
      at.lastIndex = h.index;
      const m = at.exec(text);
      // After a match the search goes on from its end, as matchAll's does.
      if (m) from = m.index + Math.max(1, m[0].length);
      heads.lastIndex = Math.max(h.index + 1, from);
      if (m) yield m;
    }
  };
}

/**
 * Index of the parenthesis closing the group that opens at `i` (classes and escapes skipped), or -1. With
 * `i` = -1, the index of the first "|" outside every group (an alternative at the pattern's top level).
 */
function closingParen(src: string, i: number): number {
  let depth = i < 0 ? 1 : 0;
  let inClass = false;
  for (let j = Math.max(i, 0); j < src.length; j++) {
    const c = src[j];
    if (c === "\\") j++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return j;
    else if (c === "|" && i < 0 && depth === 1) return j;
  }
  return -1;
}

/**
 * headScanner with the pattern's own opening group as the head: the first group after its look-behinds, which
 * every match starts with ("(?<![\p{L}])(?:patient|pt|…)[ \t]+…" → "(?:patient|pt|…)"). Throws where the opening
 * group is optional or needs the u flag, so a pattern changed later cannot be scanned wrongly.
 */
export function openingScanner(re: RegExp): (text: string) => Iterable<RegExpMatchArray> {
  const src = re.source;
  let i = 0;
  while ((src.startsWith("(?<!", i) || src.startsWith("(?<=", i)) && closingParen(src, i) > 0) i = closingParen(src, i) + 1;
  const end = src[i] === "(" ? closingParen(src, i) : -1;
  if (end < 0 || /^[?*]|^\{0[,}]/.test(src.slice(end + 1)) || closingParen(src, -1) >= 0)
    throw new Error(`openingScanner: ${src.slice(0, 40)} opens with no group every match starts with`);
  return headScanner(re, src.slice(i, end + 1));
}
