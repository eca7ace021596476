/**
 * Towns and cities misspelt after a place word ("grew up in Christchruch", "works in Wellingotn",
 * "FAMILY IN BALTMORE"): one letter wrong, missing, extra or swapped from a known town of 50,000 people
 * or more. Only words no word list knows are tried, so "in Hamilton" stays exact and "in Bolton" is not
 * taken for "Boston".
 */
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";

const MIN_POPULATION = 50000;
const MIN_LENGTH = 6;
const AFTER_PLACE_WORD = /(?<![\p{L}])(?:in|from|near|to|at|à|de|vers)[ \t]+(\p{L}[\p{L}'’-]{5,})(?![\p{L}])/giu;

let index: Map<string, string> | null = null;

/** The word with one letter left out at each position (and the word itself). */
function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Deletion neighbourhood of every large single-word town: a key shared by two words means one edit apart. */
function fuzzyIndex(): Map<string, string> {
  if (index) return index;
  const gaz = getGazetteer();
  index = new Map();
  for (const [name, pop] of gaz.places) {
    if (pop < MIN_POPULATION || name.length < MIN_LENGTH || /[\s.]/.test(name)) continue;
    const key = name.toLowerCase();
    for (const d of deletions(key)) if (!index.has(d)) index.set(d, name);
  }
  return index;
}

/** One edit apart (substitution, insertion, deletion or adjacent swap), checked exactly. */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}

export function detectMisspeltPlaces(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const gaz = getGazetteer();
  for (const m of text.matchAll(AFTER_PLACE_WORD)) {
    const word = m[1];
    const s = m.index! + m[0].length - word.length;
    // In a cased sentence a lower-case unknown word is more often a misspelt ordinary word.
    if (!/^\p{Lu}/u.test(word) && !uncasedAt(s)) continue;
    const key = word.toLowerCase();
    if (knownWords().has(key) || isClinicalShorthand(key) || gaz.places.has(word)) continue;
    const idx = fuzzyIndex();
    const town = deletions(key)
      .map((d) => idx.get(d))
      .find((t) => t !== undefined && oneEdit(key, t.toLowerCase()));
    if (!town) continue;
    out.push({ start: s, end: s + word.length, type: "LOCATION", confidence: 0.5, priority: 54, source: "place-misspelt" });
  }
  return out;
}
