/**
 * Places in notes typed in one case, where the truecaser cannot tell a town from its words:
 *  - a town of two or three words after a word that takes a place ("lives in glen burnie", "CALLED FROM OCEAN CITY",
 *    "moved to silver spring"): each word is an ordinary word, so the line's capitals were lowered, and the
 *    gazetteer, which reads capitals, never saw the name. A name of several words is rarely a phrase of the note
 *    ("in good spirits" is no town), so the place word before it is the only cue asked for;
 *  - a facility named in brackets after the outside hospital's shorthand ("OSH (Suburban)", "outside hospital
 *    (st agnes)"), in any case, when none of its words is shorthand or a frequent word ("OSH (see below)").
 * A span any word of which is clinical shorthand ("in ns") is left. `uncasedFacilities` (called by places.ts) reads a
 * facility word in such a line ("UNION HOSPITAL", "sacred heart hosp") with the name words before it.
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { headScanner, prevWord } from "../util";
import { slotCollector } from "./slot-collector";

const PLACE_CUE = /(?<![\p{L}])(?:in|from|to|near|outside|around|towards?|via|visiting)[ \t]+(?=\p{L})/giu;
const WORD = /^[\p{L}][\p{L}\p{M}'’.-]*/u;
const OUTSIDE_HOSPITAL =
  /(?<![\p{L}])(?:osh|outside[ \t]+hosp(?:ital|\.)?|other[ \t]+hospital)[ \t]*\([ \t]*((?:st\.?[ \t]+)?[\p{L}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,3})[ \t]*\)/giu;
const scanOutside = headScanner(OUTSIDE_HOSPITAL, String.raw`(?:osh|outside[ \t]+hosp|other[ \t]+hospital)`);

const titleCase = (w: string) => w[0].toUpperCase() + w.slice(1).toLowerCase();
const shorthand = (w: string) => isClinicalShorthand(w.toLowerCase().replace(/\.$/u, "")) || isClinicalWord(w);

export function detectUncasedPlaces(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const { out, add, group } = slotCollector();
  const places = getGazetteer().places;
  for (const m of text.matchAll(PLACE_CUE)) {
    const s = m.index! + m[0].length;
    if (!uncasedAt(s)) continue;
    // Up to three words joined by one space each.
    const words: string[] = [];
    let at = s;
    while (words.length < 3) {
      const w = WORD.exec(text.slice(at, at + 40));
      if (!w) break;
      words.push(w[0].replace(/[.]$/u, ""));
      at += w[0].length;
      if (text[at] !== " ") break;
      at++;
    }
    for (let n = words.length; n >= 2; n--) {
      const parts = words.slice(0, n);
      const name = parts.map(titleCase).join(" ");
      if (!places.has(name) || parts.some(shorthand)) continue;
      add(s, s + parts.join(" ").length, "LOCATION", 0.65, 60, "uncased-town");
      break;
    }
  }
  if (/osh|outside|other/iu.test(text)) {
    const { wordRank } = getNames();
    for (const m of scanOutside(text)) {
      // A name, not a remark: no word of it is shorthand or one of the thousand most frequent words ("(see below)").
      const words = m[1].split(/[ \t]+/u).map((w) => w.replace(/\.$/u, ""));
      if (words.some((w) => shorthand(w) || (!/^st$/iu.test(w) && (wordRank.get(w.toLowerCase()) ?? Infinity) < 1000))) continue;
      add(...group(m), "FACILITY", 0.7, 66, "facility-outside-named");
    }
  }
  return out;
}

/** A facility word in a note typed without capitals: "UNION HOSPITAL", "sacred heart hosp", "harford memorial". */
const UNCASED_HEAD =
  /(?<![\p{L}])(?:hospital|hosp\.?|memorial|regional|medical cent(?:er|re)|med\.? ctr|rehab|rehabilitation cent(?:er|re)|nursing home|health cent(?:er|re)|infirmary|clinic)(?![\p{L}])/giu;
const UNCASED_STOP = new Set(
  "the a an to from at in on of by for and or with was were is are pt pt's patient his her their our local this that home same outside another other previous prior".split(
    " ",
  ),
);

/** `isGeneric(word)`: a facility name's generic word ("Hospital", "Memorial"), asked in title case. */
export function uncasedFacilities(
  text: string,
  uncasedAt: (pos: number) => boolean,
  isGeneric: (word: string) => boolean,
  add: (s: number, e: number) => void,
): void {
  const generic = (w: string) => isGeneric(w[0].toUpperCase() + w.slice(1).toLowerCase());
  const { wordRank } = getNames();
  const places = getGazetteer().places;
  const dict = knownWords();
  for (const m of text.matchAll(UNCASED_HEAD)) {
    if (!uncasedAt(m.index!)) continue;
    // "rehab" and "clinic" follow verbs and adverbs too ("awaiting rehab"): there the name must be no ordinary word.
    const loose = /^(?:rehab|clinic)/i.test(m[0]);
    let s = m.index!;
    let words = 0;
    let specificWords = 0;
    for (let w = prevWord(text, s); w && words < 3; w = prevWord(text, w.start)) {
      const lw = w.word.toLowerCase().replace(/[.,]$/, "");
      if (UNCASED_STOP.has(lw) || /\d/.test(lw) || isClinicalShorthand(lw) || w.word.endsWith(",")) break;
      s = w.start;
      words++;
      const frequent = (wordRank.get(lw) ?? Infinity) < 1500;
      const isPlace = places.has(w.word[0].toUpperCase() + w.word.slice(1).toLowerCase());
      if (!generic(lw) && !frequent && lw.length > 2 && (!loose || !dict.has(lw) || isPlace)) specificWords++;
    }
    if (specificWords > 0) add(s, m.index! + m[0].length);
  }
}
