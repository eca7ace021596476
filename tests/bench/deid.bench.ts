/**
 * De-identifier benchmark: recall per type on the project's own labelled set, on ASQ-PHI and on
 * Presidio's synthetic set (../shared/data/deid, when present), the share of hard negatives flagged,
 * and throughput. Scoring convention (shared/data/deid/README.md): an identifier is caught when the
 * findings cover at least 80% of its letters and digits; a leading title or label word need not be
 * covered. Type matching is not required. `DEID_DEBUG=1` prints the misses and flagged negatives.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deidentify, warmUp, type Finding } from "../../app/deid/index";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const shared = resolve(repo, "../shared/data/deid");
const DEBUG = !!process.env.DEID_DEBUG;
const REF = new Date(2024, 0, 1);

interface Gold {
  start: number;
  end: number;
  label: string;
}
interface Case {
  id: string;
  text: string;
  spans: Gold[];
  hardNegative: boolean;
  mustSurvive?: string[];
}

const LEADING_LABEL =
  /^(?:(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|M|Mme|Mlle|Pr|Sr|Sister|Nurse|Rev|MRN|NHI|NHS|ID|Patient|patient|Case|case|Site|Record|record|No|no|Number|number|Incident|incident|Serial|serial|Lot|lot|NAM|SSN|Medicare|Account|Policy|Member|Health|Plan)\.?[\s:#]*)+/i;

function covered(text: string, g: Gold, findings: Finding[]): boolean {
  let s = g.start;
  const lead = LEADING_LABEL.exec(text.slice(g.start, g.end));
  if (lead && lead[0].length < g.end - g.start) s += lead[0].length;
  let total = 0;
  let hit = 0;
  for (let i = s; i < g.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
    total++;
    if (findings.some((f) => f.start <= i && i < f.end)) hit++;
  }
  return total === 0 || hit / total >= 0.8;
}

function loadOwn(): Case[] {
  const dir = join(repo, "tests/fixtures/deid");
  if (!existsSync(dir)) return [];
  const out: Case[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".jsonl")).sort()) {
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      out.push({
        id: d.id,
        text: d.text,
        spans: d.spans.map((s: { start: number; end: number; type: string }) => ({ start: s.start, end: s.end, label: s.type })),
        hardNegative: d.spans.length === 0,
        mustSurvive: d.mustSurvive ?? [],
      });
    }
  }
  return out;
}

function loadAsq(): Case[] | null {
  const f = join(shared, "asq-phi/asq-phi.spans.jsonl");
  if (!existsSync(f)) return null;
  return readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l);
      return { id: String(d.id), text: d.text, spans: d.spans, hardNegative: !!d.hard_negative };
    });
}

function loadPresidio(): Case[] | null {
  const f = join(shared, "presidio-research/synth_dataset_v2.json");
  if (!existsSync(f)) return null;
  const data = JSON.parse(readFileSync(f, "utf8")) as Array<{
    full_text: string;
    spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
  }>;
  return data.map((d, i) => ({
    id: `presidio-${i}`,
    text: d.full_text,
    spans: d.spans.map((s) => ({ start: s.start_position, end: s.end_position, label: s.entity_type })),
    hardNegative: false,
  }));
}

interface Score {
  name: string;
  perLabel: Map<string, [number, number]>;
  caught: number;
  total: number;
  negatives: number;
  negativesFlagged: number;
  survivalChecks: number;
  survivalFailures: number;
  bytes: number;
  ms: number;
}

function score(name: string, cases: Case[]): Score {
  const sc: Score = {
    name, perLabel: new Map(), caught: 0, total: 0, negatives: 0, negativesFlagged: 0,
    survivalChecks: 0, survivalFailures: 0, bytes: 0, ms: 0,
  };
  for (const c of cases) {
    const t0 = performance.now();
    const { findings } = deidentify(c.text, { referenceDate: REF });
    sc.ms += performance.now() - t0;
    sc.bytes += Buffer.byteLength(c.text);
    if (c.hardNegative) {
      sc.negatives++;
      if (findings.length > 0) {
        sc.negativesFlagged++;
        if (DEBUG) console.log(`[${name}] FLAGGED NEGATIVE ${c.id}: ${findings.map((f) => `${f.type}:${f.text}`).join(" | ")}`);
      }
    }
    for (const g of c.spans) {
      const ok = covered(c.text, g, findings);
      const e = sc.perLabel.get(g.label) ?? [0, 0];
      e[1]++;
      sc.total++;
      if (ok) {
        e[0]++;
        sc.caught++;
      } else if (DEBUG) {
        console.log(`[${name}] MISS ${g.label} ${JSON.stringify(c.text.slice(g.start, g.end))} in ${c.id}: ${c.text.slice(Math.max(0, g.start - 60), g.end + 40).replace(/\n/g, " ")}`);
      }
      sc.perLabel.set(g.label, e);
    }
    for (const term of c.mustSurvive ?? []) {
      let from = 0;
      for (;;) {
        const at = c.text.indexOf(term, from);
        if (at < 0) break;
        sc.survivalChecks++;
        const hit = findings.filter((f) => f.start < at + term.length && at < f.end);
        if (hit.length) {
          sc.survivalFailures++;
          if (DEBUG) console.log(`[${name}] REDACTED CLINICAL ${JSON.stringify(term)} in ${c.id}: ${hit.map((f) => f.text).join(" | ")}`);
        }
        from = at + term.length;
      }
    }
  }
  return sc;
}

const pct = (a: number, b: number) => (b === 0 ? "   n/a" : (a / b).toFixed(3).padStart(6));

function printScore(s: Score): void {
  console.log(`\n## ${s.name}`);
  console.log(`${"label".padEnd(32)} ${"caught".padStart(7)} ${"total".padStart(6)} ${"recall".padStart(7)}`);
  for (const [label, [c, t]] of [...s.perLabel].sort((a, b) => b[1][1] - a[1][1])) {
    console.log(`${label.padEnd(32)} ${String(c).padStart(7)} ${String(t).padStart(6)} ${pct(c, t).padStart(7)}`);
  }
  console.log(`${"OVERALL".padEnd(32)} ${String(s.caught).padStart(7)} ${String(s.total).padStart(6)} ${pct(s.caught, s.total).padStart(7)}`);
  if (s.negatives) console.log(`hard negatives flagged: ${s.negativesFlagged}/${s.negatives} = ${pct(s.negativesFlagged, s.negatives).trim()}`);
  if (s.survivalChecks) console.log(`clinical terms redacted: ${s.survivalFailures}/${s.survivalChecks}`);
  console.log(`throughput: ${(s.bytes / 1024 / (s.ms / 1000)).toFixed(0)} KB/s over ${(s.bytes / 1024).toFixed(0)} KB`);
}

/** ms per 5 KB case: own narratives concatenated into ~5 KB documents. */
function perCase(own: Case[]): { mean: number; median: number; p95: number; max: number; cpuMean: number; n: number } {
  const texts = own.map((c) => c.text);
  const docs: string[] = [];
  for (let k = 0; k < 40; k++) {
    let doc = "";
    let i = k;
    while (Buffer.byteLength(doc) < 5120) doc += texts[i++ % texts.length] + "\n\n";
    docs.push(doc.slice(0, 5120));
  }
  const times: number[] = [];
  // CPU time as well as wall time: on a shared, loaded machine wall time includes waiting for a core.
  const cpu0 = process.cpuUsage();
  for (let round = 0; round < 5; round++) {
    for (const d of docs) {
      const t0 = performance.now();
      deidentify(d, { referenceDate: REF });
      times.push(performance.now() - t0);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  return {
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    median: times[Math.floor(times.length / 2)],
    p95: times[Math.floor(times.length * 0.95)],
    max: times[times.length - 1],
    cpuMean: (cpu.user + cpu.system) / 1000 / times.length,
    n: times.length,
  };
}

const t0 = performance.now();
warmUp();
const warm = performance.now() - t0;
const own = loadOwn();
const results: Score[] = [];
if (own.length) results.push(score(`own set (tests/fixtures/deid, ${own.length} cases)`, own));
else console.log("own set: tests/fixtures/deid has no .jsonl files");
const asq = loadAsq();
if (asq) results.push(score(`ASQ-PHI (${asq.length} queries)`, asq));
else console.log(`ASQ-PHI: not found at ${shared}, skipped`);
const presidio = loadPresidio();
if (presidio) results.push(score(`Presidio synthetic (${presidio.length} sentences, informational)`, presidio));
else console.log("Presidio synthetic: not found, skipped");
for (const r of results) printScore(r);
const pc = own.length ? perCase(own) : null;
console.log(`\nwarm-up (dictionaries + first call): ${warm.toFixed(0)} ms`);
if (pc) {
  console.log(
    `5 KB case: wall mean ${pc.mean.toFixed(2)} ms, median ${pc.median.toFixed(2)} ms, p95 ${pc.p95.toFixed(2)} ms, max ${pc.max.toFixed(2)} ms; ` +
      `CPU ${pc.cpuMean.toFixed(2)} ms per case over ${pc.n} runs (target < 25 ms)`,
  );
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
}
const summary = {
  results: results.map((r) => ({
    name: r.name.split(" (")[0],
    recall: r.total ? +(r.caught / r.total).toFixed(4) : null,
    caught: r.caught,
    total: r.total,
    perLabel: Object.fromEntries([...r.perLabel].map(([k, [c, t]]) => [k, +(c / t).toFixed(4)])),
    hardNegativesFlagged: r.negatives ? +(r.negativesFlagged / r.negatives).toFixed(4) : null,
    clinicalTermsRedacted: r.survivalFailures,
    kbPerSecond: +(r.bytes / 1024 / (r.ms / 1000)).toFixed(1),
  })),
  msPer5kbCase: pc ? +pc.mean.toFixed(3) : null,
  msPer5kbCaseMedian: pc ? +pc.median.toFixed(3) : null,
  msPer5kbCaseP95: pc ? +pc.p95.toFixed(3) : null,
  cpuMsPer5kbCase: pc ? +pc.cpuMean.toFixed(3) : null,
};
console.log(JSON.stringify(summary));
