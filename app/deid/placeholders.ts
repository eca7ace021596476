/**
 * Consistent, typed placeholders: the same entity gets the same number within one text.
 * PERSON: same surface string or any shared name part (surname first) → same number.
 * AGE: always "90+".
 */
import type { EntityType } from "./types";

export interface SpanLike {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

const TITLE_WORDS = /^(?:dr|mr|mrs|ms|miss|mx|prof|m|mme|mlle|pr|sir|dame|nurse|sister)\.?$/i;

function personParts(text: string): string[] {
  return text
    .replace(/['’]s\b/g, "")
    .split(/[\s,]+/)
    .map((w) => w.replace(/[.]+$/, "").toLowerCase())
    .filter((w) => w.length > 1 && !TITLE_WORDS.test(w));
}

function normalise(type: EntityType, text: string): string {
  if (type === "PHONE" || type === "ID") {
    const alnum = text.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase();
    return alnum || text;
  }
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const FEMALE =
  /(?:^|[^\p{L}])(?:mrs|ms|miss|mme|mlle|madame|mademoiselle|sister|dame|lady|her|she|daughter|wife|mother|sœur|soeur|fille|femme|mère)\.?[\s,]*$/iu;
const MALE = /(?:^|[^\p{L}])(?:mr|m|monsieur|sir|lord|father|his|he|son|husband|brother|fils|mari|père|frère)\.?[\s,]*$/iu;

interface Person {
  n: number;
  given?: string;
  surname?: string;
  /** A lone word whose role (given name or surname) is unknown. */
  single?: string;
  gender?: "f" | "m";
  lastSeen: number;
}

export interface Numbered {
  placeholder: string;
  /** A bare name that more than one person in the text carries: linked to the most recent one, to be checked. */
  ambiguous: boolean;
}

/**
 * Numbering of each finding, in the order given (findings must be sorted by start). `fullText`, when
 * given, lets a title or relation word just before a name tell people apart ("Mrs Smith" / "Mr Smith").
 * People: a full name joins an earlier person only with the same given name (or its initial), so
 * "Mrs Smith … her son John Smith" are two people; a lone word joins the only earlier person it fits,
 * or the most recent of several, flagged ambiguous.
 */
export function numberFindings(findings: readonly SpanLike[], fullText?: string): Numbered[] {
  const counters = new Map<EntityType, number>();
  const byKey = new Map<string, number>();
  const people: Person[] = [];
  // Text redacted before keeps its numbers: new ones start after the highest already there.
  if (fullText?.includes("[")) {
    for (const m of fullText.matchAll(/\[([A-Z]+) (\d+)\]/g)) {
      const type = m[1] as EntityType;
      counters.set(type, Math.max(counters.get(type) ?? 0, Number(m[2])));
    }
  }
  const next = (type: EntityType) => {
    const n = (counters.get(type) ?? 0) + 1;
    counters.set(type, n);
    return n;
  };
  return findings.map((f, index) => {
    if (f.type === "AGE") return { placeholder: "90+", ambiguous: false };
    if (f.type !== "PERSON") {
      const key = `${f.type}|${normalise(f.type, f.text)}`;
      let n = byKey.get(key);
      if (n === undefined) {
        n = next(f.type);
        byKey.set(key, n);
      }
      return { placeholder: `[${f.type} ${n}]`, ambiguous: false };
    }
    const parts = personParts(f.text);
    const before = fullText ? fullText.slice(Math.max(0, f.start - 14), f.start) : "";
    const gender = FEMALE.test(before) ? "f" : MALE.test(before) ? "m" : undefined;
    const fits = (p: Person) => !gender || !p.gender || p.gender === gender;
    const sameGiven = (a?: string, b?: string) => !!a && !!b && (a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)));
    let person: Person | undefined;
    let ambiguous = false;
    if (parts.length >= 2) {
      const given = parts[0];
      const surname = parts[parts.length - 1];
      person = people.find((p) => p.surname === surname && sameGiven(p.given, given) && fits(p));
      // "Aroha" seen alone first, then "Aroha Ngata": the same person.
      person ??= people.find((p) => p.single === given && !p.surname && fits(p));
      if (person) {
        person.given ??= given;
        person.surname ??= surname;
        person.single = undefined;
      } else {
        person = { n: next("PERSON"), given, surname, gender, lastSeen: index };
        people.push(person);
      }
    } else if (parts.length === 1) {
      const w = parts[0];
      let matches = people.filter((p) => (p.surname === w || p.single === w) && fits(p));
      if (matches.length === 0) matches = people.filter((p) => p.given === w && fits(p));
      const distinct = [...new Set(matches)];
      if (distinct.length === 1) person = distinct[0];
      else if (distinct.length > 1) {
        person = distinct.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));
        ambiguous = true;
      } else {
        person = { n: next("PERSON"), single: gender ? undefined : w, surname: gender ? w : undefined, gender, lastSeen: index };
        people.push(person);
      }
    } else {
      person = { n: next("PERSON"), lastSeen: index };
      people.push(person);
    }
    person.gender ??= gender;
    person.lastSeen = index;
    return { placeholder: `[PERSON ${person.n}]`, ambiguous };
  });
}

/** Placeholder for each finding, in the order given (findings must be sorted by start). */
export function placeholdersFor(findings: readonly SpanLike[], fullText?: string): string[] {
  return numberFindings(findings, fullText).map((x) => x.placeholder);
}

/** Replace each finding's span with its placeholder. Findings must not overlap. */
export function applyPlaceholders(text: string, findings: readonly { start: number; end: number; placeholder: string }[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const f of sorted) {
    if (f.start < pos) continue;
    out += text.slice(pos, f.start) + f.placeholder;
    pos = f.end;
  }
  return out + text.slice(pos);
}
