/**
 * Distress detection on the repository's own evaluation set (tests/data/distress-eval.jsonl, English and
 * French, every signal family plus hard negatives). Prints recall and the false-alarm rate, per language
 * and per kind, and lists every miss. Written by the team: a check that nothing regressed, not evidence
 * that the detector generalises to wording it has never seen.
 *   npm run bench:distress [-- path/to/other.jsonl]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { detectDistress } from "../../app/moderation/distress/index";

type Case = { id: string; text: string; lang?: string; distress: boolean; kind?: string };

const path = process.argv[2] ?? fileURLToPath(new URL("../data/distress-eval.jsonl", import.meta.url));
const cases: Case[] = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

type Tally = { tp: number; fn: number; fp: number; tn: number };
const tally = () => ({ tp: 0, fn: 0, fp: 0, tn: 0 });
const groups = new Map<string, Tally>();
const count = (key: string, expected: boolean, got: boolean) => {
  const t = groups.get(key) ?? tally();
  if (expected && got) t.tp++;
  else if (expected) t.fn++;
  else if (got) t.fp++;
  else t.tn++;
  groups.set(key, t);
};
const misses: string[] = [];
const started = performance.now();
for (const c of cases) {
  const r = detectDistress(c.text, { lang: c.lang });
  for (const key of ["all", `lang ${c.lang ?? "?"}`, `kind ${c.distress ? "+" : "-"}${c.kind ?? "?"}`]) count(key, c.distress, r.distress);
  if (r.distress !== c.distress) misses.push(`${c.distress ? "MISSED     " : "FALSE ALARM"} ${c.id} [${r.signals.join(",")}] ${c.text}`);
}
const ms = performance.now() - started;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "n/a");
console.log(`distress evaluation: ${cases.length} posts from ${path}`);
for (const [key, t] of [...groups.entries()].sort(([a], [b]) => (a === "all" ? -1 : b === "all" ? 1 : a.localeCompare(b)))) {
  const parts = [];
  if (t.tp + t.fn) parts.push(`recall ${pct(t.tp, t.tp + t.fn)} (${t.tp}/${t.tp + t.fn})`);
  if (t.fp + t.tn) parts.push(`false alarms ${pct(t.fp, t.fp + t.tn)} (${t.fp}/${t.fp + t.tn})`);
  console.log(`  ${key.padEnd(22)} ${parts.join("  ")}`);
}
console.log(`  time: ${(ms / cases.length).toFixed(2)} ms per post`);
if (misses.length) console.log(`\n${misses.join("\n")}`);
