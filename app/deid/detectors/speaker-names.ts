/**
 * People as callers and hurried writers name them (blind batch 17):
 *  - a caller introducing themselves: "This is Thu Trang Nguyen, I'm his daughter", "c'est Réjean Girard, le mari"
 *    (not "This is Ward 5," nor "It's Monday,");
 *  - a title typed in lower case in a line that otherwise uses capitals: "the stroke neurologist, dr farah haddad;"
 *    (the truecaser reads only lines typed in one case); the words after it are listed names, no frequent word;
 *  - a capitalised word after "with", "by" or "and" that a relative clause about a person follows: "a guide for HCSWs
 *    with Bethan, who was keen to help" (not a listed place).
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { unionOf } from "../lang/index";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { lowerSameLength } from "../util";
import { slotCollector } from "./slot-collector";

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const SELF_INTRO = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]his[ \t]+is|[Ii]t['’]s|[Cc]['’]est|[Mm]y[ \t]+name[ \t]+is|[Jj]e[ \t]+m['’]appelle)[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3})(?=[ \t]*,|[ \t]+(?:from|calling|speaking|here|de|du|à|I['’]m|je)(?![\p{L}]))`,
  "gu",
);
const LOWER_TITLE = /(?<![\p{L}.])(?:dr|mr|mrs|ms|prof)\.?[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]+)(?:[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]+))?(?![\p{L}])/gu;
const WHO_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:with|by|and|from)[ \t]+(${NAME_WORD}),[ \t]+who(?![\p{L}])`, "gu");

let notNames: Set<string> | null = null;
/** Months, weekdays and titles: capitalised words that name no one. */
function calendarWords(): Set<string> {
  if (notNames) return notNames;
  notNames = new Set([...unionOf("months"), ...unionOf("weekdays"), ...unionOf("titles")].map((w) => lowerSameLength(w.replace(/\.$/u, ""))));
  return notNames;
}

export function detectSpeakerNames(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const { out, add, group } = slotCollector();
  const { firstNames, surnames, commonWords, notNames: neverNames } = getNames();
  const { places } = getGazetteer();
  const plain = (w: string) => {
    const l = lowerSameLength(w);
    return commonWords.has(l) || calendarWords().has(l) || neverNames.has(w) || isClinicalWord(w) || isClinicalShorthand(l);
  };
  for (const m of text.matchAll(SELF_INTRO)) {
    const words = m[1].split(/[ \t]+/u);
    // A name: its last word is no ordinary word ("This is Ward 5," is a place on the phone).
    if (plain(words[words.length - 1]) || places.has(m[1])) continue;
    add(...group(m), "PERSON", 0.8, 72, "person-self-intro");
  }
  if (/(?:dr|mr|mrs|ms|prof)\.?[ \t]+\p{Ll}/u.test(text)) {
    for (const m of text.matchAll(LOWER_TITLE)) {
      if (uncasedAt(m.index!)) continue;
      const listed = (w: string) => (firstNames.has(w) || surnames.has(w)) && !plain(w);
      if (!listed(m[1])) continue;
      const [s] = group(m);
      const e = m[2] && listed(m[2]) ? m.index! + m[0].length : s + m[1].length;
      add(s, e, "PERSON", 0.75, 72, "person-lower-title");
    }
  }
  for (const m of text.matchAll(WHO_AFTER)) {
    if (plain(m[1]) || places.has(m[1])) continue;
    add(...group(m), "PERSON", 0.7, 66, "person-who-after");
  }
  return out;
}
