/**
 * Staff named by a surname that is also a word, in notes typed in one case ("NP WOOD NOTIFIED", "discussed
 * with hall", "HUNT RN COVERING"). Read lower-cased, such a surname looks like any word, so it counts only
 * where a person sits:
 *  - after a role abbreviation or a word of handing over ("np", "md", "ho", "sw", "cna", "charge", "paged", "d/w",
 *    "discussed with", "report given to", "covering for"), ending the clause or before a time ("CHARGE REYES 0415");
 *  - before a credential and a word of what the person does ("hunt rn covering", "bell np aware").
 * The word must be in the surname or first-name lists and not among the 1,000 most frequent words
 * ("md will follow", "rn to call" stay words), nor a role, a shift or a unit ("charge rn", "night rn").
 * Capitalised text is left to the other detectors, which can read the capitals.
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { openingScanner } from "../util";

const WORD = String.raw`(\p{L}[\p{L}'’-]*\p{L})`;
/** After a role abbreviation the word must end the clause or be followed by what the person does ("by md warm soak" is a soak). */
const ROLE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\/])(?:np|rn|md|ho|sw|pcp|attending|resident|fellow|intern|cna|lpn|hca|charge)[ \t]+${WORD}(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?![\d:])|[ \t]+(?:aware|notified|paged|updated|called|here|in|at|will|said|states?|came|saw|to[ \t]+see)(?![\p{L}]))`,
  "dgiu",
);
const HANDOVER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\/])(?:paged|d\/w|discussed[ \t]+(?:with|w\/)|spoke[ \t]+(?:with|to|w\/)|talked[ \t]+(?:to|with)|report[ \t]+(?:given[ \t]+)?to|covering[ \t]+for|signed[ \t]+out[ \t]+to|handed[ \t]+(?:off|over)[ \t]+to)[ \t]+${WORD}(?![\p{L}])`,
  "dgiu",
);
/** A name, a credential and what the person does, at the start of a clause ("HUNT RN COVERING"; not "U/O LOW MD AWARE"). */
const CREDENTIAL_AFTER = new RegExp(
  String.raw`(?:^|(?<=[.;:\n][ \t]{0,3}))${WORD}[ \t]+(?:rn|np|md)[ \t,]+(?:covering|aware|notified|updated|paged|here|in|at|to|called|will|came|saw|placed|drew|said|states?)(?![\p{L}])`,
  "dgimu",
);
const NOT_A_NAME = new Set(
  (
    "charge primary day night evening float travel travelling staff covering resource agency unit floor ccu micu sicu " +
    "icu er ed or pacu nurse nursing team service house on-call call oncoming outgoing new prior previous same other " +
    "this that the a an and or to of in at by for with from was is will aware notified paged note notes order orders"
  ).split(" "),
);

function personWord(word: string): boolean {
  const l = word.toLowerCase();
  if (NOT_A_NAME.has(l) || isClinicalShorthand(l) || isClinicalWord(word)) return false;
  const { surnames, firstNames, wordRank, notNames } = getNames();
  if (notNames.has(l[0].toUpperCase() + l.slice(1))) return false;
  return (surnames.has(l) || firstNames.has(l)) && (wordRank.get(l) ?? Infinity) >= 1000;
}

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const SCANNERS = new Map([ROLE_BEFORE, HANDOVER_BEFORE].map((re) => [re, openingScanner(re)]));

export function detectNoteNames(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [ROLE_BEFORE, HANDOVER_BEFORE, CREDENTIAL_AFTER]) {
    for (const m of SCANNERS.get(re)?.(text) ?? text.matchAll(re)) {
      const s = m.indices![1][0];
      if (!uncasedAt(s) || !personWord(m[1])) continue;
      out.push({ start: s, end: s + m[1].length, type: "PERSON", confidence: 0.5, priority: 56, source: "person-note-slot" });
    }
  }
  return out;
}
