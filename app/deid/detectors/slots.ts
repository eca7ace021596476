/**
 * PERSON by the slot a word sits in, for names no list knows ("Lopie Certusi", "Drs Ferullo and Saeed",
 * "his son, bill, called"). The name lists cannot hold every name of every community; where a word sits
 * says as much as what it is:
 *  - lists after a plural title or relation ("Drs Ferullo and Saeed", "Sons Smokey, Morris and Roger");
 *  - a word after a relation that a people verb follows or commas enclose, in any case ("son bill called",
 *    "her daughter, mere, rang", "sa fille Awhina a appelé");
 *  - "the Romero family", "la famille Nguyen";
 *  - a capitalised word that is no word of English or French and no clinical term, next to another such
 *    word ("Lopie Certusi") or in a name slot: after "by", "paged", "spoke with", or before
 *    "said", "called", "was updated". Confidence says how sure: lists and credentials are surer than a
 *    lone unknown word.
 */
import { hasClinicalShape, isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import { unionOf } from "../lang/index";
import type { Candidate } from "../types";
import { KIN, PEOPLE_VERBS, PLURALS, SLOT_BEFORE } from "./slot-words";
import { alternation, CAP_WORD, caseVariants, lowerSameLength } from "../util";

const STOP = new Set(
  (
    "a an the and or but of in on at to from for with by is was are were be been has have had he she it they his her " +
    "their him them this that these those who which what when where while as if so not no yes also will would can could " +
    "may should did does do into over up out than then there here all any some each very well just now today tonight " +
    "law in-law both two three who present home again too already still le la les et un une de du des il elle est " +
    "son sa ses qui que au aux pour par avec mais ou"
  ).split(" "),
);
const KIN_SET = new Set(KIN);
const TITLE_SET = new Set([...unionOf("titles"), ...PLURALS, "Dr", "Drs", "Mr", "Mrs", "Ms", "Mme", "Mlle", "Pr", "Prof"]);
const VERB_WORDS = new Set(PEOPLE_VERBS.flatMap((v) => v.split(" ")));

const KIN_SLOT = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(caseVariants(KIN))})[ \t]*(,[ \t]*)?(\p{L}(?:[\p{L}\p{M}'’-]*\p{L})?)(?:[ \t]+(\p{L}(?:[\p{L}\p{M}'’-]*\p{L})?))?[ \t]*(,)?[ \t]+(?:${alternation(caseVariants(PEOPLE_VERBS))})(?![\p{L}])`,
  "dgu",
);
const ROLES = [
  "nurse",
  "midwife",
  "doctor",
  "registrar",
  "consultant",
  "surgeon",
  "physician",
  "anaesthetist",
  "anesthetist",
  "gp",
  "pharmacist",
  "physio",
  "physiotherapist",
  "paramedic",
  "manager",
  "chaplain",
  "interpreter",
  "resident",
  "intern",
  "house officer",
  "student",
  "receptionist",
  "orderly",
  "porter",
  "social worker",
  "kaiāwhina",
  "kaiawhina",
  "carer",
  "caregiver",
  "advocate",
  "clinician",
  "therapist",
  "obstetrician",
  "psychiatrist",
  "psychologist",
  "dietitian",
  "infirmière",
  "infirmier",
  "médecin",
  "interne",
  "sage-femme",
  "cadre",
  "aide-soignante",
  "aide-soignant",
  "préposée",
  ..."assistant educator officer coordinator liaison technician aide kiné kinésithérapeute ambulancier".split(" "),
];
/** "Jordan, her partner, said", "Gift Mokoena, the charge nurse,": a name set off before who the person is. */
const APPOSITION_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,2}),[ \t]+(?:the|her|his|their|our|my|a|an|la|le|sa|son|leur|notre|ma|mon|une?)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:${alternation([...KIN, ...ROLES])})(?![\p{L}])`,
  "gu",
);
/** Two capitalised words joined as people are ("Usamov and Bowers", "Tane et Mere"). */
const COORDINATED = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${CAP_WORD})[ \t]+(?:and|&|et)[ \t]+(${CAP_WORD})(?![\p{L}\p{M}'’-])`, "gu");
const KIN_APPOSITION = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(caseVariants(KIN))}),[ \t]*(\p{L}[\p{L}\p{M}'’-]+(?:[ \t]+\p{L}[\p{L}\p{M}'’-]+)?),`,
  "gu",
);
const PLURAL_LIST = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(PLURALS)})(?![\p{L}])[ \t]*:?[ \t]*((?:${CAP_WORD})(?:[ \t]+${CAP_WORD})?(?:(?:[ \t]*,[ \t]*|[ \t]*\/[ \t]*|[ \t]+(?:and|&|et)[ \t]+|[ \t]*,[ \t]*(?:and|et)[ \t]+)(?:${CAP_WORD})(?:[ \t]+${CAP_WORD})?){0,6})`,
  "gu",
);
/** A role as a label, a name after it: "Attending: Quarmby", "RN: Tui", "Infirmière : Gagnon". */
const ROLE_LABEL = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(caseVariants([...ROLES, "attending", "fellow", "covering", "rn", "md", "np", "pa", "pcp", "author", "signed", "charge nurse", "primary nurse", "RN", "MD", "NP", "PA", "PCP", "GP", "HO"]))})[ \t]*:[ \t]*(${CAP_WORD}(?:[ \t]+${CAP_WORD})?)`,
  "gu",
);
/** Names in brackets after who they are or what they did: "MD aware (Quarmby)", "team (Quarmby/Vandeleur)". */
const BRACKETED = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(caseVariants([...ROLES, "md", "team", "attending", "fellow", "aware", "paged", "notified", "informed", "updated", "rn", "np", "ho", "service", "consult"]))}|MD|RN|NP|HO)[ \t]*\((${CAP_WORD}(?:[ \t]*\/[ \t]*${CAP_WORD}){0,3})\)`,
  "gu",
);
const FAMILY = new RegExp(
  String.raw`(?<![\p{L}])(${CAP_WORD})[ \t]+(?:family|family's|families|whānau|whanau)(?![\p{L}])|(?<![\p{L}])(?:famille|familles)[ \t]+(${CAP_WORD})`,
  "gu",
);
const CAP_TOKEN = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}])/gu;
const SLOT_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(caseVariants(SLOT_BEFORE))})[ \t]+$`, "u");
const VERB_AFTER_RE = new RegExp(String.raw`^(?:['’]s)?,?[ \t]+(?:${alternation(PEOPLE_VERBS)})(?![\p{L}])`, "u");

/**
 * In a note typed in one case, the words just before a lone unknown word that make it a person: someone
 * paged, spoken with or handed over to, or a role abbreviation ("paged vantross", "d/w kellagher",
 * "CALLED HO MERRIDEW"). Never "by" or "per", which come before shorthand and misspellings as often ("by FICK",
 * "per carevue", "per protocal"): on PhysioNet's dev half they found no identifier and 30 false ones.
 */
const UNCASED_SLOT_BEFORE =
  /(?<![\p{L}/])(?:paged|d\/w|spoke[ \t]+(?:with|to|w\/)|talked[ \t]+(?:to|with)|discussed[ \t]+(?:with|w\/)|report[ \t]+(?:given[ \t]+)?to|signed[ \t]+out[ \t]+to|covering[ \t]+for|handed[ \t]+(?:off|over)[ \t]+to|ho|np|rn|md|dr|sw|cna|lpn|hca|case[ \t]+(?:mgr|manager)|resident|intern|fellow|attending)[ \t]+$/iu;
const TOLD_AFTER = /^[ \t]+(?:(?:is|was|made|has been|been)[ \t]+)?(?:aware|notified|paged|informed|updated)(?![\p{L}])/iu;
const GROUP_AFTER =
  /^[ \t]+(?:\p{Lu}|(?:team|teams|service|services|staff|unit|department|dept|protocol|results?|recommendations?|judgement|judgment|orders?|dressing|scale|score|criteria|method|technique|equipe|équipe|service)(?![\p{L}]))/u;

/** Lower-case word (possessive dropped) that no word list, clinical list or gazetteer knows. */
export function isUnknownWord(word: string): boolean {
  const w = word.replace(/['’]s$/u, "");
  if (w.length < 3 || !/^[\p{L}\p{M}'’-]+$/u.test(w)) return false;
  const l = lowerSameLength(w);
  if (knownWords().has(l) || isClinicalShorthand(l) || isClinicalWord(w) || hasClinicalShape(w) || TITLE_SET.has(w)) return false;
  const { notNames } = getNames();
  const cap = w[0].toUpperCase() + l.slice(1);
  return !notNames.has(cap) && !getGazetteer().places.has(cap);
}

/**
 * A word that can be (part of) a name: not a function word, relation, verb, title or clinical term.
 * `loose` (a slot that is already sure, such as a list after "Sons"): ordinary words pass too ("Smokey"),
 * and a capitalised first name passes even when it is also shorthand ("Son, Ed, was updated").
 */
function nameCandidate(word: string, loose = false): boolean {
  const w = word.replace(/['’]s$/u, "");
  const l = lowerSameLength(w);
  if (w.length < 2 || /\d/.test(w) || STOP.has(l) || KIN_SET.has(l) || VERB_WORDS.has(l) || TITLE_SET.has(w)) return false;
  const { firstNames, surnames, commonWords, notNames } = getNames();
  const capitalisedName = /^\p{Lu}\p{Ll}/u.test(w) && firstNames.has(l);
  // "Don", "Ed" are also acronyms (director of nursing, emergency department); written "Don" they are names.
  if (!(loose && capitalisedName) && (isClinicalShorthand(l) || (isClinicalWord(w) && !(capitalisedName && l.length > 2)))) return false;
  if (notNames.has(w[0].toUpperCase() + w.slice(1))) return false;
  if (loose || firstNames.has(l) || isUnknownWord(w)) return true;
  // Surname lists hold many ordinary words ("Charge", "Rose"): only the rarer ones count here.
  return surnames.has(l) && !commonWords.has(l);
}

const CALENDAR = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday christmas easter".split(
    " ",
  ),
);
/** A capitalised word the name lists hold as a surname or first name, and no calendar word or title (many surnames are also towns somewhere: "Smith"). */
function knownPersonWord(word: string): boolean {
  const l = lowerSameLength(word);
  const { firstNames, surnames, notNames } = getNames();
  if (CALENDAR.has(l) || STOP.has(l) || TITLE_SET.has(word) || notNames.has(word)) return false;
  if (isClinicalShorthand(l) || isClinicalWord(word)) return false;
  return surnames.has(l) || firstNames.has(l);
}

export function detectSlotNames(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, confidence: number, priority: number, source: string) =>
    out.push({ start, end, type: "PERSON", confidence, priority, source });

  for (const m of text.matchAll(PLURAL_LIST)) {
    let at = m.index! + m[0].length - m[1].length;
    for (const part of m[1].split(/([ \t]*,[ \t]*(?:(?:and|et)[ \t]+)?|[ \t]*\/[ \t]*|[ \t]+(?:and|&|et)[ \t]+)/u)) {
      const isName = part.split(/[ \t]+/).every((w) => nameCandidate(w, true));
      if (part && !/^[ \t,/]|^(?:and|&|et|\/)$/u.test(part.trim()) && isName) push(at, at + part.length, 0.8, 69, "person-list");
      at += part.length;
    }
  }

  const { commonWords, surnames, firstNames } = getNames();
  for (const m of text.matchAll(KIN_SLOT)) {
    const [, , w1, w2] = m;
    if (!nameCandidate(w1) && !(/^\p{Lu}\p{Ll}/u.test(w1) && firstNames.has(lowerSameLength(w1)))) continue;
    const [s, e1] = m.indices![2];
    const e = w2 && nameCandidate(w2) ? m.indices![3][1] : e1;
    push(s, e, 0.8, 68, "person-kin-slot");
  }
  for (const m of text.matchAll(KIN_APPOSITION)) {
    const words = m[1].split(/[ \t]+/);
    // "grandfather, Des Kowalczyk,": a capitalised given name passes even when it is also a function word.
    if (!words.every((w) => nameCandidate(w, true) || (/^\p{Lu}\p{Ll}/u.test(w) && firstNames.has(lowerSameLength(w))))) continue;
    const s = m.index! + m[0].length - 1 - m[1].length;
    push(s, s + m[1].length, 0.8, 68, "person-kin-slot");
  }

  for (const m of text.matchAll(APPOSITION_AFTER)) {
    const words = m[1].split(/[ \t]+/);
    const sentenceStart = /(?:^|[.!?:;\n]\s*)$/u.test(text.slice(Math.max(0, m.index! - 3), m.index!));
    // The first word may be an ordinary word at a sentence start only when a name follows ("Gift Mokoena").
    const ok = words.every((w, k) => nameCandidate(w) || (k === 0 && words.length > 1 && firstNames.has(lowerSameLength(w))));
    if (!ok || (sentenceStart && words.length === 1 && commonWords.has(lowerSameLength(words[0])) && !firstNames.has(lowerSameLength(words[0])))) continue;
    push(m.index!, m.index! + m[1].length, 0.75, 67, "person-apposition");
  }
  for (const m of text.matchAll(COORDINATED)) {
    const [, a, b] = m;
    if (uncasedAt(m.index!) || !nameCandidate(a) || !nameCandidate(b)) continue;
    // At least one side must be a known name that is no common word: two unknown words joined are as
    // often two brands of inhaler ("Combivent and Flovent").
    const sure = (w: string) => {
      const l = lowerSameLength(w);
      return (firstNames.has(l) || surnames.has(l)) && !commonWords.has(l);
    };
    const places = getGazetteer().places;
    if (!(sure(a) || sure(b)) || (places.has(a) && places.has(b))) continue;
    const sentenceStart = /(?:^|[.!?:;\n]\s*)$/u.test(text.slice(Math.max(0, m.index! - 3), m.index!));
    if (sentenceStart && commonWords.has(lowerSameLength(a)) && !firstNames.has(lowerSameLength(a))) continue;
    const bStart = m.index! + m[0].length - b.length;
    push(m.index!, m.index! + a.length, 0.6, 61, "person-coordinated");
    push(bStart, bStart + b.length, 0.6, 61, "person-coordinated");
  }
  for (const re of [ROLE_LABEL, BRACKETED]) {
    for (const m of text.matchAll(re)) {
      let at = m.index! + m[0].length - m[1].length - (re === BRACKETED ? 1 : 0);
      for (const part of m[1].split(/([ \t]*\/[ \t]*)/u)) {
        const words = part.split(/[ \t]+/);
        if (!part.includes("/") && words.every((w) => nameCandidate(w))) push(at, at + part.length, 0.7, 66, "person-role-slot");
        at += part.length;
      }
    }
  }
  for (const m of text.matchAll(FAMILY)) {
    const word = m[1] ?? m[2];
    const l = lowerSameLength(word);
    if (!nameCandidate(word, true) || getGazetteer().places.has(word)) continue;
    if (!surnames.has(l) && !firstNames.has(l) && (commonWords.has(l) || !isUnknownWord(word))) continue;
    const s = m.index! + m[0].indexOf(word);
    push(s, s + word.length, 0.7, 66, "person-family");
  }

  // Unknown capitalised words: in pairs, or alone in a name slot.
  const toks = [...text.matchAll(CAP_TOKEN)];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const s = t.index!;
    const e = s + t[0].length;
    if (!isUnknownWord(t[0])) {
      // A known surname or first name, capitalised mid-sentence, where only a person sits ("seen by Smith
      // from renal", "covered by Bo"); not a month, a weekday or a place.
      const before = text.slice(Math.max(0, t.index! - 16), t.index!);
      const sentenceStart = /(?:^|[.!?:;\n•*]\s*)$/u.test(text.slice(Math.max(0, t.index! - 3), t.index!));
      if (!sentenceStart && !uncasedAt(t.index!) && SLOT_BEFORE_RE.test(before) && knownPersonWord(t[0])) {
        const after = text.slice(t.index! + t[0].length, t.index! + t[0].length + 20);
        if (!GROUP_AFTER.test(after)) push(t.index!, t.index! + t[0].length, 0.5, 56, "person-known-slot");
      }
      continue;
    }
    const n = toks[i + 1];
    const sentenceStart = /(?:^|[.!?:;\n•*]\s*)$/u.test(text.slice(Math.max(0, s - 3), s));
    if (n && n.index === e + 1 && text[e] === " " && isUnknownWord(n[0]) && !uncasedAt(s)) {
      push(s, n.index! + n[0].length, 0.55, 57, "person-unknown-pair");
      i++;
      continue;
    }
    const before = text.slice(Math.max(0, s - 16), s);
    const after = text.slice(e, e + 20);
    // Alone, only where capitals mean something: in a note typed in capitals or lower case an unknown
    // word is as often a misspelling or shorthand ("by FICK", "as per Carevue"), unless someone is
    // told or made aware ("grace dudak aware", "KOWALCZYK NOTIFIED").
    if (uncasedAt(s)) {
      if (t[0].length >= 4 && UNCASED_SLOT_BEFORE.test(before)) {
        push(s, e, 0.5, 56, "person-unknown-slot");
      } else if (t[0].length >= 4 && TOLD_AFTER.test(after)) {
        // With a first name just before it: "grace dudak aware".
        const first = /(?<![\p{L}])(\p{L}+)[ \t]+$/u.exec(before);
        const withFirst = first && getNames().firstNames.has(lowerSameLength(first[1])) && !STOP.has(lowerSameLength(first[1]));
        push(withFirst ? s - first[0].length : s, e, 0.5, 56, "person-unknown-slot");
      }
      continue;
    }
    // "seen by Cardic Transplant surgeon", "by Xerofoam dressing": part of a longer name or a thing.
    if (GROUP_AFTER.test(after)) continue;
    // At a sentence start only a people verb after it makes the word a name ("Kowalczyk said …").
    if ((!sentenceStart && SLOT_BEFORE_RE.test(before)) || VERB_AFTER_RE.test(after)) push(s, e, 0.5, 56, "person-unknown-slot");
  }
  return out;
}
