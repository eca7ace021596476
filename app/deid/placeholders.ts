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

/**
 * Placeholder for each finding, in the order given (findings must be sorted by start).
 * Returns an array aligned with `findings`.
 */
export function placeholdersFor(findings: readonly SpanLike[]): string[] {
  const counters = new Map<EntityType, number>();
  const byKey = new Map<string, number>();
  const surnameOf = new Map<string, number>();
  const givenOf = new Map<string, number>();
  const next = (type: EntityType) => {
    const n = (counters.get(type) ?? 0) + 1;
    counters.set(type, n);
    return n;
  };
  return findings.map((f) => {
    if (f.type === "AGE") return "90+";
    if (f.type === "PERSON") {
      const parts = personParts(f.text);
      const key = `PERSON|${normalise("PERSON", f.text)}`;
      let n = byKey.get(key);
      if (n === undefined && parts.length > 0) {
        // Two people can share a first name, not (within one case) a surname: match on the surname,
        // and let a lone word ("Aroha", "Ngata") match either part of an earlier full name.
        const last = parts[parts.length - 1];
        n = surnameOf.get(last) ?? (parts.length === 1 ? givenOf.get(last) : undefined);
      }
      if (n === undefined) n = next("PERSON");
      byKey.set(key, n);
      if (parts.length > 0) {
        const last = parts[parts.length - 1];
        if (!surnameOf.has(last) && (parts.length > 1 || !givenOf.has(last))) surnameOf.set(last, n);
        if (parts.length > 1 && !givenOf.has(parts[0])) givenOf.set(parts[0], n);
      }
      return `[PERSON ${n}]`;
    }
    const key = `${f.type}|${normalise(f.type, f.text)}`;
    let n = byKey.get(key);
    if (n === undefined) {
      n = next(f.type);
      byKey.set(key, n);
    }
    return `[${f.type} ${n}]`;
  });
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
