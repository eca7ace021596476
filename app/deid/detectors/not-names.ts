/**
 * Findings that name no one and no place, dropped before and after resolution (blind batch 19's false findings, as
 * general rules):
 *  - "I'm", "I’d", "I'll", "I've": a pronoun's contraction is never a name;
 *  - a word for a people, a nationality or a language alone ("written in Welsh", "68, Haitian,", "interprète créole",
 *    "INTERPRETER (WARLPIRI)", "Mijn vader"; `lang/peoples.ts`), unless a title stands before it ("Mr Welsh") or a
 *    capitalised word it names with follows ("Czech Republic");
 *  - the head of a role title after its role word: "Clinical Nurse Leader", "Ward Manager", "Team Lead";
 *  - in a line typed in capitals, a one-word place that is also a French word, right after another French word that
 *    sets no place ("TOUX GRASSE" is a cough; "À GRASSE" stays a town);
 *  - in a line typed in mixed case, a word put in capitals for emphasis that is never a name ("la famille AVANT");
 *  - a greeting or sign-off ("Tēnā koe", "Talofa", "Groete", "Ngiyabonga"; `greetings.ts`, session 12).
 */
import { frenchWords, getNames } from "../dictionaries";
import { PEOPLES_AND_LANGUAGES } from "../lang/peoples";
import { dropGreetings } from "./greetings";
import { isRoleAdjective } from "./role-adjectives";
import type { Candidate } from "../types";
import { unionOf } from "../lang/index";
import { escapeRegex, lowerSameLength } from "../util";

const CONTRACTION = /^I['’](?:m|d|ll|ve)$/iu;
/** A title of either language pack right before the word ("Mr Welsh", "Sister Breton", "Mme Allemand"). */
let titleBefore: RegExp | null = null;
const TITLE_BEFORE = () =>
  (titleBefore ??= new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${[...new Set(unionOf("titles").map((t) => t.replace(/\.$/u, "")))].map(escapeRegex).join("|")})\.?[ \t]+$`,
    "u",
  ));
const ROLE_HEADS = /^(?:leader|lead|manager|coordinator|co-ordinator|director|educator|supervisor|officer|specialist|navigator|facilitator)$/iu;
const ROLE_BEFORE = /(?:^|[^\p{L}])(?:Nurse|Clinical|Team|Ward|Unit|Shift|Charge|Care|Practice|Service|Patient|Quality|Nursing|Site)[ \t]+$/u;
/** Words after which a town's name stands: "à", "de", "in", "from", "lives", a dash or a comma. */
const PLACE_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:à|a|au|aux|de|du|des|d['’]|en|vers|chez|sur|près|in|at|to|from|near|of|via|lives|habite|vit)[ \t]+$|[-–,:(/][ \t]*$|^\s*$/iu;

function dropped(text: string, c: Candidate, uncasedAt: (pos: number) => boolean): boolean {
  if (c.type !== "PERSON" && c.type !== "LOCATION") return false;
  const span = text.slice(c.start, c.end);
  if (c.type === "PERSON" && CONTRACTION.test(span)) return true;
  if (isRoleAdjective(text, c, uncasedAt)) return true;
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const lower = lowerSameLength(span);
  // Alone: not after a title ("Mr Welsh") nor before a capitalised word it names with ("Czech Republic").
  if (PEOPLES_AND_LANGUAGES.has(lower) && !TITLE_BEFORE().test(before) && !/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(c.end, c.end + 4))) return true;
  if (c.type === "PERSON" && ROLE_HEADS.test(span) && ROLE_BEFORE.test(before)) return true;
  if (!/^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(span)) return false;
  // A word in capitals: a capitals line's town that is a word after a word; a mixed-case line's emphasis.
  if (uncasedAt(c.start)) {
    if (c.type !== "LOCATION" || !frenchWords().has(lower)) return false;
    const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
    const lead = text.slice(Math.max(lineStart, c.start - 30), c.start);
    // A French word after another French word that sets no place: "TOUX GRASSE" (a cough), not "À GRASSE".
    const prev = /([\p{L}\p{M}'’-]+)[ \t]+$/u.exec(lead);
    return !!prev && frenchWords().has(lowerSameLength(prev[1])) && !PLACE_CUE_BEFORE.test(lead);
  }
  return c.type === "PERSON" && getNames().notNames.has(span[0] + lower.slice(1));
}

/** The candidates that name someone or somewhere (`uncasedAt`: whether a line was typed in one case). */
export function dropNonNames(text: string, cands: Candidate[], uncasedAt: (pos: number) => boolean): Candidate[] {
  return dropGreetings(text, cands).filter((c) => !dropped(text, c, uncasedAt));
}
