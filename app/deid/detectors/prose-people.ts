/**
 * People in prose and in notes typed in lower case (blind batch 19), each a form that text nobody here wrote uses too:
 *  - a person named in brackets after their role: "the RN (Summer) documented", "our interpreter (Bashir)";
 *  - a full name after a role phrase: "nurse educator Pip Hendry", "social worker Tui Marsden" (the surname a listed
 *    name that is no frequent word, or a word of no list);
 *  - a nickname in brackets after a titled name: "Mr. Lau Kwok-Wing (Frank)", "Mrs Adaeze Obi (Ada)";
 *  - a two-letter surname after a title: "Mr. Ho", "Ms Ng", "Dr Wu" (a listed surname, no English short word);
 *  - an enrolled nurse listed after another staff member ("sr zungu and en patience signing off") and a French nurse's
 *    abbreviation before a name in lower case ("ide yann-vari le gall", "iade morgane");
 *  - a name given by "s'appelle" or "called": "(elle s'appelle dihia)", "she's called Marguerite".
 */
import { isClinicalWord } from "../clinical";
import { frenchWords, getNames } from "../dictionaries";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { lowerSameLength } from "../util";
import { slotCollector } from "./slot-collector";

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
const LOW = String.raw`\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{Ll}[\p{Ll}\p{M}'’]+)?`;
const ROLE =
  "(?:RN|EN|RM|NP|HCA|HCSW|CNA|LPN|nurse|midwife|doctor|registrar|resident|intern|consultant|physio|physiotherapist|OT|carer|caregiver|aide|porter|pharmacist|paramedic|interpreter|chaplain|social[ \\t]+worker|educator|infirmière|infirmier|aide-soignante?|sage-femme|interne|médecin)";
const ROLE_BRACKET = new RegExp(String.raw`(?<![\p{L}])(?:the|our|her|his|my|their|a|an|la|le|l['’])[ \t]+${ROLE}[ \t]*\((${CAP})\)`, "gu");
const ROLE_PHRASE = new RegExp(
  String.raw`(?<![\p{L}])(?:nurse|clinical|charge|practice|patient|family|ward|unit|midwife|midwifery)[ \t]+(?:educator|manager|coordinator|co-ordinator|specialist|navigator|facilitator|advocate|liaison|lead|consultant|practitioner|unit[ \t]+manager)[ \t]+(${CAP})[ \t]+(${CAP})(?![\p{L}\p{M}])`,
  "gu",
);
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|M)\.?`;
const NICKNAME = new RegExp(String.raw`(?<![\p{L}])${TITLE}[ \t]+${CAP}(?:[ \t]+${CAP}){0,3}[ \t]*\((${CAP})\)`, "gu");
const SHORT_SURNAME = new RegExp(String.raw`(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(\p{Lu}\p{Ll})(?![\p{L}\p{M}'’-])`, "gu");
const SHORT_WORDS = new Set("am an as at be by do go he if in is it me my no of oh on or so to up us we".split(" "));
/** Lower case, as typed: a staff member, "and", then "en" and a name. */
const EN_AFTER_STAFF = new RegExp(
  String.raw`(?<![\p{L}])(?:sr|sister|rn|en|cn|cnm|hca|dr|nurse)[ \t]+${LOW}[ \t]+(?:and|&)[ \t]+en[ \t]+(${LOW})(?![\p{L}\p{M}])`,
  "gu",
);
const FRENCH_NURSE = new RegExp(
  String.raw`(?<![\p{L}])(?:ide|iade|ibode|ipde)[ \t]+(${LOW}(?:[ \t]+(?:(?:le|la|de|du|van|ben)[ \t]+)?${LOW})?)(?=[ \t]*[,;:)(]|[ \t]*$)`,
  "gmu",
);
const CALLED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:elle|il)[ \t]+s['’]?appelle|(?:she|he)(?:['’]s|[ \t]+is)[ \t]+called)[ \t]+(\p{L}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)?)`,
  "giu",
);

export function detectProsePeople(text: string, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  const { firstNames, surnames, wordRank, notNames } = getNames();
  const clinical = (w: string) => isClinicalWord(w) || isClinicalShorthand(lowerSameLength(w)) || notNames.has(w);
  const listed = (w: string) => firstNames.has(lowerSameLength(w)) || surnames.has(lowerSameLength(w));
  const rare = (w: string) => (wordRank.get(lowerSameLength(w)) ?? Infinity) >= 2000;
  const unknown = (w: string) => !knownWords().has(lowerSameLength(w));
  for (const m of text.matchAll(ROLE_BRACKET)) {
    if (clinical(m[1]) || !(listed(m[1]) || unknown(m[1]))) continue;
    add(...group(m), "PERSON", 0.75, 70, "person-role-bracketed");
  }
  for (const m of text.matchAll(ROLE_PHRASE)) {
    if (clinical(m[1]) || clinical(m[2])) continue;
    if (!((listed(m[2]) && rare(m[2])) || unknown(m[2]))) continue;
    const [s] = group(m, 1);
    add(s, m.index! + m[0].length, "PERSON", 0.75, 70, "person-role-phrase");
  }
  for (const m of text.matchAll(NICKNAME)) {
    if (clinical(m[1]) || !(firstNames.has(lowerSameLength(m[1])) || unknown(m[1]))) continue;
    add(...group(m), "PERSON", 0.75, 70, "person-bracket-nickname");
  }
  for (const m of text.matchAll(SHORT_SURNAME)) {
    const l = lowerSameLength(m[1]);
    if (SHORT_WORDS.has(l) || !surnames.has(l)) continue;
    add(...group(m), "PERSON", 0.75, 72, "person-short-surname");
  }
  // Read as typed: the truecaser may capitalise a lower-case note's first word.
  for (const m of original.matchAll(EN_AFTER_STAFF)) {
    if (clinical(m[1]) || !(listed(m[1]) || unknown(m[1]))) continue;
    add(...group(m), "PERSON", 0.7, 70, "person-enrolled-nurse");
  }
  for (const m of original.matchAll(FRENCH_NURSE)) {
    const words = m[1].split(/[ \t]+/u);
    // "ide de nuit", "ide du matin": a French word is the shift, not a name.
    if (words.some((w) => clinical(w)) || !(firstNames.has(words[0]) || (unknown(words[0]) && !frenchWords().has(words[0])))) continue;
    add(...group(m), "PERSON", 0.7, 70, "person-french-nurse");
  }
  for (const m of text.matchAll(CALLED)) {
    if (clinical(m[1]) || !(listed(m[1]) || unknown(m[1]) || rare(m[1]))) continue;
    add(...group(m), "PERSON", 0.75, 70, "person-called");
  }
  return out;
}
