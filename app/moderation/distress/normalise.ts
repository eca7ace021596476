/**
 * Text preparation for distress detection: sentences and clauses, then a canonical word form in which
 * patterns are easy to write once and still meet many ways of typing the same thing.
 *
 * - lower case, accents folded, curly quotes straightened, letters repeated three or more times shortened
 *   ("soooo" → "so");
 * - English contractions expanded, with or without the apostrophe ("cant", "can't", "can’t" → "can not"),
 *   chat spellings ("wanna", "im", "idk") and a few slang euphemisms ("unalive") mapped to plain words;
 * - French elisions split ("j'ai" → "je ai", "n'en" → "ne en");
 * - likely typos of the words that matter most ("sucidal", "myslef", "mourrir") corrected by edit distance
 *   (typos.ts);
 * - clauses rewritten where English raises a negation away from its verb
 *   ("I don't think I can go on" → "i think i can not go on").
 */

import { EN_WORDS, FR_CHAT, regionalFrench, spokenEnglish } from "./spellings";
import { correctTypo, restoreDroppedG, shortenRepeats } from "./typos";

const MAX_PART = 100_000;

/** Lower case, no accents, straight quotes, no zero-width characters. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[“”«»„]/g, '"');
}

/**
 * Splits a post into folded sentences. A very long text is read at its start and its end: distress is
 * written in sentences, not megabytes, and the bound keeps screening fast on anything pasted in.
 */
export function splitSentences(text: string): string[] {
  const bounded = text.length > 2 * MAX_PART ? `${text.slice(0, MAX_PART)}\n${text.slice(-MAX_PART)}` : text;
  const sentences: string[] = [];
  // A pause before a preposition is not a sentence's end: "I want to disappear… to a cabin", « disparaître… dans un chalet ».
  const paused = fold(bounded).replace(/\s*(?:…|\.{2,})\s*(?=(?:to|into|in|on|at|of|for|with|dans|a|au|aux|en|sur|pour|de|du|des|avec|chez|sous)\s)/g, " ");
  for (const s of paused.split(/(?<=[.!?…])\s+|[\n\r]+|[;:•]|\s[-–—]{1,2}\s|\.{2,}/)) {
    if (!s || !/\p{L}/u.test(s)) continue;
    // A fragment of a few words continues the sentence before it ("I'm done. With all of it. With being alive.").
    if (sentences.length && s.trim().split(/\s+/).length <= 4 && /^\s*(?:with|of|and|or|to|from|for|et|de|avec)\b/.test(s)) {
      sentences[sentences.length - 1] += ` ${s}`;
    } else sentences.push(s);
  }
  return sentences;
}

/** Splits a sentence where a new thought starts: commas, brackets, "but", "mais". */
export function splitClauses(sentence: string): string[] {
  const chunks = sentence
    // A comma before "to", "of", "like"… continues the same thought ("how easy it would be, to not be anywhere").
    .split(/,(?!\s*(?:to|of|with|like|or|de|d'|a|que)\s)|\(|\)|\s(?=(?:but|though|although|however|yet|mais|pourtant|cependant|sauf que)\s)/)
    .filter((c) => c && /\p{L}/u.test(c));
  // One or two words after a comma belong to what came before ("I hurt myself last night, again").
  const clauses: string[] = [];
  for (const c of chunks) {
    if (clauses.length && c.trim().split(/\s+/).length <= 2) clauses[clauses.length - 1] += ` ${c}`;
    else clauses.push(c);
  }
  return clauses;
}

const EN_SUFFIXES: Array<[RegExp, string]> = [
  [/n't$/, " not"],
  [/'m$/, " am"],
  [/'re$/, " are"],
  [/'ve$/, " have"],
  [/'ll$/, " will"],
  [/'d$/, " would"],
  [/'s$/, ""],
];

function words(clause: string): string[] {
  return clause
    .replace(/[^\p{L}\p{N}'\s-]/gu, " ")
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

// Negation raised away from its verb in English: "I don't think I can", "I'm not sure I want to".
const NEG_RAISING =
  /\b(?:do|did) not (?:think|believe|feel like|reckon) (?:that )?i (can|could|will|would|want|am)\b|\b(?:am )?not sure (?:if |whether |that )?i (can|could|will|would|want|am)\b/g;
const RAISED: Record<string, string> = { can: "can not", could: "could not", will: "will not", would: "would not", want: "do not want", am: "am not" };

/** The canonical English form of one clause: words separated by single spaces. */
export function normaliseEnglish(clause: string): string {
  const out: string[] = [];
  for (let w of words(clause)) {
    w = shortenRepeats(w);
    const mapped = EN_WORDS[w] ?? EN_WORDS[w.replace(/'/g, "")];
    if (mapped !== undefined) {
      out.push(mapped);
      continue;
    }
    const suffix = EN_SUFFIXES.find(([re]) => re.test(w));
    if (suffix) w = w.replace(suffix[0], suffix[1]);
    w = w.replace(/'/g, "");
    out.push(
      ...w
        .split(/\s+|-/)
        .filter(Boolean)
        .map((x) => correctTypo(restoreDroppedG(x))),
    );
  }
  return (
    spokenEnglish(out.join(" "))
      .replace(/\bmy self\b/g, "myself")
      .replace(NEG_RAISING, (_m, a?: string, b?: string) => `i ${RAISED[a ?? b ?? ""]}`)
      .replace(/\bi think i /g, "i ")
      // "I'm the one who wants to disappear": the writer, not someone else.
      .replace(/\bi am (?:now )?(?:the one|the only one) (?:who|that) /g, "i ")
  );
}

/** The canonical French form of one clause: elisions split, typos of key words corrected. */
export function normaliseFrench(clause: string): string {
  const out: string[] = [];
  for (let w of words(clause)) {
    w = shortenRepeats(w);
    const chat = FR_CHAT[w];
    if (chat) {
      out.push(chat);
      continue;
    }
    // Chat spelling without the apostrophe: "jveux", "jpense", "jsuis".
    if (/^j[bcdfghjklmnpqrstvwxz]\p{L}{2,}$/u.test(w)) w = `j'${w.slice(1)}`;
    const elided = w.match(/^(j|m|t|s|n|l|d|qu|c)'(.+)$/);
    if (elided) {
      out.push({ j: "je", m: "me", t: "te", s: "se", n: "ne", l: "le", d: "de", qu: "que", c: "ce" }[elided[1]!]!);
      w = elided[2]!;
    }
    out.push(...w.replace(/'/g, " ").split(/\s+|-/).filter(Boolean).map(correctTypo));
  }
  return regionalFrench(out.join(" "));
}

const EN_MARKERS = new Set("the and i you to is of in it my that was for with not but me have be this we she he her they at on so just what".split(" "));
const FR_MARKERS = new Set(
  "le la les et je tu il elle de des un une est pas que qui ne en mon ma mes pour avec sur suis ai au du ce plus tout moi me se j m n l d qu c y nous vous on mais".split(
    " ",
  ),
);

/** Which languages a sentence is in, by its small words; both when it cannot tell. */
export function languagesOf(sentence: string, hint?: string): Array<"en" | "fr"> {
  let en = 0;
  let fr = 0;
  for (const w of sentence.split(/[^\p{L}]+/u)) {
    if (EN_MARKERS.has(w)) en++;
    if (FR_MARKERS.has(w)) fr++;
  }
  if (en > fr) return ["en"];
  if (fr > en) return ["fr"];
  if (hint === "en" || hint === "fr") return [hint];
  return ["en", "fr"];
}
