/**
 * Places in notes typed in one case, where the truecaser cannot tell a town from its words:
 *  - a town of two or three words after a word that takes a place ("lives in glen burnie", "CALLED FROM OCEAN CITY",
 *    "moved to silver spring"): each word is an ordinary word, so the line's capitals were lowered, and the
 *    gazetteer, which reads capitals, never saw the name. A name of several words is rarely a phrase of the note
 *    ("in good spirits" is no town), so the place word before it is the only cue asked for;
 *  - a facility named in brackets after the outside hospital's shorthand ("OSH (Suburban)", "outside hospital
 *    (st agnes)"), in any case, when none of its words is shorthand or a frequent word ("OSH (see below)").
 * A span any word of which is clinical shorthand ("in ns") is left.
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { headScanner } from "../util";
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
