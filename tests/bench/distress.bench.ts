/**
 * Distress detection on the repository's own evaluation set (tests/data/distress-eval.jsonl, English and
 * French, every signal family plus hard negatives). Prints recall and the false-alarm rate, per language
 * and per kind, and lists every miss. Written by the team: a check that nothing regressed, not evidence
 * that the detector generalises to wording it has never seen.
 * Also prints what the sentence encoder costs: its load time, the memory it adds, CPU per post.
 *   npm run bench:distress [-- path/to/other.jsonl] [--words (the word scorer alone, as when the encoder cannot load)]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { detectDistress, detectDistressByWords } from "../../app/moderation/distress/index";

type Case = { id: string; text: string; lang?: string; distress: boolean; kind?: string };

const words = process.argv.includes("--words");
const path = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? fileURLToPath(new URL("../data/distress-eval.jsonl", import.meta.url));
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
const screen = async (text: string, lang?: string) => (words ? detectDistressByWords(text, { lang }) : detectDistress(text, { lang }));
const rss = process.memoryUsage().rss;
const loadStarted = performance.now();
await screen("Warming up.");
const loadMs = performance.now() - loadStarted;
const loadRss = process.memoryUsage().rss - rss;
const cpu = process.cpuUsage();
const started = performance.now();
for (const c of cases) {
  const r = await screen(c.text, c.lang);
  for (const key of ["all", `lang ${c.lang ?? "?"}`, `kind ${c.distress ? "+" : "-"}${c.kind ?? "?"}`]) count(key, c.distress, r.distress);
  if (r.distress !== c.distress) misses.push(`${c.distress ? "MISSED     " : "FALSE ALARM"} ${c.id} [${r.signals.join(",")}] ${c.text}`);
}
const ms = performance.now() - started;
const cpuUsed = process.cpuUsage(cpu);
const cpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "n/a");
console.log(`distress evaluation: ${cases.length} posts from ${path}`);
for (const [key, t] of [...groups.entries()].sort(([a], [b]) => (a === "all" ? -1 : b === "all" ? 1 : a.localeCompare(b)))) {
  const parts = [];
  if (t.tp + t.fn) parts.push(`recall ${pct(t.tp, t.tp + t.fn)} (${t.tp}/${t.tp + t.fn})`);
  if (t.fp + t.tn) parts.push(`false alarms ${pct(t.fp, t.fp + t.tn)} (${t.fp}/${t.fp + t.tn})`);
  console.log(`  ${key.padEnd(22)} ${parts.join("  ")}`);
}
console.log(
  `  time: ${(ms / cases.length).toFixed(2)} ms per post (CPU ${(cpuMs / cases.length).toFixed(2)} ms), one at a time${words ? ", words only" : ""}; ` +
    `first call ${loadMs.toFixed(0)} ms, +${(loadRss / 1e6).toFixed(0)} MB resident (${(process.memoryUsage().rss / 1e6).toFixed(0)} MB at the end)`,
);
if (misses.length) console.log(`\n${misses.join("\n")}`);
