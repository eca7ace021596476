/**
 * PERSON from how notes and letters are signed and addressed, on the (truecased) text:
 *  - a name before a credential: "Irene Snell, RN", "Dan A. Forman-Lyons, RRT", "J. Chang PA";
 *  - an initial and a surname that is not an ordinary word: "E. Welsh aware", "K.M. Tane";
 *  - a role written before a name: "NP Carol", "caseworker Leona Labowich", "Drs Ballou and Dutter";
 *  - a sign-off line: a short line of name-like words at the end of a text or after "regards,",
 *    "thanks,", "cordialement,", and "Dear …" / "c/o …" at any line start;
 *  - initials alone on a text's last line, as a signature: "R.P.", "C. M.-K." (not "P.S.", "N.B.").
 */
import { hasClinicalShape, isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import type { Candidate } from "../types";
import { openingScanner } from "../util";

// Initials without inner spaces ("K.M."): spaced initials are separate tokens of the run, so the
// pattern has one way to split "A. B. C." and cannot backtrack exponentially.
const NAME_TOKEN = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.){0,2}|\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?(?:-\p{L}[\p{Ll}\p{M}]+)?)`;
const NAME_RUN = String.raw`${NAME_TOKEN}(?:[ \t]+${NAME_TOKEN}){0,3}`;
const CREDENTIALS =
  "rn|rrt|lpn|np|md|msw|licsw|RN|RRT|RPN|LPN|EN|NP|PA|PA-C|MD|DO|RM|RD|OT|PT|SW|MSW|LICSW|CCRN|BSN|RPh|PharmD|PhD|MBChB|MBBS|FRACP|FRCS|FRCP|FRACS|CNS|CNM|CRNA|HCA|inf\\.|IDE|IPA";
// Not "MD's" (the doctors, "All MD's in").
const BEFORE_CREDENTIAL = new RegExp(String.raw`(?<![\p{L}])(${NAME_RUN}),?[ \t]+(?:${CREDENTIALS})(?![\p{L}'’])`, "gu");
const INITIAL_SURNAME = new RegExp(String.raw`(?<=^|[\s(,;])(\p{Lu}\.(?:\s?\p{Lu}\.)?[ \t]?\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)?)`, "gu");
const ROLE_WORDS = [
  "caseworker",
  "case worker",
  "case manager",
  "social worker",
  "attending",
  "fellow",
  "resident",
  "intern",
  "nurse",
  "interpreter",
  "chaplain",
  "physio",
  "dietitian",
  "pharmacist",
  "coordinator",
  "co-ordinator",
];
const ROLE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:NP|PA|RN|RRT|SW|Drs\.?|Drs['’]|DRS|${ROLE_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join("|")})[ \t]+(${NAME_RUN}(?:[ \t]+(?:and|et|&)[ \t]+${NAME_TOKEN})?)`,
  "gu",
);
const SIGN_OFF =
  /(?:regards|thanks|thank you|sincerely|cheers|best wishes|ngā mihi|nga mihi|cordialement|salutations|merci|bien à vous),?[ \t]*\n+[ \t]*([^\n]{2,60})/giu;
const DEAR = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Dear|DEAR|Cher|Chère|Bonjour|Kia ora|Tēnā koe|Tena koe|Mōrena|Morena|Hi|Hello|Salut|(?<=^|\n)[ \t]*(?:hi|hello|hey|dear))[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Mme|M|Mlle)\.?[ \t]+)?|(?:c\/o|C\/O|a\/s)[ \t]+(?:Mr|Mrs|Ms|Miss|Dr|Mme|M|Mlle)\.?[ \t]+)(${NAME_RUN})`,
  "gu",
);

/** A signature of initials alone on a text's last line: "R.P.", "C. M.-K."; not an abbreviation that ends a letter. */
const INITIALS_LINE = /^\p{Lu}\.(?:-\p{Lu}\.)?(?:[ \t]?\p{Lu}\.(?:-\p{Lu}\.)?){1,2}$/u;
const NOT_INITIALS =
  /^(?:P\.[ \t]?S\.|N\.[ \t]?B\.|A\.[ \t]?M\.|P\.[ \t]?M\.|U\.[ \t]?K\.|U\.[ \t]?S\.|E\.[ \t]?U\.|R\.[ \t]?S\.[ \t]?V\.[ \t]?P\.|P\.[ \t]?J\.|C\.[ \t]?C\.|I\.[ \t]?E\.|E\.[ \t]?G\.)$/iu;
const GROUP_WORD = /^(?:service|services|team|teams|unit|department|dept|staff|office|desk|line|hub|pool|network|programme|program)(?![\p{L}])/iu;

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanRoleBefore = openingScanner(ROLE_BEFORE);

export function detectSignatures(text: string): Candidate[] {
  const { commonWords, firstNames, surnames } = getNames();
  const out: Candidate[] = [];
  const words = (s: string) => s.split(/[ \t]+/).filter(Boolean);
  /** A run is a name when no word in it is an ordinary word, unless that word is a known name. */
  const nameish = (run: string) =>
    words(run).every((w) => {
      const k = w.toLowerCase().replace(/['’]s$/, "");
      if (/\.$/.test(w)) return true;
      // "Oncology RN", "Cardiology PA": a specialty, however rare the word.
      if (isClinicalWord(w) || hasClinicalShape(w)) return firstNames.has(k) || surnames.has(k);
      return !commonWords.has(k) || firstNames.has(k) || surnames.has(k);
    }) && /\p{Ll}/u.test(run);
  const push = (start: number, value: string, confidence: number, source: string) => {
    const v = value.replace(/[\s,.;:]+$/u, "");
    if (v.replace(/[^\p{L}]/gu, "").length < 2) return;
    out.push({ start, end: start + v.length, type: "PERSON", confidence, priority: 73, source });
  };
  for (const m of text.matchAll(BEFORE_CREDENTIAL)) {
    let run = m[1];
    let start = m.index!;
    // Keep the name words nearest the credential ("… note by Irene Snell, RN").
    while (!nameish(run) && run.includes(" ")) {
      const cut = run.indexOf(" ") + 1;
      run = run.slice(cut).trimStart();
      start = m.index! + m[1].length - run.length;
    }
    if (nameish(run)) push(start, run, 0.85, "person-credential");
  }
  for (const m of text.matchAll(INITIAL_SURNAME)) {
    const surname = m[1].replace(/^[\p{Lu}.\s]+(?=\p{Lu}[\p{Ll}])/u, "");
    const k = surname.toLowerCase();
    if (commonWords.has(k)) continue;
    push(m.index!, m[1], 0.75, "person-initial-surname");
  }
  for (const m of scanRoleBefore(text)) {
    // "the Interpreter Service", "Chaplaincy Team": a role before the word for a body is the body's name.
    if (!nameish(m[1]) || GROUP_WORD.test(m[1])) continue;
    push(m.index! + m[0].length - m[1].length, m[1], 0.75, "person-role");
  }
  for (const m of text.matchAll(DEAR)) {
    if (!nameish(m[1])) continue;
    push(m.index! + m[0].length - m[1].length, m[1], 0.85, "person-dear");
  }
  const signLines: { start: number; line: string }[] = [];
  for (const m of text.matchAll(SIGN_OFF)) signLines.push({ start: m.index! + m[0].length - m[1].length, line: m[1] });
  // The last line, found by hand: an end-anchored regex rescans from every position of a long text.
  const trimmedEnd = text.trimEnd();
  const lastStart = trimmedEnd.lastIndexOf("\n") + 1;
  const last = trimmedEnd.slice(lastStart);
  if (lastStart > 0 && last.length >= 2 && last.length <= 40) signLines.push({ start: lastStart, line: last });
  const lastCore = last.trim();
  if (lastStart > 0 && INITIALS_LINE.test(lastCore) && !NOT_INITIALS.test(lastCore))
    out.push({
      start: lastStart + last.indexOf(lastCore),
      end: lastStart + last.indexOf(lastCore) + lastCore.length,
      type: "PERSON",
      confidence: 0.7,
      priority: 73,
      source: "person-signoff-initials",
    });
  for (const { start, line } of signLines) {
    const lead = line.length - line.trimStart().length;
    const core = line.trim().replace(/,?[ \t]+(?:RN|RRT|MD|NP|PA|RM)\.?$/u, "");
    if (!new RegExp(`^${NAME_RUN}$`, "u").test(core) || !nameish(core)) continue;
    push(start + lead, core, 0.7, "person-signoff");
  }
  return out;
}
