/**
 * How people are named in handovers, incident forms and family letters, beyond a title or a full name:
 *  - a first name and a surname's initial, before a role, a possessive or a comma ("wrote it up: Maricel D RN",
 *    "on Jordan P's shift");
 *  - an initial and a surname after a role, in a note typed in capitals ("RISK MGR L. SANDOVAL");
 *  - "SURNAME, FIRSTNAME" after the word for the patient, as record systems print it ("PT OKONJO, FESTUS");
 *  - a nickname in quotes inside a full name (`Albert "Bébert" Collignon`), and a nickname given with
 *    "called him", "known to all as", "on l'appelait" ("everyone called him Ashy");
 *  - a first name alone before a comma and a role, in a list of who was there ("Sian, theatre sister;").
 * Each reads a slot, not a list of the names themselves, so names no list knows are found too.
 */
import { isClinicalWord } from "../clinical";
import { englishWords, getNames } from "../dictionaries";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { lowerSameLength, openingScanner } from "../util";
import { isUnknownWord } from "./slots";
import { unionOf } from "../lang/index";

const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
const ROLE_AFTER = String.raw`(?:RN|EN|RPN|LPN|CNA|HCA|NP|MD|RM|SW|OT|PT|ODP|CNM|CNS|PCA|AIN|ASH|AS|IDE|nurse|midwife|registrar|resident|consultant|doctor)`;

/** "Maricel D RN", "Jordan P's shift", "Maricel D," : a first name, a capital initial, then a role, a possessive or a comma. */
const FIRST_INITIAL = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${NAME})[ \t]+(\p{Lu})\.?(?=['’]s(?![\p{L}])|[ \t]*,|[ \t]+${ROLE_AFTER}(?![\p{L}]))`, "gu");
/** A role before an initial and a surname: "RISK MGR L. SANDOVAL", "found by cna j. okafor". */
const ROLE_INITIAL_SURNAME =
  /(?<![\p{L}])(?:mgr|manager|supervisor|coordinator|director|rn|lpn|cna|np|md|dr|sw|pharmacist|charge|nurse)[ \t]+((\p{L})\.[ \t]*(\p{L}[\p{L}'’-]{2,}))(?![\p{L}])/dgiu;
/** "PT OKONJO, FESTUS", "Patient: Mbeki, Thandiwe": surname, comma, first name after the word for the patient. */
const PATIENT_SURNAME_FIRST =
  /(?<![\p{L}])(?:pt|patient|resident|client|name|nom|usager|usagère)[ \t]*[:.]?[ \t]+((\p{L}[\p{L}'’-]+),[ \t]*(\p{L}[\p{L}'’-]+))(?![\p{L}])/dgiu;
const ROLE_WORD = String.raw`(?:sister|nurse|midwife|registrar|consultant|surgeon|anaesthetist|anesthetist|physician|doctor|pharmacist|pharmacienne|pharmacien|porter|orderly|assistant|aide|manager|chaplain|interpreter|receptionist|clerk|physio|physiotherapist|technician|paramedic|infirmière|infirmier|aide-soignante|aide-soignant|sage-femme|interne|cadre|médecin|kinésithérapeute|ergothérapeute|psychologue|secrétaire)`;
/** "C. Bourgeois, pharmacienne", "T. Walsh, staff nurse": an initial and a surname before a comma and a role. */
const INITIAL_SURNAME_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’.-])\p{Lu}\.[ \t]?${NAME}(?=,[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,2}${ROLE_WORD}(?![\p{L}]))`,
  "gu",
);
/** "K. Nguyen / B. Steele", "J. Roa & T. Ihaka": two people named by initial and surname, side by side. */
const INITIAL_SURNAME_PAIR = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’.-])(\p{Lu}\.[ \t]?${NAME})[ \t]*(?:\/|&|and|et)[ \t]*(\p{Lu}\.[ \t]?${NAME})(?![\p{L}])`,
  "dgu",
);
/** In a note typed in one case, a title, a listed first name and the word after it: "(mr barry quinlivan)", "chez mme ghislaine paradis". */
const TITLE_FIRST_LAST = /(?<![\p{L}])(?:mr|mrs|ms|miss|mme|mlle|monsieur|madame)\.?[ \t]+((\p{L}[\p{L}'’-]+)[ \t]+(\p{L}[\p{L}'’-]+))(?![\p{L}])/dgiu;
/** `Albert "Bébert" Collignon`: a quoted nickname between a first name and a surname. */
const QUOTED_NICKNAME = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${NAME}[ \t]+["“«‘'][ \t]?${NAME}[ \t]?["”»’'][ \t]+${NAME}(?![\p{L}])`, "gu");
/** "everyone called him Ashy", "known to all as Bubba", "on l'appelait Mémé Gigi", "surnommée Titine". */
const NICKNAME_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:called[ \t]+(?:him|her|them)|calls[ \t]+(?:him|her|them)|known[ \t]+to[ \t]+(?:all|everyone|us|staff)[ \t]+as|on[ \t]+l['’]appel(?:ait|le)|surnommée?)[ \t]+["“«]?(${NAME}(?:[ \t]+${NAME})?)`,
  "gu",
);
/** "Sian, theatre sister;", "Tomasi, healthcare assistant,": a lone first name, a comma, then a role. */
const FIRST_COMMA_ROLE = new RegExp(
  String.raw`(?<=^|[;:(\n]|[;:,(][ \t]|[ \t]and[ \t])(\p{Lu}[\p{Ll}\p{M}'’]+),[ \t]+(?:the[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,2}${ROLE_WORD}(?![\p{L}])`,
  "gmu",
);

/** Words that follow a name in a sentence and are never its surname ("mme louise est", "mr john was"). */
const STOP_AFTER_NAME = new Set(
  "is was has had and or but who est a et qui avait était ont said says came went called will would can could did does to at in on from of for with by the le la les de du des au aux".split(
    " ",
  ),
);
/** The language packs' titles ("Mrs", "Mme", "Sister", "RN"): a title and an initial are already a pseudonym. */
const TITLES = new Set(unionOf("titles"));
/** Kin and address words that a nickname slot may hold without being a name ("called her Mum"). */
const FAMILY_WORDS = new Set(
  "mum mom mam mummy mommy dad daddy papa mama nana nan nanna gran granny grandma grandad grandpa pop poppa koro kui nonna nonno mémé pépé mamie papi papy tata tatie tonton sir madam love darling dear".split(
    " ",
  ),
);

/** A first name the lists hold, or a word no list knows ("Maricel", "Sian"): the slot says it is a name. */
function firstName(word: string): boolean {
  const l = lowerSameLength(word);
  if (isClinicalShorthand(l) || isClinicalWord(word)) return false;
  return getNames().firstNames.has(l) || isUnknownWord(word) || (!englishWords().has(l) && /^\p{L}{3,}$/u.test(word) && !getNames().notNames.has(word));
}
/** A word that can be a surname: one the lists hold as a name and no English word, or one no list knows. */
function surnameLike(word: string): boolean {
  const l = lowerSameLength(word);
  const { surnames, firstNames } = getNames();
  if (isClinicalShorthand(l) || isClinicalWord(word)) return false;
  return ((surnames.has(l) || firstNames.has(l)) && !englishWords().has(l)) || isUnknownWord(word);
}

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanPatientSurnameFirst = openingScanner(PATIENT_SURNAME_FIRST);
const scanRoleInitialSurname = openingScanner(ROLE_INITIAL_SURNAME);

export function detectNameForms(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, confidence: number, source: string) => out.push({ start, end, type: "PERSON", confidence, priority: 66, source });

  for (const m of text.matchAll(FIRST_INITIAL)) {
    // "Vitamin D", "Hepatitis B", "Plan B's": the first word must be a first name, written as one.
    // "Mrs A", "Mme Y.": a title and an initial are already a pseudonym.
    if (uncasedAt(m.index!) || TITLES.has(m[1]) || !firstName(m[1])) continue;
    push(m.index!, m.index! + m[0].length, 0.75, "person-first-initial");
  }
  for (const m of scanRoleInitialSurname(text)) {
    if (surnameLike(m[3])) push(m.indices![1][0], m.indices![1][1], 0.75, "person-role-initial");
  }
  for (const m of scanPatientSurnameFirst(text)) {
    // The second word must be a first name; the first no ordinary word ("Pt stable, alert").
    // In a note typed in one case, misspellings abound ("pt anueric, crfailure"): the first name must be a listed one.
    const listed = getNames().firstNames.has(lowerSameLength(m[3]));
    const written = uncasedAt(m.index!) ? listed : /^\p{Lu}/u.test(m[2]) && /^\p{Lu}/u.test(m[3]) && firstName(m[3]);
    if (written && surnameLike(m[2])) push(m.indices![1][0], m.indices![1][1], 0.8, "person-surname-first");
  }
  for (const m of text.matchAll(INITIAL_SURNAME_ROLE)) push(m.index!, m.index! + m[0].length, 0.75, "person-initial-role");
  for (const m of text.matchAll(INITIAL_SURNAME_PAIR)) {
    for (const g of [1, 2]) push(m.indices![g][0], m.indices![g][1], 0.75, "person-initial-pair");
  }
  for (const m of text.matchAll(TITLE_FIRST_LAST)) {
    // Where the title itself is written in lower case, the writer does not capitalise names either.
    if (
      !(uncasedAt(m.index!) || /^\p{Ll}/u.test(m[0])) ||
      !getNames().firstNames.has(lowerSameLength(m[2])) ||
      (!surnameLike(m[3]) && !getNames().surnames.has(lowerSameLength(m[3])))
    )
      continue;
    if (STOP_AFTER_NAME.has(lowerSameLength(m[3]))) continue;
    push(m.indices![1][0], m.indices![1][1], 0.8, "person-title-first-last");
  }
  for (const m of text.matchAll(QUOTED_NICKNAME)) push(m.index!, m.index! + m[0].length, 0.85, "person-quoted-nickname");
  for (const m of text.matchAll(NICKNAME_AFTER)) {
    const nick = m[1];
    if (nick.split(/[ \t]+/).some((w) => FAMILY_WORDS.has(lowerSameLength(w)))) continue;
    const s = m.index! + m[0].length - nick.length;
    push(s, s + nick.length, 0.8, "person-nickname");
  }
  for (const m of text.matchAll(FIRST_COMMA_ROLE)) {
    if (!firstName(m[1]) || uncasedAt(m.index!)) continue;
    const s = m.index! + m[0].indexOf(m[1]);
    push(s, s + m[1].length, 0.75, "person-first-role");
  }
  return out;
}
