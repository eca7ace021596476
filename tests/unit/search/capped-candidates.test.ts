// Postgres search above its candidate cap (ADR 006): no step reads more than about `candidateCap` matches, so a
// common word stays fast at any library size. Up to the cap, the total, facets and order are exact; above it,
// the total is "about" (the planner's estimate), facets are scaled from a sample, and the page is still led by
// the documents that match in their title.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, migrateDatabase, type DatabaseHandle } from "../../../db/client";
import { PostgresSearchEngine } from "~/search/engine/postgres";
import type { SearchDocument } from "~/search/engine/types";

let handle: DatabaseHandle;
let engine: PostgresSearchEngine;
const CAP = 20;

function doc(i: number, init: Partial<SearchDocument>): SearchDocument {
  return {
    id: `resource:${String(i).padStart(4, "0")}`, kind: "resource", slug: `doc-${i}`, title: `Notes from the ward ${i}`, summary: "A short account.",
    body: "", type: i % 3 ? "guide" : "toolkit", topics: [], countries: [i % 2 ? "NZ" : "CA"], languages: ["en"], year: 2020,
    updatedAt: Date.UTC(2025, 0, 1) + i * 60_000, verifiedAt: null, ...init,
  };
}

beforeAll(async () => {
  handle = await createDatabase({ dataDir: "memory://" });
  await migrateDatabase(handle);
  engine = new PostgresSearchEngine(handle.db, { candidateCap: CAP });
  const docs: SearchDocument[] = [];
  // 200 documents mention the harbour in their body only; the oldest three say it in their title.
  for (let i = 0; i < 200; i++) docs.push(doc(i, { body: "We met by the harbour to talk it through." }));
  for (const i of [0, 1, 2]) docs[i] = doc(i, { title: `Harbour circle ${i}`, body: "" });
  // 12 documents mention the lighthouse: fewer than the cap.
  for (let i = 200; i < 212; i++) docs.push(doc(i, { body: "The lighthouse keeper listened." }));
  await engine.upsert(docs);
  await handle.db.execute(sql`analyze search_documents`);
}, 120_000);
afterAll(() => handle?.close());

describe("Postgres search with capped candidates", () => {
  it("is exact up to the cap: the total, the facets and the order", async () => {
    const result = await engine.search({ q: "lighthouse", hitsPerPage: 5, facets: ["type", "countries"] });
    expect(result.totalHitsEstimated).toBeUndefined();
    expect(result.totalHits).toBe(12);
    expect(result.totalPages).toBe(3);
    expect(result.facets.countries).toEqual({ NZ: 6, CA: 6 });
    expect(result.hits.map((h) => h.doc.id)).toEqual(["resource:0211", "resource:0210", "resource:0209", "resource:0208", "resource:0207"]);
  });

  it("above the cap, says 'about', keeps title matches first, then the newest, and scales the facets", async () => {
    const result = await engine.search({ q: "harbour", hitsPerPage: 5, facets: ["countries"] });
    expect(result.totalHitsEstimated).toBe(true);
    expect(result.totalHits).toBeGreaterThan(CAP);
    expect(result.totalHits).toBeGreaterThanOrEqual(100);
    expect(result.totalHits).toBeLessThanOrEqual(400);
    // The three title matches are the oldest documents, yet they lead; then the newest body matches.
    expect(result.hits.map((h) => h.doc.id)).toEqual(["resource:0002", "resource:0001", "resource:0000", "resource:0199", "resource:0198"]);
    const countries = result.facets.countries!;
    expect(countries.NZ! + countries.CA!).toBeGreaterThan(CAP * 2);
    // Pages reach as far as the ranked candidates.
    expect(result.totalPages).toBe(CAP / 5);
  });

  it("without words, above the cap, lists the newest first", async () => {
    const result = await engine.search({ q: "", hitsPerPage: 3, filters: { countries: ["NZ"] } });
    expect(result.totalHitsEstimated).toBe(true);
    expect(result.hits.map((h) => h.doc.id)).toEqual(["resource:0211", "resource:0209", "resource:0207"]);
  });
});
