// The last word of a query is a prefix (search as you type). When it begins only a few indexed words, Postgres
// search spells it out as those words (ADR 006, third pass): the index reads their posting lists instead of
// gathering the prefix's matches into a bitmap. Same matches, same ranking and highlights; the vocabulary is
// read in the same round trip as typo variants, and is current after each write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, migrateDatabase, type DatabaseHandle } from "../../../db/client";
import { PostgresSearchEngine } from "~/search/engine/postgres";
import { MAX_COMPLETIONS, planQuery, toTsquery } from "~/search/engine/postgres-query";
import type { SearchDocument } from "~/search/engine/types";

let handle: DatabaseHandle;
let engine: PostgresSearchEngine;

function doc(i: number, title: string, body = ""): SearchDocument {
  return {
    id: `resource:${String(i).padStart(4, "0")}`,
    kind: "resource",
    slug: `doc-${i}`,
    title,
    summary: "",
    body,
    type: "guide",
    topics: [],
    countries: ["NZ"],
    languages: ["en"],
    year: 2020,
    updatedAt: Date.UTC(2025, 0, 1) + i * 60_000,
    verifiedAt: null,
  };
}

// Words beginning "harb" (three of them) and more than MAX_COMPLETIONS words beginning "wai".
const WAI = Array.from({ length: MAX_COMPLETIONS + 3 }, (_, i) => `wai${String.fromCharCode(97 + i)}tanga`);

beforeAll(async () => {
  handle = await createDatabase({ dataDir: "memory://" });
  await migrateDatabase(handle);
  engine = new PostgresSearchEngine(handle.db);
  await engine.upsert([
    doc(1, "Harbour circle", "We met by the harbour."),
    doc(2, "Notes", "The harbours were quiet."),
    doc(3, "Harbinger of change"),
    doc(4, "Harm and repair"),
    ...WAI.map((word, i) => doc(10 + i, `Hui at ${word}`)),
  ]);
}, 120_000);
afterAll(() => handle?.close());

describe("a last word spelt out as the indexed words it begins", () => {
  it("lists the words a short prefix begins, and keeps a prefix that begins too many", async () => {
    const few = (await planQuery(handle.db, "circle harb"))!;
    expect(few.completions).toEqual(["harbinger", "harbour", "harbours"]);
    expect(toTsquery(few, { typos: true, completions: true })).toContain("'harbinger' | 'harbour' | 'harbours'");
    // Ranking and highlights read the prefix itself.
    expect(toTsquery(few, { typos: true, completions: false })).toContain("'harb':*");

    const many = (await planQuery(handle.db, "wai"))!;
    expect(many.completions).toBeNull();
    expect(toTsquery(many, { typos: true, completions: true })).toContain("'wai':*");
    // A typo variant the prefix begins is spelt out once.
    const variant = (await planQuery(handle.db, "harbour"))!;
    expect(variant.typos.get("harbour")).toContain("harbours");
    expect(toTsquery(variant, { typos: true, completions: true })).toBe("((('harbour' | 'harbours')))");
    // Two letters are not looked up.
    expect((await planQuery(handle.db, "ha"))!.completions).toBeNull();
  });

  it("finds what the prefix finds, in the same order, with the same highlights", async () => {
    const result = await engine.search({ q: "harb", hitsPerPage: 10 });
    expect(result.totalHits).toBe(3);
    expect(result.hits.map((h) => h.doc.id)).toEqual(["resource:0003", "resource:0001", "resource:0002"]);
    expect(result.hits[1]!.highlight.title).toBe("<mark>Harbour</mark> circle");
    // A prefix beginning more words than are spelt out still finds them all.
    expect((await engine.search({ q: "wai", hitsPerPage: 20 })).totalHits).toBe(WAI.length);
    // A prefix no indexed word begins finds nothing, quietly.
    expect((await engine.search({ q: "zzyq" })).totalHits).toBe(0);
  });

  it("includes a word written a moment ago", async () => {
    expect((await engine.search({ q: "harbou" })).totalHits).toBe(2);
    await engine.upsert([doc(40, "Harbourside hui")]);
    const plan = (await planQuery(handle.db, "harbou"))!;
    expect(plan.completions).toContain("harbourside");
    const result = await engine.search({ q: "harbou" });
    expect(result.totalHits).toBe(3);
    expect(result.hits.map((h) => h.doc.id)).toContain("resource:0040");
  });
});
