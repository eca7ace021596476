/**
 * Features of the learned token scorer: what a word looks like and where it sits, never the word itself
 * unless it is a common word of the language (so the weights carry no identifier and no rare word of the
 * texts they were fitted on). One token = a run of letters (with inner apostrophes and hyphens).
 */
import { lowerSameLength } from "../util";
import { commonNameCandidate, gap, textContext } from "./context";
import { COMMON_RANK, commonWordSlip, lenBand, rankBand, wordInfo } from "./word-info";

export { caseShape, clinicalSlip } from "./word-info";

/**
 * Bump when a feature's meaning changes: the generated weights record it and a test compares them. The common
 * head's features (ctx, text, common*) are new and a rare word's are unchanged, so the main head's weights hold.
 */
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
  "ctx",
  "text",
  "text*shape",
  "common",
  "common*dict",
  "common*ctx",
  "common*p1",
  "common*n1",
  "common*line",
] as const;

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

/**
 * Features of every token of `text`. `cased` is the truecased copy (same length): whether the truecaser
 * gave a word a capital is itself a feature in notes typed in one case.
 */
export function tokenFeatures(text: string, cased: string, tokens: Token[], wanted?: readonly boolean[]): (string[] | null)[] {
  const ctx = textContext(text, tokens);
  const { infos, styles, shapeOf } = ctx;
  const describe = (i: number, side: string): string[] => {
    if (i < 0 || i >= tokens.length) return [`${side}:edge`];
    const info = infos[i];
    const shape = styles.styleAt(tokens[i].start) === "mixed" ? shapeOf(i) : "any";
    return info.cue ? [`${side}:w=${info.cue}`, `${side}:c=${shape}.${info.main}`] : [`${side}:c=${shape}.${info.main}`];
  };
  const textCase = ctx.lowerText ? "lower" : "cased";
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
    // A common word (read only where a name can sit, by its own head of the model) has features of its own:
    // where it sits, and whether the text is typed in lower case. A rare word's features stay as they were.
    if ((info.rank ?? Infinity) < COMMON_RANK) {
      const flags = ctx.flagsOf(i);
      for (const c of flags) f.push(`ctx:${c}`);
      f.push(`text:${textCase}`, `text*shape:${textCase}.${shape}`);
      f.push(`common:${rankBand(info.rank)}.${shape}`, `common*p1:${p1}`, `common*n1:${n1}`, `common*line:${line}.${textCase}`);
      for (const d of info.dict) if (d !== "known") f.push(`common*dict:${d}`);
      if (info.verb) f.push("common*dict:verb");
      for (const c of flags) f.push(`common*ctx:${c}`);
    }
    return f;
  });
}

/** A facility or street word ("Ward", "Hospital", "Road") that closes a place's name. */
export function isPlaceHead(lower: string, original: string): boolean {
  return wordInfo(lower, original).dict.some((d) => d === "fac" || d === "street");
}

/**
 * Tokens the scorer reads: two letters or more, no cue word (a title, "Hospital", "Street", a month), no
 * clinical word or shorthand ("Quinton", "lasix") and no common word ("Comfort", "Amber", "Given"; those
 * only where a name can sit, see `candidates`).
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
 * Which tokens the scorer reads, and by which head: "rare" (isCandidate) or "common" (a common word where a
 * name can sit, context.ts; only when `common`: a model without a common head reads none); null for the others.
 */
export function candidates(text: string, tokens: Token[], common = true): ("rare" | "common" | null)[] {
  const ctx = textContext(text, tokens);
  return tokens.map((t, i) => (isCandidate(text, t) ? "rare" : common && commonNameCandidate(ctx, i) ? "common" : null));
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
