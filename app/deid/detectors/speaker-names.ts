/**
 * People as callers and hurried writers name them (blind batch 17):
 *  - a caller introducing themselves: "This is Thu Trang Nguyen, I'm his daughter", "c'est Réjean Girard, le mari"
 *    (not "This is Ward 5," nor "It's Monday,");
 *  - a title typed in lower case in a line that otherwise uses capitals: "the stroke neurologist, dr farah haddad;"
 *    (the truecaser reads only lines typed in one case; read as typed, before it capitalises the first word); the words
 *    after it are listed names, no frequent word, or a given name that is a word before a listed surname;
 *  - a patient in a handover typed in lower case (the title as written), by the slot of a title, a name and an age: "bed 14 - ms mercy obi, 52 -",
 *    "mr delacroix, earl "bubba" 67 -" (session 10: the name need not be listed; the words are no frequent word);
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
/** In any case: the truecaser may have given the capitals of a note typed in lower case. */
const LOWER_WORD = String.raw`\p{L}[\p{Ll}\p{M}'’-]+`;
/** A title, a name in lower case, its given name after a comma, a nickname in quotes, then an age ending the slot. */
const TITLE_NAME_AGE = new RegExp(
  String.raw`(?<![\p{L}.])(?:mr|mrs|ms|miss|mx|mme|mlle)\.?[ \t]+(${LOWER_WORD}(?:[ \t]+${LOWER_WORD}){0,2})(?:,[ \t]*(${LOWER_WORD}))?(?:[ \t]+["“](${LOWER_WORD})["”])?[ \t]*,?[ \t]+(\d{1,3})(?:[ \t]?(?:yo|y\/o|y\.o\.|y|ans|[mf]))?(?=[ \t]*(?:[-–,;(]|\n|$))`,
  "giu",
);
const WHO_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:with|by|and|from)[ \t]+(${NAME_WORD}),[ \t]+who(?![\p{L}])`, "gu");

let notNames: Set<string> | null = null;
/** Months, weekdays and titles: capitalised words that name no one. */
function calendarWords(): Set<string> {
  if (notNames) return notNames;
  notNames = new Set([...unionOf("months"), ...unionOf("weekdays"), ...unionOf("titles")].map((w) => lowerSameLength(w.replace(/\.$/u, ""))));
  return notNames;
}

export function detectSpeakerNames(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
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
  // As typed: the truecaser capitalises the first word after a lower-case title ("dr farah haddad" -> "Dr Farah haddad").
  if (/(?:dr|mr|mrs|ms|prof)\.?[ \t]+\p{Ll}/u.test(original)) {
    for (const m of original.matchAll(LOWER_TITLE)) {
      if (uncasedAt(m.index!)) continue;
      const listed = (w: string) => (firstNames.has(w) || surnames.has(w)) && !plain(w);
      // A given name that is also a word ("farah", "hope") counts before a listed surname ("dr farah haddad").
      const both = !!m[2] && listed(m[2]) && (listed(m[1]) || (firstNames.has(m[1]) && surnames.has(m[2])));
      if (!listed(m[1]) && !both) continue;
      const [s] = group(m);
      const e = both ? m.index! + m[0].length : s + m[1].length;
      add(s, e, "PERSON", 0.75, 72, "person-lower-title");
    }
  }
  if (/(?:mr|ms|mx|mme|mlle|miss)\.?[ \t]+\p{L}/iu.test(text)) {
    const { wordRank } = getNames();
    for (const m of text.matchAll(TITLE_NAME_AGE)) {
      // Typed in lower case (as the hand wrote it, before the truecaser): a cased note's names have their own rules.
      if (!/^(?:mr|mrs|ms|miss|mx|mme|mlle)/u.test(original.slice(m.index!, m.index! + 4))) continue;
      // An adult's age, as the title says: "mr x, 2 -" counts something else.
      if (+m[4] < 16 || +m[4] > 115) continue;
      // Names, not a clause: no very frequent word ("mr smith is in pain, 45") and no clinical word among them.
      const words = [m[1], ...(m[2] ? [m[2]] : []), ...(m[3] ? [m[3]] : [])].flatMap((w) => w.split(/[ \t]+/u));
      if (
        words.some(
          (w) =>
            /^(?:aged?|âgée?|born|née?)$/iu.test(w) ||
            (wordRank.get(lowerSameLength(w)) ?? Infinity) < 400 ||
            isClinicalWord(w) ||
            isClinicalShorthand(lowerSameLength(w)),
        )
      )
        continue;
      for (let k = 1; k <= 3; k++) if (m[k]) add(...group(m, k), "PERSON", 0.75, 72, "person-title-name-age");
    }
  }
  for (const m of text.matchAll(WHO_AFTER)) {
    if (plain(m[1]) || places.has(m[1])) continue;
    add(...group(m), "PERSON", 0.7, 66, "person-who-after");
  }
  return out;
}
