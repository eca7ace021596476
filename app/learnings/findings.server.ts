import { deidentify, type EntityType } from "~/deid";
import { sha256 } from "~/utils/ids.server";
import { now } from "~/utils/clock.server";
import { CHECKED_FIELDS, type CheckedField } from "./sections";

/** The text of a draft that the de-identifier reads: title, tags and each section. */
export type DraftText = Record<CheckedField, string>;

export type FieldFinding = {
  field: CheckedField;
  /** Offsets within the field's text. */
  start: number;
  end: number;
  type: EntityType;
  text: string;
  placeholder: string;
  confidence: number;
  /** What reviewers clear and the gate compares: never the text itself. One per value (type and text). */
  hash: string;
};

/** Every occurrence of one found value, decided once: accepting or clearing it covers them all. */
export type FindingGroup = {
  hash: string;
  type: EntityType;
  text: string;
  placeholder: string;
  occurrences: Array<Pick<FieldFinding, "field" | "start" | "end">>;
};

const SEPARATOR = "\n\n";
const EXISTING_PLACEHOLDER = /\[([A-Z]+) (\d+)\]/g;

/**
 * Salted with the learning id so that a hash cannot be matched across learnings. The field is left out:
 * a value is one decision wherever it appears (title, tags or any section).
 */
export function findingHash(learningId: string, finding: { type: string; text: string }) {
  return sha256(`${learningId}\u0000${finding.type}\u0000${finding.text}`);
}

/** Groups findings by value, in the order each value first appears. */
export function groupFindings(findings: readonly FieldFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const group = groups.get(f.hash) ?? { hash: f.hash, type: f.type, text: f.text, placeholder: f.placeholder, occurrences: [] };
    group.occurrences.push({ field: f.field, start: f.start, end: f.end });
    groups.set(f.hash, group);
  }
  return [...groups.values()];
}

/**
 * Runs the de-identifier over the whole draft at once, so a person gets the same placeholder in every
 * section, then maps findings back to their fields. Numbers continue after placeholders already accepted,
 * so "[PERSON 1]" never ends up meaning two people.
 */
export function scanDraft(learningId: string, texts: DraftText): FieldFinding[] {
  const offsets: Array<{ field: CheckedField; start: number; end: number }> = [];
  let joined = "";
  for (const field of CHECKED_FIELDS) {
    if (joined) joined += SEPARATOR;
    const value = texts[field] ?? "";
    offsets.push({ field, start: joined.length, end: joined.length + value.length });
    joined += value;
  }
  if (!joined.trim()) return [];
  const highest = new Map<string, number>();
  for (const m of joined.matchAll(EXISTING_PLACEHOLDER)) highest.set(m[1]!, Math.max(highest.get(m[1]!) ?? 0, Number(m[2])));
  const { findings } = deidentify(joined, { referenceDate: now() });
  const out: FieldFinding[] = [];
  for (const f of findings) {
    const home = offsets.find((o) => f.start >= o.start && f.start < o.end);
    if (!home) continue;
    const start = f.start - home.start;
    const end = Math.min(f.end, home.end) - home.start;
    const text = texts[home.field].slice(start, end);
    const placeholder = f.placeholder.replace(/^\[([A-Z]+) (\d+)\]$/, (_m, type: string, n: string) => `[${type} ${Number(n) + (highest.get(type) ?? 0)}]`);
    out.push({
      field: home.field,
      start,
      end,
      type: f.type,
      text,
      placeholder,
      confidence: f.confidence,
      hash: findingHash(learningId, { type: f.type, text }),
    });
  }
  return out;
}

/** Replaces every finding except those the author has marked "not identifying". */
export function replaceAllFindings(texts: DraftText, findings: readonly FieldFinding[], keep: ReadonlySet<string>): DraftText {
  const next = { ...texts };
  const sorted = [...findings].filter((f) => !keep.has(f.hash)).sort((a, b) => b.start - a.start);
  for (const f of sorted) {
    const value = next[f.field];
    if (value.slice(f.start, f.end) === f.text) next[f.field] = value.slice(0, f.start) + f.placeholder + value.slice(f.end);
  }
  return next;
}

/**
 * A reason written by the author may quote the very text it is about. Before a reason reaches the
 * permanent audit trail, the finding text and anything else the de-identifier finds are replaced.
 */
export function scrubReason(reason: string, findingText: string, type: string): string {
  const escaped = findingText.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const withoutFinding = findingText ? reason.replace(new RegExp(escaped, "gi"), `[${type}]`) : reason;
  return deidentify(withoutFinding, { referenceDate: now() }).redacted;
}
