// Relevance over the seeded demo library: a fixed set of queries (exact words, typos, prefixes,
// synonyms, te reo Māori and French words, with and without accents), each with the documents a
// person would count as right answers. Prints, per query, the rank of the first right answer and
// the number of hits, then hits@1, hits@3 and the mean reciprocal rank. ADR 006 compares these
// figures for the old embedded engine and Postgres search.
//
//   npx tsx tests/bench/search-relevance.bench.ts [--json]

import { createDatabase, migrateDatabase } from "../../db/client";
import { seedDemo } from "../../db/seed/demo";
import { useDatabase } from "~/utils/db.server";
import { PostgresSearchEngine } from "~/search/engine/postgres";
import { rebuildSearchDocuments } from "~/search/reindex.server";
import type { SearchEngine } from "~/search/engine/types";

/** Query → title fragments that mark a right answer (case-insensitive). */
export const RELEVANCE_QUERIES: Array<{ q: string; kind: string; relevant: string[] }> = [
  { q: "second victim", kind: "exact", relevant: ["second victim"] },
  { q: "open disclosure", kind: "exact", relevant: ["open disclosure"] },
  { q: "apology", kind: "exact", relevant: ["apology"] },
  { q: "surgical mesh", kind: "exact", relevant: ["surgical mesh"] },
  { q: "secnd victim", kind: "typo", relevant: ["second victim"] },
  { q: "humanzing harm", kind: "typo", relevant: ["humanizing harm"] },
  { q: "psychological safty", kind: "typo", relevant: ["psychological safety"] },
  { q: "surgcal mesh", kind: "typo", relevant: ["surgical mesh"] },
  { q: "reconcilation", kind: "typo", relevant: ["reconciliation"] },
  { q: "forgivness", kind: "typo", relevant: ["forgiveness"] },
  { q: "disclos", kind: "prefix", relevant: ["disclosure"] },
  { q: "restorative just cul", kind: "prefix", relevant: ["restorative just culture"] },
  { q: "peacemaking circ", kind: "prefix", relevant: ["peacemaking circles", "circle processes"] },
  { q: "psychological saf", kind: "prefix", relevant: ["psychological safety"] },
  { q: "involved clinician", kind: "synonym", relevant: ["second victim"] },
  { q: "candour", kind: "synonym", relevant: ["candor"] },
  { q: "adverse event", kind: "synonym", relevant: ["adverse event", "patient safety incident"] },
  { q: "maori", kind: "Māori, no macron", relevant: ["māori"] },
  { q: "whanau", kind: "Māori, no macron", relevant: ["whānau"] },
  { q: "whānau", kind: "Māori", relevant: ["whānau"] },
  { q: "tikanga", kind: "Māori", relevant: ["tikanga"] },
  { q: "hohou te rongo", kind: "Māori", relevant: ["hohou te rongo"] },
  { q: "erreur transfusionnelle", kind: "French", relevant: ["erreur transfusionnelle"] },
  { q: "dommage associe aux soins", kind: "French, no accent", relevant: ["dommage associé aux soins"] },
  { q: "préposée", kind: "French", relevant: ["préposée"] },
  { q: "chute soins longue duree", kind: "French, no accent", relevant: ["chute en soins de longue durée"] },
];

export type RelevanceRow = { q: string; kind: string; rank: number | null; hits: number; top: string[] };

export async function measureRelevance(engine: SearchEngine): Promise<RelevanceRow[]> {
  const rows: RelevanceRow[] = [];
  for (const { q, kind, relevant } of RELEVANCE_QUERIES) {
    const result = await engine.search({ q, hitsPerPage: 20 });
    const titles = result.hits.map((h) => h.doc.title);
    const index = titles.findIndex((t) => relevant.some((r) => t.toLowerCase().includes(r)));
    rows.push({ q, kind, rank: index < 0 ? null : index + 1, hits: result.totalHits, top: titles.slice(0, 3) });
  }
  return rows;
}

export function summarise(rows: RelevanceRow[]) {
  const at = (k: number) => rows.filter((r) => r.rank !== null && r.rank <= k).length;
  const mrr = rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length;
  return { queries: rows.length, hitsAt1: at(1), hitsAt3: at(3), mrr: Number(mrr.toFixed(3)) };
}

async function main() {
  const handle = await createDatabase({ dataDir: "memory://" });
  useDatabase(handle);
  await migrateDatabase(handle);
  await seedDemo(handle.db);
  await rebuildSearchDocuments({ db: handle.db });
  const rows = await measureRelevance(new PostgresSearchEngine(handle.db));
  if (process.argv.includes("--json")) console.log(JSON.stringify({ rows, summary: summarise(rows) }));
  else {
    for (const r of rows) console.log(`${r.kind.padEnd(18)} ${r.q.padEnd(28)} rank ${String(r.rank ?? "-").padEnd(3)} hits ${r.hits}`);
    console.log(summarise(rows));
  }
  await handle.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
