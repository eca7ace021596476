/**
 * Loaders and scoring for the de-identifier benchmark (tests/bench/deid.bench.ts).
 * Scoring convention (shared/data/deid/README.md): an identifier is caught when the findings cover at
 * least 80% of its letters and digits; a leading title or label word need not be covered. Type matching
 * is not required. Precision: findings that touch a labelled identifier, divided by all findings.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../app/deid/index";

export interface Gold {
  start: number;
  end: number;
  label: string;
}
export interface Case {
  id: string;
  text: string;
  spans: Gold[];
  hardNegative: boolean;
  mustSurvive?: string[];
}
export interface Corpus {
  name: string;
  cases: Case[];
  /** Labels that are scored for precision (a finding on them is right) but left out of recall. */
  notInRecall?: Set<string>;
  /** Whether every identifier in the text is labelled, so precision means something. */
  precision: boolean;
}

const LEADING_LABEL =
  /^(?:(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|M|Mme|Mlle|Pr|Sr|Sister|Nurse|Rev|MRN|NHI|NHS|ID|Patient|patient|Case|case|Site|Record|record|No|no|Number|number|Incident|incident|Serial|serial|Lot|lot|NAM|SSN|Medicare|Account|Policy|Member|Health|Plan)\.?[\s:#]*)+/i;
const ALNUM = /[\p{L}\p{N}]/u;

export function covered(text: string, g: Gold, findings: readonly Finding[]): boolean {
  let s = g.start;
  const lead = LEADING_LABEL.exec(text.slice(g.start, g.end));
  if (lead && lead[0].length < g.end - g.start) s += lead[0].length;
  let total = 0;
  let hit = 0;
  for (let i = s; i < g.end; i++) {
    if (!ALNUM.test(text[i])) continue;
    total++;
    if (findings.some((f) => f.start <= i && i < f.end)) hit++;
  }
  return total === 0 || hit / total >= 0.8;
}

export function touchesGold(f: Finding, spans: readonly Gold[]): boolean {
  return spans.some((g) => g.start < f.end && f.start < g.end);
}

const lines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

export function loadOwn(repo: string): Corpus | null {
  const dir = join(repo, "tests/fixtures/deid");
  const cases = existsSync(dir) ? loadFixtures(dir) : null;
  return cases && { name: `own set (tests/fixtures/deid, ${cases.length} cases)`, cases, precision: true };
}

/**
 * Blind batches: written in the project's format but measured before any detector was changed for them.
 * Each batch file is its own corpus, so the newest batch's blind figure is not averaged into older ones.
 */
export function loadBlind(repo: string): Corpus[] {
  const dir = join(repo, "tests/fixtures/deid-blind");
  if (!existsSync(dir)) return [];
  return jsonlFiles(dir).map((f) => {
    const cases = loadFixtures(dir, [f]);
    return { name: `${f.replace(/\.jsonl$/, "").replace("-", " batch ")} (tests/fixtures/deid-blind, ${cases.length} texts)`, cases, precision: true };
  });
}

const jsonlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith(".jsonl"))
    .sort();

function loadFixtures(dir: string, files = jsonlFiles(dir)): Case[] {
  const cases: Case[] = [];
  for (const f of files) {
    for (const d of lines(join(dir, f))) {
      cases.push({
        id: d.id,
        text: d.text,
        spans: d.spans.map((s: { start: number; end: number; type: string }) => ({ start: s.start, end: s.end, label: s.type })),
        hardNegative: d.spans.length === 0,
        mustSurvive: d.mustSurvive ?? [],
      });
    }
  }
  return cases;
}

export function loadAsq(shared: string): Corpus | null {
  const f = join(shared, "asq-phi/asq-phi.spans.jsonl");
  if (!existsSync(f)) return null;
  const cases = lines(f).map((d) => ({ id: String(d.id), text: d.text, spans: d.spans, hardNegative: !!d.hard_negative }));
  return { name: `ASQ-PHI (${cases.length} queries)`, cases, precision: true };
}

export function loadPhysionet(shared: string): Corpus | null {
  const f = join(shared, "physionet/physionet-deid.jsonl");
  if (!existsSync(f)) return null;
  const cases = lines(f).map((d) => ({
    id: String(d.id),
    text: d.text,
    spans: d.phi.map((p: { start: number; end: number; type: string }) => ({ start: p.start, end: p.end, label: p.type })),
    hardNegative: false,
  }));
  return {
    name: `PhysioNet deid gold standard (${cases.length} notes, bare years left out of recall)`,
    cases,
    notInRecall: new Set(["DateYear"]),
    precision: true,
  };
}

export function loadPresidio(shared: string): Corpus | null {
  const f = join(shared, "presidio-research/synth_dataset_v2.json");
  if (!existsSync(f)) return null;
  const data = JSON.parse(readFileSync(f, "utf8")) as Array<{
    full_text: string;
    spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
  }>;
  const cases = data.map((d, i) => ({
    id: `presidio-${i}`,
    text: d.full_text,
    spans: d.spans.map((s) => ({ start: s.start_position, end: s.end_position, label: s.entity_type })),
    hardNegative: false,
  }));
  return { name: `Presidio synthetic (${cases.length} sentences, informational)`, cases, precision: true };
}
