/**
 * Where a token sits, for the learned token scorer: the case style of its line and of the whole text, what
 * separates it from its neighbours, and whether it sits where a name can (next to another name part, after a
 * title, a kin or a role word). From these, which common words the scorer reads: a word that is also a given
 * name or a surname ("Hope", "Precious", "Gift", "marsh") only in such a place.
 */
import type { Token } from "./features";
import { caseShape, COMMON_RANK, wordInfo, type WordInfo } from "./word-info";

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
export function gap(text: string, from: number, to: number): string {
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
 * A text typed in lower case (a dictation, a chat, a note typed without the shift key): at least 8 words and
 * fewer than 3% of them capitalised ("Xx"); words in capitals (acronyms, "MRN", "ED") do not count.
 */
export function lowerCaseText(text: string, tokens: readonly Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  let lower = 0;
  for (const t of tokens) {
    if (t.end - t.start < 2) continue;
    words++;
    const shape = caseShape(text.slice(t.start, t.end));
    if (shape === "Xx") capitalised++;
    else if (shape === "x") lower++;
  }
  return words >= 8 && capitalised < 0.03 * words && lower >= 0.5 * words;
}

/** Everything about a text the features and the candidate rule read, computed once per text. */
export interface TextContext {
  text: string;
  tokens: readonly Token[];
  infos: WordInfo[];
  styles: { styleAt: (pos: number) => string };
  lowerText: boolean;
  /** At least one word in ten is a clinical word or shorthand: a capital there says less. */
  dense: boolean;
  shapeOf: (i: number) => string;
  /** "midcap", "by-name", "after-title", "after-rel" (see contextFlags) and "echo": where token i sits. */
  flagsOf: (i: number) => string[];
}

const PLACED = new Set(["by-name", "after-title", "after-rel"]);
const DOTTED_TITLES = new Set(["dr", "mr", "mrs", "ms", "mx", "prof", "sr", "rev", "fr", "pr", "mme", "mlle", "dre", "st"]);
/**
 * Where each common name word sits in a name's place (after a title, a kin or role word, or next to a name
 * part), by lower-case form: a later "Precious said" or "June has" is the same person as "the mother, Precious Oyelaran".
 */
function placedNameWords(ctx: TextContext, base: (i: number) => string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  ctx.tokens.forEach((_, i) => {
    const info = ctx.infos[i];
    if ((info.rank ?? Infinity) >= COMMON_RANK || !(info.dict.includes("first") || info.dict.includes("sur"))) return;
    if (!base(i).some((f) => PLACED.has(f))) return;
    const key = ctx.tokens[i].lower;
    out.set(key, [...(out.get(key) ?? []), i]);
  });
  return out;
}

let last: TextContext | null = null;
/** The context of a text's tokens (the last one is kept: the candidate rule and the features read the same text). */
export function textContext(text: string, tokens: readonly Token[]): TextContext {
  if (last && last.text === text && last.tokens === tokens) return last;
  const infos = tokens.map((t) => wordInfo(t.lower, text.slice(t.start, t.end)));
  const shapes: string[] = [];
  const baseFlags: string[][] = [];
  const flags: string[][] = [];
  const base = (i: number) => (baseFlags[i] ??= contextFlags(ctx, i));
  let placed: Map<string, number[]> | null = null;
  const echo = (i: number) => {
    placed ??= placedNameWords(ctx, base);
    return (placed.get(tokens[i].lower) ?? []).some((j) => j !== i);
  };
  const ctx: TextContext = {
    text,
    tokens,
    infos,
    styles: lineStyles(text),
    lowerText: lowerCaseText(text, tokens),
    dense: infos.filter((x) => x.main === "clin").length >= 0.1 * Math.max(1, tokens.length),
    shapeOf: (i) => (shapes[i] ??= caseShape(text.slice(tokens[i].start, tokens[i].end))),
    flagsOf: (i) => (flags[i] ??= echo(i) ? [...base(i), "echo"] : base(i)),
  };
  last = ctx;
  return ctx;
}

const isCue = (info: WordInfo) => info.dict.some((d) => d === "title" || d === "rel" || d === "fac" || d === "street" || d === "cal");
/**
 * A neighbour that can be part of the same name: a given name, a surname or a word no list knows, in the same
 * case, and not itself a common word (two common words side by side say nothing: "call her back").
 */
function namePart(ctx: TextContext, j: number, lowerWord: boolean): boolean {
  if (j < 0 || j >= ctx.tokens.length) return false;
  const info = ctx.infos[j];
  if ((info.main !== "name" && info.main !== "unk") || isCue(info) || (info.rank ?? Infinity) < COMMON_RANK) return false;
  // Three letters at least: two are shorthand as often as a name ("Pan Cx").
  if (ctx.tokens[j].end - ctx.tokens[j].start < 3) return false;
  const shape = ctx.shapeOf(j);
  return lowerWord ? shape === "x" : shape === "Xx" || shape === "XX" || shape === "xX";
}

/**
 * Where token i sits: "midcap" (capitalised, not at a sentence's start; a title's full stop is no sentence's
 * end), "by-name" (a space from another name part), "after-title" ("Dr Gift", "Ms. Precious"), "after-rel"
 * (a kin or role word before it, "the mother, Precious", "pt mere").
 */
export function contextFlags(ctx: TextContext, i: number): string[] {
  const { text, tokens, infos } = ctx;
  const t = tokens[i];
  const out: string[] = [];
  const shape = ctx.shapeOf(i);
  const before = i === 0 ? "nl" : gap(text, tokens[i - 1].end, t.start);
  const after = i === tokens.length - 1 ? "nl" : gap(text, t.end, tokens[i + 1].start);
  const prev = i > 0 ? infos[i - 1] : null;
  // Only an honorific takes a full stop before the name ("Dr. Faith"); "notified MD. Given" is a new sentence.
  const dotted = before === "." && i > 0 && DOTTED_TITLES.has(tokens[i - 1].lower) && /^\.[ \t]+$/.test(text.slice(tokens[i - 1].end, t.start));
  // A title in capitals in a mixed-case line is shorthand ("MR. Given", "MS: Pleasant"), not an honorific.
  const honorific = !!prev?.dict.includes("title") && !(ctx.shapeOf(i - 1) === "XX" && ctx.styles.styleAt(t.start) === "mixed");
  const afterTitle = honorific && (before === "" || dotted);
  // A sentence starts after a line break or a stop, colon or question mark, even after a number ("at 40%. Lung").
  const sentenceStart = i === 0 || before === "nl" || (!dotted && /[.!?:]["'’”)\]]?\s+$/.test(text.slice(tokens[i - 1].end, t.start)));
  // Mid-sentence after a word in lower case: a capital after a capital is a title-case phrase ("Full Code").
  const afterLower = i > 0 && ctx.shapeOf(i - 1) === "x";
  if (shape === "Xx" && !sentenceStart && (((before === "" || before === "," || before === "(") && afterLower) || dotted)) out.push("midcap");
  const lowerWord = shape === "x";
  if ((before === "" && namePart(ctx, i - 1, lowerWord)) || (after === "" && namePart(ctx, i + 1, lowerWord))) out.push("by-name");
  if (afterTitle) out.push("after-title");
  if (prev?.dict.includes("rel") && (before === "" || before === "," || before === ":")) out.push("after-rel");
  return out;
}

/**
 * A common word read where a name can sit: a word among the most frequent that the gazetteers also hold as a
 * given name or a surname, capitalised in mixed case (not at a sentence's start, or next to a name part, a
 * title or a kin or role word), or in a text or line typed in one case after a title or a kin or role word
 * ("seen by dr marsh", "SEEN BY DR BISHOP"); and wherever the same word sits in such a place
 * elsewhere in the text ("Precious said"). A month or a weekday ("June", "Sunday") only in such a place itself;
 * a verb form ("Given", "Said") not by a name part alone.
 * Never a clinical word or another cue word.
 */
export function commonNameCandidate(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens[i];
  const info = ctx.infos[i];
  if (t.end - t.start < 3 || (info.rank ?? Infinity) >= COMMON_RANK) return false;
  if (!info.dict.includes("first") && !info.dict.includes("sur")) return false;
  if (info.dict.some((d) => d === "clin" || d === "title" || d === "rel" || d === "fac" || d === "street")) return false;
  const flags = ctx.flagsOf(i);
  // A month or a weekday only in a name's own place: its echo would also read "in April" beside "Ms April Tuhiwai".
  if (info.dict.includes("cal")) return ctx.shapeOf(i) !== "x" && flags.some((f) => PLACED.has(f));
  // A verb form is read only after a title or a kin or role word: elsewhere "Given Protonix", ", Given 25 mg".
  if (info.verb) return flags.some((f) => f === "after-title" || f === "after-rel");
  const placed = flags.some((f) => PLACED.has(f) || f === "echo");
  const shape = ctx.shapeOf(i);
  const line = ctx.styles.styleAt(t.start);
  // In a note dense with clinical words ("for Bone scan"), a capital mid-sentence alone is no sign.
  if (shape === "Xx" && line === "mixed") return placed || (flags.includes("midcap") && !ctx.dense);
  // In one case, beside shorthand ("dk amber urine", "L HIP STAPLES"), a name part or an echo is no sign ("min
  // effect"): a title or a kin or role word must place it.
  const cued = flags.some((f) => f === "after-title" || f === "after-rel");
  // In capitals, only a title or a kin or role word: shorthand in capitals ("MIN", "SAT") echoes anything.
  if (shape === "XX" && line === "upper") return flags.some((f) => f === "after-title" || f === "after-rel");
  if (shape === "x" && (line === "lower" || ctx.lowerText)) return cued;
  return false;
}
