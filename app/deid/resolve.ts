/** Overlap resolution: clinical protection first, then greedy by priority and length. */
import type { ProtectedSpan } from "./clinical";
import type { Candidate } from "./types";

const SOFT_TYPES = new Set(["PERSON", "LOCATION", "FACILITY", "ORGANISATION"]);
const STRUCTURAL_SOURCES = new Set([
  "facility-head",
  "facility-before",
  "facility-lower",
  "org-suffix",
  "address",
  "person-title",
  "org-head-first",
  "org-head-last",
  "facility-head-word",
  "facility-kind-lower",
  // Names whose shape holds a clinical word: "hôpital pédiatrique de Nice", "Portland, OR 97202" (letter-people.ts, named-bodies.ts).
  "facility-fr-hospital-kind",
  "facility-town-kind-lower",
  "place-us-town-zip",
]);

/** A listed two-letter surname right after a title is a name where a clinical abbreviation reads the same ("Mr. Ho."). */
const TITLED_SHORT = "person-short-surname";

function blockedBy(c: Candidate, p: ProtectedSpan): boolean {
  if (!(c.start < p.end && p.start < c.end) || c.source === TITLED_SHORT) return false;
  const containsStrictly = c.start <= p.start && c.end >= p.end && c.end - c.start > p.end - p.start;
  if (p.strength === "weak") return c.confidence < 0.8 && !containsStrictly;
  if (p.strength === "head") return c.source !== "person-title" && !(containsStrictly && STRUCTURAL_SOURCES.has(c.source));
  return !(containsStrictly && STRUCTURAL_SOURCES.has(c.source));
}

/** Drop soft candidates that overlap clinical vocabulary, then pick non-overlapping winners. */
export function resolve(text: string, cands: Candidate[], protectedSpans: ProtectedSpan[]): Candidate[] {
  const prot = [...protectedSpans].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const p of prot) longest = Math.max(longest, p.end - p.start);
  const kept = cands.filter((c) => {
    if (c.end <= c.start) return false;
    if (!SOFT_TYPES.has(c.type)) return true;
    // Start at the first protected span that could reach this candidate (binary search, not a scan).
    let lo = 0;
    let hi = prot.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (prot[mid].start < c.start - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < prot.length; k++) {
      const p = prot[k];
      if (p.start >= c.end) break;
      if (blockedBy(c, p)) return false;
    }
    return true;
  });
  // A span inside a longer span of the same type adds nothing ("1 85 05 78" inside a full NIR).
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const dropped = new Set<Candidate>();
  for (let i = 0; i < kept.length; i++) {
    const o = kept[i];
    for (let j = i + 1; j < kept.length && kept[j].start < o.end; j++) {
      const c = kept[j];
      if (c.type === o.type && c.end <= o.end && o.end - o.start > c.end - c.start) dropped.add(c);
    }
  }
  // (No spread: a 1 MB text has more candidates than a call's arguments may hold.)
  const pool = dropped.size ? kept.filter((c) => !dropped.has(c)) : [...kept];
  // Two dates that overlap without one holding the other are one date written longer ("Tues 14th" and "14th
  // May" in "Tues 14th May"): their union competes too, at the higher of their priorities.
  const dates = pool.filter((c) => c.type === "DATE");
  for (let i = 0; i < dates.length; i++) {
    const o = dates[i];
    for (let j = i + 1; j < dates.length && dates[j].start < o.end; j++) {
      const c = dates[j];
      if (c.start > o.start && c.end > o.end)
        pool.push({ ...o, end: c.end, priority: Math.max(o.priority, c.priority), confidence: Math.max(o.confidence, c.confidence) });
    }
  }
  pool.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  // Chosen spans never overlap, so kept sorted by start a binary search finds the few that could clash.
  const byStart: Candidate[] = [];
  const clashesWith = (c: Candidate): Candidate[] => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Candidate[] = [];
    for (let i = lo; i < byStart.length && byStart[i].start < c.end; i++) out.push(byStart[i]);
    return out;
  };
  const choose = (c: Candidate) => {
    chosen.push(c);
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    byStart.splice(lo, 0, c);
  };
  for (const c of pool) {
    const clash = clashesWith(c);
    if (clash.length === 0) {
      choose(c);
      continue;
    }
    // A soft span that only overhangs a stronger one keeps its own part ("Mt. Sinai on [DATE]").
    if (!SOFT_TYPES.has(c.type) || clash.length > 1) continue;
    const x = clash[0];
    const trimmed = { ...c };
    if (x.start > c.start && x.end >= c.end) trimmed.end = x.start;
    else if (x.start <= c.start && x.end < c.end) trimmed.start = x.end;
    else continue;
    const part = text.slice(trimmed.start, trimmed.end);
    const core = part.replace(/^[\s,.;:]+|[\s,.;:]+$/g, "");
    if (!/\p{L}{2,}/u.test(core)) continue;
    trimmed.start += part.indexOf(core);
    trimmed.end = trimmed.start + core.length;
    // Drop a dangling connector ("Mt. Sinai on").
    const tail = /\s+(?:on|in|at|of|and|the|le|la|de|du|à)$/i.exec(core);
    if (tail) trimmed.end -= tail[0].length;
    if (trimmed.end - trimmed.start >= 2 && clashesWith(trimmed).length === 0) choose(trimmed);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
