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
    id: `resource:${String(i).padStart(4, "0")}`,
    kind: "resource",
    slug: `doc-${i}`,
    title: `Notes from the ward ${i}`,
    summary: "A short account.",
    body: "",
    type: i % 3 ? "guide" : "toolkit",
    topics: [],
    countries: [i % 2 ? "NZ" : "CA"],
    languages: ["en"],
    year: 2020,
    updatedAt: Date.UTC(2025, 0, 1) + i * 60_000,
    verifiedAt: null,
    ...init,
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

  it("filters through the facet terms: a short year range, a long one and an empty one", async () => {
    const short = await engine.search({ q: "lighthouse", filters: { yearFrom: 2020, yearTo: 2021 }, facets: ["year"] });
    const long = await engine.search({ q: "lighthouse", filters: { yearFrom: 1900, yearTo: 2100 }, facets: ["year"] });
    const none = await engine.search({ q: "lighthouse", filters: { yearFrom: 2021, yearTo: 2030 } });
    expect(short.totalHits).toBe(12);
    expect(short.facets.year).toEqual({ "2020": 12 });
    expect(long.totalHits).toBe(12);
    expect(none.totalHits).toBe(0);
  });

  it("filters and counts a document by its new values once it is replaced", async () => {
    await engine.upsert([doc(205, { body: "The lighthouse keeper listened.", countries: ["FR"], type: "course", year: 2011 })]);
    const result = await engine.search({ q: "lighthouse", filters: { countries: ["FR"], type: ["course"] }, facets: ["year", "countries"] });
    expect(result.hits.map((h) => h.doc.id)).toEqual(["resource:0205"]);
    expect(result.facets).toEqual({ year: { "2011": 1 }, countries: { FR: 1 } });
    const nz = await engine.search({ q: "lighthouse", filters: { countries: ["NZ"] } });
    expect(nz.hits.map((h) => h.doc.id)).not.toContain("resource:0205");
  });

  it("above the cap, exact words lead misspelt ones even in a title", async () => {
    const docs: SearchDocument[] = [];
    // 25 documents say 'tideway' in their body; three older ones have a title one letter away from it.
    for (let i = 300; i < 325; i++) docs.push(doc(i, { body: "The tideway was calm that night." }));
    for (let i = 290; i < 293; i++) docs.push(doc(i, { title: `Tidewy ${i}`, body: "It was calm." }));
    await engine.upsert(docs);
    const result = await engine.search({ q: "tideway calm", hitsPerPage: 10 });
    expect(result.totalHitsEstimated).toBe(true);
    expect(result.hits.map((h) => h.doc.id)).toEqual(Array.from({ length: 10 }, (_, i) => `resource:0${324 - i}`));
    const typo = await engine.search({ q: "tidewy calm", hitsPerPage: 3 });
    expect(typo.hits.map((h) => h.doc.id)).toEqual(["resource:0292", "resource:0291", "resource:0290"]);
  });
});
