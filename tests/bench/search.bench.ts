// Postgres search benchmark: index time and query latency over a synthetic library, on PGlite and
// (when DATABASE_URL is set) on a PostgreSQL server, for a fixed query set with exact words, phrases,
// typos, prefixes, synonyms, filters and facets. Target: p95 ≤ 20 ms at 35k documents on PostgreSQL.
//
//   npm run bench:search                              (large preset: 20k resources, 10k learnings, 5k facilitators)
//   npm run bench:search -- --preset=small            (2k documents, a quick check)
//   DATABASE_URL=postgres://… npm run bench:search    (adds the PostgreSQL server; a scratch database is created and dropped)
//   SEARCH_BENCH_ROUNDS=5 …                           (rounds per query; default 10)
//   … -- --server-only                                (skips PGlite: a quicker PostgreSQL measurement)
//
// The server's start time and memory are measured by tests/bench/search-server.bench.ts.

import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { sql } from "drizzle-orm";
import { createDatabase, migrateDatabase, type DatabaseHandle } from "../../db/client";
import { createTestDatabase } from "../support/database";
import { PostgresSearchEngine } from "~/search/engine/postgres";
import type { FacetName, SearchDocument, SearchKind, SearchQuery } from "~/search/engine/types";
import { generateSyntheticDocument, SeededRandom } from "~/search/synthetic";

const PRESETS: Record<string, Record<SearchKind, number>> = {
  small: { resource: 1_200, learning: 600, facilitator: 200 },
  large: { resource: 20_000, learning: 10_000, facilitator: 5_000 },
};
const presetName = process.argv.find((a) => a.startsWith("--preset="))?.split("=")[1] ?? process.env.SEARCH_BENCH_PRESET ?? "large";
const PRESET = PRESETS[presetName];
if (!PRESET) {
  console.error(`Unknown preset "${presetName}": use ${Object.keys(PRESETS).join(" or ")}.`);
  process.exit(2);
}
const SERVER_ONLY = process.argv.includes("--server-only");
const ROUNDS = Number(process.env.SEARCH_BENCH_ROUNDS ?? 10);
const WARM_UP_ROUNDS = 2;
const P95_TARGET_MS = 20;
const ALL_FACETS: FacetName[] = ["kind", "type", "topics", "countries", "languages", "year"];

/** The same query set the embedded engine was measured with (see ADR 006). */
export const TEXT_QUERIES: string[] = [
  // exact words and phrases
  "harm",
  "restorative",
  "disclosure",
  "apology",
  "clinicians",
  "maternity",
  "medication errors",
  "open disclosure",
  "restorative circle",
  "families heal",
  "involved clinicians",
  "patient safety incidents",
  "trust was rebuilt",
  "emergency department",
  "whānau",
  "culturally safe conference",
  "surgical harm review",
  // typos
  "restorativ",
  "humanzing",
  "clinican",
  "dislcosure",
  "apolgy",
  "matenrity",
  "medicaton error",
  "familes",
  "compasionate conversation",
  "reconciliaton",
  "investigaton",
  // prefixes (search-as-you-type)
  "mat",
  "restor",
  "hum",
  "disc",
  "clin",
  "open discl",
  "second vic",
  "trauma inf",
  "psych",
  // synonyms
  "second victim",
  "adverse events",
  "duty of candour",
  "relational",
  "family",
];

const FILTERED_QUERIES: SearchQuery[] = [
  { q: "", facets: ALL_FACETS },
  { q: "", filters: { kind: ["resource"], type: ["toolkit", "guide"] }, facets: ALL_FACETS },
  { q: "harm", filters: { kind: ["learning"] }, facets: ["type", "topics"] },
  { q: "restorative", filters: { topics: ["circle", "restorative_conference"], languages: ["en"] }, facets: ALL_FACETS },
  { q: "disclosure", filters: { countries: ["NZ", "AU"], yearFrom: 2015, yearTo: 2024 }, facets: ["year", "countries"] },
  { q: "clinican", filters: { kind: ["facilitator"] }, sort: "verifiedAt:desc", facets: ["countries", "languages"] },
  { q: "mat", filters: { type: ["article", "research_paper"] }, facets: ALL_FACETS },
  { q: "open disclosure", sort: "updatedAt:desc", facets: ["kind"] },
  { q: "restor", page: 3, facets: ALL_FACETS },
  { q: "medication", filters: { yearFrom: 2020 }, page: 2, hitsPerPage: 50 },
];

/** Every query as the search page sends it: ten hits and all facets, unless the query says otherwise. */
const QUERIES: SearchQuery[] = [...TEXT_QUERIES.map((q) => ({ q, hitsPerPage: 10, facets: ALL_FACETS })), ...FILTERED_QUERIES];

function syntheticDocuments(): SearchDocument[] {
  const random = new SeededRandom(2024);
  const now = Date.UTC(2026, 0, 1);
  return (Object.entries(PRESET!) as Array<[SearchKind, number]>).flatMap(([kind, count]) =>
    Array.from({ length: count }, () => generateSyntheticDocument(random, kind, now)),
  );
}

/**
 * CPU time (ms) used so far by the database server's processes serving this database, when they run on this machine
 * and /proc can be read (null otherwise, and on PGlite, which runs inside this process). Load on a shared machine
 * inflates it far less than wall-clock time.
 */
async function serverCpuMs(handle: DatabaseHandle): Promise<number | null> {
  if (handle.driver !== "postgres") return null;
  const result = await handle.db.execute(sql`select pid from pg_stat_activity where datname = current_database()`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ pid: number }>;
  try {
    return rows.reduce((total, { pid }) => {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return total + ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    }, 0);
  } catch {
    return null;
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(30)} ${value}`);

async function measure(label: string, handle: DatabaseHandle, docs: SearchDocument[]): Promise<number> {
  await migrateDatabase(handle);
  const engine = new PostgresSearchEngine(handle.db);
  const indexStart = performance.now();
  await engine.upsert(docs);
  await handle.db.execute(sql`analyze search_documents`);
  await handle.db.execute(sql`analyze search_words`);
  const indexMs = performance.now() - indexStart;
  // A library that has been in use has been vacuumed: pending index entries merged, pages marked all-visible.
  // Done here, so queries are not measured against an autovacuum of the fresh 35,000 rows running beside them.
  const vacuumStart = performance.now();
  if (handle.driver === "postgres") await handle.db.execute(sql`vacuum search_documents`);
  const vacuumMs = performance.now() - vacuumStart;

  const latencies: number[] = [];
  const perQuery = new Map<string, number[]>();
  let totalHits = 0;
  const loadBefore = loadavg()[0]!;
  let cpuStart: { server: number | null; app: number } = { server: null, app: 0 };
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
    if (round === WARM_UP_ROUNDS) cpuStart = { server: await serverCpuMs(handle), app: process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000 };
    for (const query of QUERIES) {
      const start = performance.now();
      const result = await engine.search(query);
      const elapsed = performance.now() - start;
      if (round < WARM_UP_ROUNDS) continue;
      latencies.push(elapsed);
      totalHits += result.totalHits;
      const key = JSON.stringify(query);
      perQuery.set(key, [...(perQuery.get(key) ?? []), elapsed]);
    }
  }
  const usage = process.cpuUsage();
  const appCpuMs = (usage.user + usage.system) / 1000 - cpuStart.app;
  const serverEnd = cpuStart.server === null ? null : await serverCpuMs(handle);
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 95);
  const load = Math.max(loadBefore, loadavg()[0]!);
  const [words] = (await handle.db
    .execute(sql`select count(*)::int as n from search_words`)
    .then((r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows))) as Array<{ n: number }>;

  console.log(`\n${label}`);
  line("index (upsert + analyze)", `${(indexMs / 1000).toFixed(1)} s (${Math.round(docs.length / (indexMs / 1000)).toLocaleString("en")} docs/s)`);
  if (handle.driver === "postgres") line("vacuum", `${(vacuumMs / 1000).toFixed(1)} s`);
  line("typo vocabulary", `${Number(words?.n ?? 0).toLocaleString("en")} words`);
  line("samples", `${latencies.length} (${QUERIES.length} queries × ${ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up rounds)`);
  line("p50", `${percentile(latencies, 50).toFixed(2)} ms`);
  line("p95", `${p95.toFixed(2)} ms   (target ≤ ${P95_TARGET_MS} ms: ${p95 <= P95_TARGET_MS ? "PASS" : "FAIL"})`);
  line("p99 / max", `${percentile(latencies, 99).toFixed(2)} / ${latencies[latencies.length - 1]!.toFixed(2)} ms`);
  const perQueryCpu = (ms: number) => `${(ms / latencies.length).toFixed(2)} ms`;
  line(
    "CPU per query",
    `server ${serverEnd === null || cpuStart.server === null ? "n/a" : perQueryCpu(serverEnd - cpuStart.server)}, this process ${perQueryCpu(appCpuMs)}`,
  );
  line("mean hits per query", String(Math.round(totalHits / latencies.length)));
  const cores = availableParallelism();
  line("load average (1 min)", `${load.toFixed(1)} on ${cores} cores${load > cores ? "  ← contended: figures include waiting for a CPU" : ""}`);
  console.log("  costliest queries (median):");
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const costliest = [...perQuery]
    .map(([q, v]) => ({ q, ms: median(v) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  for (const { q, ms } of costliest) line(`    ${ms.toFixed(2)} ms`, q);
  return p95;
}

async function main() {
  const docs = syntheticDocuments();
  const counts = Object.entries(PRESET!)
    .map(([k, n]) => `${n.toLocaleString("en")} ${k}s`)
    .join(", ");
  console.log(`Postgres search benchmark, preset "${presetName}": ${docs.length.toLocaleString("en")} documents (${counts}), Node ${process.version}`);
  let failed = false;
  if (process.env.DATABASE_URL) {
    // A scratch database on that server, migrated, and dropped on close.
    const handle = await createTestDatabase();
    try {
      failed = (await measure("PostgreSQL server (DATABASE_URL)", handle, docs)) > P95_TARGET_MS;
    } finally {
      await handle.close();
    }
  } else {
    console.log("\nPostgreSQL server: skipped (set DATABASE_URL to a server this benchmark may create a scratch database on)");
  }
  if (SERVER_ONLY) {
    console.log("\nPGlite: skipped (--server-only)");
  } else {
    const pglite = await createDatabase({ dataDir: "memory://" });
    try {
      await measure("PGlite (in process, in memory)", pglite, docs);
    } finally {
      await pglite.close();
    }
  }
  console.log("");
  if (failed) process.exitCode = 1;
}

await main();
