/**
 * People named where rosters, messages and family letters put them (blind batch 9):
 *  - after a family nickname used as a title: "My Pop Des Kowalski", "Nanny Ripeka", "Mémé Paulette",
 *    "Tonton Jojo" (the nickname alone stays: "Nan asked me to write");
 *  - the name that opens a bulleted or numbered roster line before a role or credential: "• Coy Whitworth,
 *    Surgical Tech", "- Deb Sorensen - pre-op RN";
 *  - after a role that names whoever did the work: "typed by admin Raewyn", "reviewer Ger Moloney",
 *    "scribe: Dana Ito";
 *  - a patient's initials after their label: "Patient: E.M.", "Usager : J.-P. L.";
 *  - a first name set off by commas after a role: "The nurse on, Tash, was lovely", "la préposée, Cindy,";
 *  - a sign-off on the text's last line after "Thanks," on the same line: "Thanks, Teg";
 *  - a Québec diminutive of a given name, in any case: "neveu ti-gilles", "Ti-Jean".
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { isUnknownWord } from "./slots";
import { openingScanner } from "../util";

const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?(?:-\p{Lu}[\p{Ll}\p{M}]+)?`;
const KIN_NICKNAME = new RegExp(
  String.raw`(?<![\p{L}])(?:Pop|Poppy|Pops|Nan|Nana|Nanna|Nanny|Gran|Granny|Grandad|Grandpa|Grandma|Gramps|Koro|Kuia|Gogo|Ouma|Oupa|Mémé|Pépé|Mamie|Papi|Papy|Tonton|Tatie|Tata|Lola|Lolo|Nonna|Nonno|Yiayia|Bubbe|Zaida|Elder)[ \t]+(${NAME}(?:[ \t]+${NAME})?)`,
  "gu",
);
const ROSTER_LINE = new RegExp(
  String.raw`^[ \t]*(?:[•·▪◦*–-]|\d{1,2}[.)])[ \t]*(${NAME}(?:[ \t]+\p{Lu}\.)?(?:[ \t]+${NAME}){1,2})(?:,|[ \t]+[-–—])[ \t]*(?:\p{Lu}{2,}|\p{Lu}[\p{Ll}]+|pre-op|post-op)`,
  "gmu",
);
/** Role words in the cases a writer uses (lower, capitalised, capitals); the name after them keeps its capital. */
const anyCase = (words: string) =>
  words
    .split("|")
    .map((w) => `${w}|${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`)
    .join("|");
const ROLE_NAMES = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyCase("admin|administrator|secretary|scribe|ward clerk|clerk|reviewer|facilitator|liaison|note-taker|minute-taker|secrétaire|rapporteur|rapporteuse")})[ \t]*:?[ \t]+(${NAME}(?:[ \t]+${NAME})?)`,
  "gu",
);
// Any case: the truecaser lowers a line it reads as capitals ("Patient: E.M., 90 y, OHIP …" → "e.m.").
const PATIENT_INITIALS =
  /(?<![\p{L}])(?:Patient|Patiente|Pt|Usager|Usagère|Resident|Résident|Client|Cliente|PATIENT|patient|pt)[ \t]*:[ \t]*((?:\p{L}\.(?:-\p{L}\.)?[ \t]?){1,3})(?![\p{L}])/gu;
/** Abbreviations written with dots that are no one's initials. */
const NOT_INITIALS = /^(?:n\.b\.|e\.g\.|i\.e\.|p\.o\.|s\.c\.|i\.v\.|i\.m\.|a\.m\.|p\.m\.)$/iu;
const ROLE_COMMA_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyCase("nurse|midwife|carer|doctor|registrar|paramedic|receptionist|pharmacist|infirmière|infirmier|préposée|préposé|aide-soignante|sage-femme")})(?:[ \t]+(?:on|on duty|de garde))?,[ \t]*(${NAME}),`,
  "gu",
);
const TITLE = /^(?:Dr|Dre|Mr|Mrs|Ms|Miss|Mme|Mlle|Pr|Prof|Me|Sister|Sr|Rev)$/u;
const NOT_SET_OFF_NAME = /^(?:However|Therefore|Also|Then|Again|Yes|No|Sadly|Unfortunately|Please|Again|Madame|Monsieur|Cependant|Pourtant|Ensuite|Encore)$/u;
/** "ti-" (petit) before a given name, as Québec families call someone. */
const TI_NAME = /(?<![\p{L}\p{M}'’-])[Tt]i-(\p{L}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}'’-])/gu;
const SAME_LINE_SIGNOFF = new RegExp(
  String.raw`(?:Thanks|Thank you|Cheers|Regards|Merci|Bisous|Love|Ngā mihi|Nga mihi),[ \t]*(${NAME}(?:[ \t]+${NAME})?)[ \t.!]*$`,
  "u",
);

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanPatientInitials = openingScanner(PATIENT_INITIALS);

/** `uncasedAt`: in a note typed in one case the truecaser's capitals are guesses ("admin Combivent"), so the slots that need a capital are not read there. */
export function detectRosterNames(text: string, uncasedAt: (pos: number) => boolean = () => false): Candidate[] {
  const { firstNames, surnames, commonWords } = getNames();
  const out: Candidate[] = [];
  const add = (s: number, e: number, confidence: number, source: string) => out.push({ start: s, end: e, type: "PERSON", confidence, priority: 72, source });
  const at = (m: RegExpMatchArray) => m.index! + m[0].lastIndexOf(m[1]);
  const words = (s: string) => s.split(/[ \t]+/).filter(Boolean);
  const clinical = (w: string) => isClinicalWord(w) || isClinicalShorthand(w.toLowerCase());
  /** A word that can be a name here: a listed name, or a word no list knows; never a clinical word. */
  const nameWord = (w: string) => {
    const k = w.toLowerCase();
    if (clinical(w) && !firstNames.has(k)) return false;
    return firstNames.has(k) || (surnames.has(k) && !commonWords.has(k)) || isUnknownWord(w);
  };

  for (const m of text.matchAll(KIN_NICKNAME)) {
    const ws = words(m[1]);
    if (uncasedAt(m.index!)) continue;
    // "Nan asked", "Pop Went": the first word must be a name, the second is kept only when it is one too.
    if (!nameWord(ws[0])) continue;
    const keep = ws.length > 1 && nameWord(ws[1]) ? m[1] : ws[0];
    add(at(m), at(m) + keep.length, 0.7, "person-kin-nickname");
  }
  for (const m of text.matchAll(ROSTER_LINE)) {
    const ws = words(m[1]).filter((w) => !/^\p{Lu}\.$/u.test(w));
    if (ws.some((w) => clinical(w) && !firstNames.has(w.toLowerCase()))) continue;
    if (!nameWord(ws[ws.length - 1]) && !ws.some((w) => firstNames.has(w.toLowerCase()))) continue;
    add(at(m), at(m) + m[1].length, 0.7, "person-roster-line");
  }
  for (const m of text.matchAll(ROLE_NAMES)) {
    const ws = words(m[1]);
    if (uncasedAt(m.index!) || TITLE.test(ws[0])) continue; // "Rapporteur : Dr Van Hoof": the title rules read it.
    // "reviewer Ger Moloney": a short given name may be a word when a surname follows.
    if (!nameWord(ws[0]) && !(ws.length > 1 && nameWord(ws[1]) && !clinical(ws[0]))) continue;
    const keep = ws.length > 1 && nameWord(ws[1]) ? m[1] : ws[0];
    add(at(m), at(m) + keep.length, 0.7, "person-role-names");
  }
  for (const m of scanPatientInitials(text)) if (!NOT_INITIALS.test(m[1].trim())) add(at(m), at(m) + m[1].trimEnd().length, 0.85, "person-patient-initials");
  for (const m of text.matchAll(ROLE_COMMA_NAME)) {
    // Set off by commas after a role, a capitalised word is a name unless it is clinical or a sentence adverb.
    if (uncasedAt(m.index!) || clinical(m[1]) || NOT_SET_OFF_NAME.test(m[1])) continue;
    add(at(m), at(m) + m[1].length, 0.7, "person-role-comma");
  }
  for (const m of text.matchAll(TI_NAME)) if (firstNames.has(m[1].toLowerCase())) add(m.index!, m.index! + m[0].length, 0.75, "person-ti-name");
  const trimmed = text.trimEnd();
  const lastLine = trimmed.slice(trimmed.lastIndexOf("\n") + 1);
  const sign = SAME_LINE_SIGNOFF.exec(lastLine);
  if (sign && words(sign[1]).every((w) => nameWord(w) || !commonWords.has(w.toLowerCase()))) {
    const s = trimmed.length - lastLine.length + sign.index + sign[0].lastIndexOf(sign[1]);
    add(s, s + sign[1].length, 0.7, "person-same-line-signoff");
  }
  return out;
}
