/**
 * PERSON. Rules, strongest first:
 *  - title + name ("Dr Smith", "Mrs Aroha Ngata", "Mme Gagnon", "infirmière Julie Roy");
 *  - known first name + capitalised surname or initial ("Anna S.", "John Smith");
 *  - role or kin word + capitalised word ("her daughter Mere", "the patient, Harold");
 *  - a known first name on its own (unless it is also an ordinary word: "Grace", "Will");
 *  - initial + known surname ("J. Tremblay"); an unknown word followed by a known rare surname.
 * Repeated mentions of a found name's parts are added later (see index.ts).
 */
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { ALL_PACKS, unionOf } from "../lang/index";
import type { Candidate } from "../types";
import { isClinicalShorthand, knownWords } from "../truecase";
import { alternation, headScanner, lowerSameLength } from "../util";

/** A capitalised word (incl. O'Brien, McDonald, Marie-Claude, Ngāti) or an initial ("S."). */
const TOKEN = /(?<![\p{L}])\p{Lu}\.(?![\p{L}])|\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)*(?:-\p{Lu}[\p{Ll}\p{M}]+)*(?:\p{Lu}[\p{Ll}\p{M}]+)?/gu;

interface Tok {
  start: number;
  end: number;
  text: string;
  /** lower-case without a possessive 's */
  key: string;
  initial: boolean;
  sentenceStart: boolean;
}

const TITLES = unionOf("titles");
const PURE_TITLES = new Set([
  "Dr",
  "Dr.",
  "Doctor",
  "Mr",
  "Mr.",
  "Mrs",
  "Mrs.",
  "Ms",
  "Ms.",
  "Miss",
  "Mx",
  "Prof",
  "Prof.",
  "Professor",
  "M",
  "M.",
  "Mme",
  "Mlle",
  "Mmes",
  "Dre",
  "Pr",
  "Pre",
  "Docteur",
  "Docteure",
  "Monsieur",
  "Madame",
  "Mademoiselle",
  "Sir",
  "Dame",
  "Rev",
  "Rev.",
  "Reverend",
  "Mstr",
  "Master",
  "Professeur",
  "Professeure",
]);
const TITLE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(TITLES)})(?:\.|(?![\p{L}]))`, "gu");
const INTRODUCERS = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(unionOf("nameIntroducers"))})(?:\s*,)?\s+(?:(?:is|was|named|called|nommée?|appelée?|prénommée?)\s+)?(?=\p{Lu})`,
  "giu",
);
const scanIntroducers = headScanner(INTRODUCERS, alternation(unionOf("nameIntroducers")));
const ROLE_QUALIFIERS =
  /^(?:coordonnat(?:eur|rice)|coordinat(?:eur|rice)|régulat(?:eur|rice)|référente?|traitante?|responsable|adjointe?|de garde|principale?|hospitali(?:er|ère)|libérale?|\p{L}+(?:ician|ologist|iatrist))$/iu;
const STRUCTURAL = new Set<string>([
  ...ALL_PACKS.flatMap((p) => [...p.facilityHeadsAfter, ...p.facilityHeadsBefore, ...p.orgSuffixes]),
  "Practitioner",
  "Manager",
  "Educator",
  "Specialist",
  "Unit",
  "Team",
  "Lead",
  "Leader",
  "Coordinator",
  "Director",
  "Officer",
  "Committee",
  "Board",
  "Service",
  "Services",
  "Department",
  "Centre",
  "Center",
  "Ward",
  "Wards",
  "Road",
  "Street",
  "Avenue",
  "Health",
  "Care",
  "University",
  "College",
  "School",
  "Church",
  "Police",
  "Court",
  "Coroner",
  "Commissioner",
  "Council",
  "Ministry",
  "Government",
  "Act",
]);

/** "siobhán" → "siobhan", "hélène" → "helene": lists often spell names without their accents. */
function withoutMarks(s: string): string {
  return /[^\x00-\x7f]/.test(s) ? s.normalize("NFD").replace(/\p{M}/gu, "") : s;
}

function possessiveless(s: string): string {
  return s.replace(/['’]s$/u, "").replace(/['’]$/u, "");
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const raw = m[0];
    const core = possessiveless(raw);
    let j = start - 1;
    while (j >= 0 && (text[j] === " " || text[j] === "\t" || text[j] === '"' || text[j] === "“" || text[j] === "(")) j--;
    const sentenceStart = j < 0 || /[.!?:\n;•*\-–—]/.test(text[j]);
    toks.push({
      start,
      end: start + core.length,
      text: core,
      key: lowerSameLength(core),
      initial: /^\p{Lu}\.$/u.test(raw),
      sentenceStart,
    });
  }
  return toks;
}

/** Only whitespace (and at most one dot or apostrophe-less gap) between two tokens. */
function adjacent(text: string, a: Tok, b: Tok): boolean {
  const gap = text.slice(a.end, b.start);
  return /^(?:['’]s)?\s{1,2}$/u.test(gap) && !/\n\n/.test(gap);
}

/**
 * Surname particles of the communities served: Afrikaans and Dutch ("van der Merwe", "du Plessis"),
 * French and Belgian ("de Villiers", "Le Goff", "Van den Broeck"), Irish ("Ní Bhriain", "Ó Sé"),
 * Arabic and Malay ("bin Salleh", "al-Amin"), Italian, Spanish and Portuguese ("di Marco", "dos Santos").
 */
const PARTICLE_WORDS = "van|von|de|der|den|du|des|da|di|del|della|dos|das|le|la|ter|ten|bin|binti|ibn|al|el|ní|nic|ó|ua|mac|st|ste";
const PARTICLE = new RegExp(String.raw`^(?:${PARTICLE_WORDS})$`, "iu");
/** Only particles between two tokens: "Pieter van der Merwe", "Dr de Villiers". */
// Irish particles are written with a capital inside the name too: "Padraic Ó Fátharta", "Aoife Ní Bhriain".
const PARTICLE_GAP = new RegExp(String.raw`^[ \t](?:(?:${PARTICLE_WORDS}|Ó|Ní|Nic|Ua)[ \t]){1,3}$`, "u");
/** Particles right after a title, before the capitalised part of the name. */
const PARTICLES_AHEAD = new RegExp(String.raw`^(?:(?:${PARTICLE_WORDS})[ \t]+){1,3}(?=\p{Lu})`, "u");

export function detectNames(text: string): Candidate[] {
  const { firstNames, surnames, ambiguousFirst, commonWords, notNames } = getNames();
  const gaz = getGazetteer();
  const toks = tokenize(text);
  const out: Candidate[] = [];
  const byStart = new Map<number, number>();
  toks.forEach((t, i) => byStart.set(t.start, i));

  const isNameish = (t: Tok) => !t.initial && !notNames.has(t.text) && !STRUCTURAL.has(t.text) && t.text.length > 1 && !/^\p{Lu}+$/u.test(t.text);
  const listed = (k: string) => firstNames.has(k) || firstNames.has(withoutMarks(k));
  const isFirst = (t: Tok) => listed(t.key) || t.key.split("-").every(listed);
  const isSurnameTok = (t: Tok) => isNameish(t) || t.initial;

  /** A capitalised particle ("De", "Van", "Du") that opens a longer surname: "De Villiers", "Van der Merwe". */
  const particleAt = (k: number): boolean => {
    const t = toks[k];
    const n = toks[k + 1];
    return !!t && !!n && PARTICLE.test(t.text) && (adjacent(text, t, n) || PARTICLE_GAP.test(text.slice(t.end, n.start))) && isNameish(n);
  };
  /** Two tokens of one name: side by side, or joined only by lower-case particles ("Pieter van der Merwe"). */
  const joined = (a: Tok, b: Tok) => adjacent(text, a, b) || PARTICLE_GAP.test(text.slice(a.end, b.start));
  /** Extend a name from token index i: up to 3 further name tokens. */
  const extend = (i: number, max = 3): number => {
    let j = i;
    while (j + 1 < toks.length && j - i < max && joined(toks[j], toks[j + 1]) && (isSurnameTok(toks[j + 1]) || particleAt(j + 1))) {
      // Stop at a possessive: "Smith's Hospital" is handled by facilities.
      if (/['’]s?$/.test(text.slice(toks[j].end, toks[j].end + 2)) && text[toks[j].end] !== " ") break;
      j++;
    }
    return j;
  };

  // 1. Title + name.
  for (const m of text.matchAll(TITLE_RE)) {
    const titleText = m[0].replace(/\.$/, "");
    let p = m.index! + m[0].length;
    while (text[p] === " ") p++;
    if (p - (m.index! + m[0].length) > 2) continue;
    // "Dr de Villiers", "Prof. van der Merwe": the name starts at its particles.
    const lead = PARTICLES_AHEAD.exec(text.slice(p, p + 24));
    // "Madame la Directrice", "Monsieur le Ministre": a form of address, not a surname with its particle.
    if (lead && /^(?:la|le)[ \t]/u.test(lead[0]) && /^(?:Madame|Monsieur|Mme|M\.?)$/u.test(titleText)) continue;
    const nameStart = p;
    if (lead) p += lead[0].length;
    const i = byStart.get(p);
    if (i === undefined) continue;
    const t = toks[i];
    // "M.D." is a degree, not "M." followed by a name.
    if (m[0] === "M." && text.startsWith("D.", p)) continue;
    // A given name that is also a month or a listed word counts with a surname after it ("Aunty June Wallace").
    const listedFirst = () => !t.initial && firstNames.has(t.key) && !!toks[i + 1] && adjacent(text, t, toks[i + 1]) && isNameish(toks[i + 1]);
    if (!isNameish(t) && !t.initial && !particleAt(i) && !listedFirst()) continue;
    const pure = PURE_TITLES.has(titleText) || PURE_TITLES.has(m[0]);
    // Role titles ("Nurse", "Sister") need a name-like word: known name or not an ordinary word.
    if (!pure && !(isFirst(t) || surnames.has(t.key) || !commonWords.has(t.key))) continue;
    // A role abbreviation ("RN", "NP", "SpR") is as often a label before a word: "RN Handover", "NP Clinic".
    // So is a role word before a specialty: "Consultant Obstetrician", "Registrar Anaesthetics".
    if (
      /^(?:[A-Z]{2,3}|SpR|FY\d|Consultant|Registrar|Surgeon|Pharmacist|Paramedic)$/.test(titleText) &&
      !isFirst(t) &&
      !surnames.has(t.key) &&
      knownWords().has(t.key)
    )
      continue;
    // "Mr." at a sentence start in French "M." could be an initial: accept, it is a name either way.
    let j = extend(i);
    // A given name that is also a listed word ("Mme Trần Thị Mai,"): kept when the name ends there.
    const n = toks[j + 1];
    if (n && adjacent(text, toks[j], n) && notNames.has(n.text) && firstNames.has(n.key) && /^[,.;)]/u.test(text.slice(n.end, n.end + 1))) j++;
    const last = toks[j];
    // "Dr. A." alone is a person for a pure title; "Nurse A." is not enough.
    if (last.initial && j === i && !pure) continue;
    out.push({ start: lead ? nameStart : t.start, end: last.end, type: "PERSON", confidence: 0.95, priority: 78, source: "person-title" });
  }

  // 2. First name (+ surname/initial), 3. single first name, 5. initial + surname.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.initial) {
      // "Smith J." — a known surname followed by an initial.
      const prev = toks[i - 1];
      if (prev && adjacent(text, prev, t) && isNameish(prev) && surnames.has(prev.key) && !(prev.sentenceStart && commonWords.has(prev.key))) {
        out.push({ start: prev.start, end: t.end, type: "PERSON", confidence: 0.7, priority: 71, source: "person-surname-initial" });
      }
      const n = toks[i + 1];
      if (n && adjacent(text, t, n) && isNameish(n) && surnames.has(n.key) && !commonWords.has(n.key)) {
        out.push({ start: t.start, end: n.end, type: "PERSON", confidence: 0.75, priority: 72, source: "person-initial" });
      }
      continue;
    }
    if (!isNameish(t) || !isFirst(t) || isClinicalShorthand(t.key)) continue;
    const next = toks[i + 1];
    const hasNext = next && joined(t, next) && (isSurnameTok(next) || particleAt(i + 1));
    const ambiguous = ambiguousFirst.has(t.key);
    if (hasNext) {
      const j = extend(i);
      if (ambiguous && t.sentenceStart && !toks[i + 1].initial && !surnames.has(toks[i + 1].key)) continue;
      out.push({ start: t.start, end: toks[j].end, type: "PERSON", confidence: ambiguous ? 0.7 : 0.9, priority: 74, source: "person-first-last" });
      i = j;
      continue;
    }
    if (ambiguous) continue;
    // A lone first name that is also a place ("Florence") or a very common word needs more context.
    if (gaz.places.has(t.text) && !gaz.ambiguous.has(t.text)) continue;
    if (t.sentenceStart && commonWords.has(t.key) && !firstNames.has(t.key)) continue;
    out.push({ start: t.start, end: t.end, type: "PERSON", confidence: 0.7, priority: 60, source: "person-first" });
  }

  // 4. Role or kin word + capitalised word(s).
  for (const m of scanIntroducers(text)) {
    const p = m.index! + m[0].length;
    const i = byStart.get(p);
    if (i === undefined) continue;
    const t = toks[i];
    if (!isNameish(t) || TITLES.includes(t.text)) continue;
    // A contraction or an elision ("isn't", "qu'il", "n'a") is never the name after a cue.
    if (/^(?:qu|[cdjlmnst])['’]\p{Ll}|n['’]t$/iu.test(t.text)) continue;
    // "médecin coordonnateur", "infirmier référent": the rest of a role, not a name.
    if (ROLE_QUALIFIERS.test(t.text)) continue;
    if (commonWords.has(t.key) && !isFirst(t) && !surnames.has(t.key)) continue;
    const j = extend(i, 2);
    out.push({ start: t.start, end: toks[j].end, type: "PERSON", confidence: 0.75, priority: 70, source: "person-intro" });
  }

  // 6. Unknown capitalised word + known surname that is not an ordinary word ("Aroha Ngata").
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    if (!adjacent(text, a, b) || !isNameish(a) || !isNameish(b)) continue;
    if (a.sentenceStart && commonWords.has(a.key)) continue;
    if (commonWords.has(a.key) || commonWords.has(b.key) || !surnames.has(b.key)) continue;
    if (gaz.places.has(a.text) || gaz.places.has(b.text) || gaz.places.has(`${a.text} ${b.text}`)) continue;
    out.push({ start: a.start, end: b.end, type: "PERSON", confidence: 0.6, priority: 62, source: "person-surname" });
  }
  return out;
}

/**
 * Name parts of a PERSON finding worth propagating to other mentions. Given names that are also words ("Hope",
 * "Sal") go to `wordy` instead, when given: they are searched again only where someone speaks or acts.
 */
export function nameParts(span: string, wordy?: string[]): string[] {
  const { notNames, ambiguousFirst } = getNames();
  const parts: string[] = [];
  for (const m of span.matchAll(TOKEN)) {
    const core = possessiveless(m[0]);
    if (core.length < 3 || /\.$/.test(core) || notNames.has(core) || STRUCTURAL.has(core)) continue;
    if (ambiguousFirst.has(lowerSameLength(core))) {
      if (/^\p{Lu}\p{Ll}/u.test(core)) wordy?.push(core);
      continue;
    }
    parts.push(core);
  }
  return parts;
}
