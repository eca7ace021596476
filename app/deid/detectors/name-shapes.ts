/**
 * People named in shapes the other name rules do not read:
 *  - a name in capitals inside a line the writer otherwise types in mixed case, after a title, a role or
 *    kin word: "Sister MABENA shouted", "(Veteran HOLLIS)", "My mother MAMOKGETHI DLAMINI was";
 *  - a name in capitals set before its age, as handovers write it: "I: DOUGLAS WAYNE PRICHARD, 91, from";
 *  - a family named in the plural: "met the Brennans (his sisters)", "the Oyelarans", "the Conneelys'
 *    son" (a surname, or a word no list knows, never a place, a people or a word: "the Americans", "the
 *    Nurses" stay).
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { isUnknownWord } from "./slots";

const CAPS_WORD = String.raw`\p{Lu}{3,}(?:[-'’]\p{Lu}{2,})*`;
const CUE_CAPS = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ss]ister|[Bb]rother|[Vv]eteran|[Pp]astor|[Nn]urse|[Mm]other|[Ff]ather|[Dd]aughter|[Ss]on|[Ww]ife|[Hh]usband|[Pp]artner|[Gg]ranny|[Gg]randmother|[Gg]randfather|[Aa]unt|[Uu]ncle|[Rr]oommate|[Rr]esident|[Pp]atient|Mr|Mrs|Ms|Miss|Dr|Rev|Mme|Mlle|Madame|Monsieur)\.?[ \t]+(${CAPS_WORD}(?:[ \t]+${CAPS_WORD}){0,2})(?![\p{L}])`,
  "gu",
);
const CAPS_BEFORE_AGE = new RegExp(String.raw`(?<![\p{L}])(${CAPS_WORD}(?:[ \t]+${CAPS_WORD}){1,3}),[ \t]*\d{1,3}[ \t]*(?:yo|y\.o\.|F|M|ans)?[ \t]*[,(]`, "gu");
const PLURAL_FAMILY = /(?<![\p{L}])(?:the|The)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)s(?!['’]?[\p{L}])(?![ \t]+\p{Lu})/gu;

export function detectNameShapes(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const { surnames, firstNames, wordRank } = getNames();
  const words = knownWords();
  const { places, regions } = getGazetteer();
  const nameWord = (w: string) => {
    const l = w.toLowerCase();
    if (isClinicalShorthand(l) || isClinicalWord(w)) return false;
    return surnames.has(l) || firstNames.has(l) || !words.has(l);
  };
  for (const m of text.matchAll(CUE_CAPS)) {
    // In a line typed all in capitals every word looks like this: there the truecaser has read it already.
    if (uncasedAt(m.index!)) continue;
    const parts = m[1].split(/[ \t]+/);
    let k = 0;
    while (k < parts.length && nameWord(parts[k])) k++;
    // "son NAM TREM …" is French ("his"): three capitals first are more often a label than a name.
    if (k === 0 || parts[0].length < 4) continue;
    const s = m.index! + m[0].length - m[1].length;
    out.push({ start: s, end: s + parts.slice(0, k).join(" ").length, type: "PERSON", confidence: 0.75, priority: 71, source: "person-caps-after-cue" });
  }
  for (const m of text.matchAll(CAPS_BEFORE_AGE)) {
    const parts = m[1].split(/[ \t]+/);
    if (uncasedAt(m.index!) || !parts.every(nameWord) || !parts.some((w) => firstNames.has(w.toLowerCase()))) continue;
    out.push({ start: m.index!, end: m.index! + m[1].length, type: "PERSON", confidence: 0.75, priority: 71, source: "person-caps-before-age" });
  }
  for (const m of text.matchAll(PLURAL_FAMILY)) {
    if (uncasedAt(m.index!)) continue;
    const stem = m[1];
    const l = stem.toLowerCase();
    const plural = `${stem}s`;
    if (places.has(plural) || regions.has(plural) || words.has(plural.toLowerCase()) || isClinicalWord(plural) || isClinicalWord(stem)) continue;
    // A surname that is no frequent word ("Brennan", not "Brown" or "Doctor"), or a word no list knows.
    const surname = surnames.has(l) && (wordRank.get(l) ?? Infinity) > 3000;
    if (!surname && !isUnknownWord(stem)) continue;
    const s = m.index! + m[0].length - plural.length;
    out.push({ start: s, end: s + plural.length, type: "PERSON", confidence: 0.7, priority: 66, source: "person-family-plural" });
  }
  return out;
}
