// The behaviour every SearchEngine must show, written once and run against each engine.
// Expectations follow Meilisearch semantics; counts are taken by hand from fixture.ts.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from "~/search/engine/types";
import { FIXTURE } from "./fixture";

export type EngineFactory = () => SearchEngine | Promise<SearchEngine>;

const ids = (result: SearchResult) => result.hits.map((hit) => hit.doc.id);
const byId = (id: string) => FIXTURE.find((doc) => doc.id === id)!;

export function runEngineContract(name: string, makeEngine: EngineFactory): void {
  describe(`search engine contract: ${name}`, () => {
    // Unique per run so concurrent runs against one Meilisearch never collide.
    const runId = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const main = `contract_${runId}`;
    const other = `contract_${runId}_b`;
    let engine: SearchEngine;
    const search = (query: SearchQuery, indexUid = main) => engine.search(query, indexUid);

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.ensureIndex(main);
      await engine.upsert(FIXTURE, main);
    }, 180_000); // a database-backed engine starts its database here (PGlite takes seconds, more on a busy machine)

    afterAll(async () => {
      await engine?.dropIndex(main);
      await engine?.dropIndex(other);
    });

    describe("matching", () => {
      it("is healthy and counts the documents", async () => {
        expect(await engine.health()).toBe(true);
        expect(await engine.count(main)).toBe(FIXTURE.length);
      });

      it("finds an exact word", async () => {
        const result = await search({ q: "toolkit" });
        expect(ids(result)).toEqual(["resource:disclosure-toolkit"]);
        expect(result.totalHits).toBe(1);
      });

      it("matches the last word as a prefix (search as you type)", async () => {
        const result = await search({ q: "humaniz" });
        expect(ids(result)[0]).toBe("resource:humanizing-harm");
        expect(result.hits[0].doc.title).toBe(byId("resource:humanizing-harm").title);
      });

      it("tolerates a typo in a long word", async () => {
        const result = await search({ q: "humanzing" });
        expect(ids(result)[0]).toBe("resource:humanizing-harm");
      });

      it("does not tolerate a typo in a word shorter than five letters", async () => {
        expect((await search({ q: "harn" })).totalHits).toBe(0);
        expect((await search({ q: "hram" })).totalHits).toBe(0);
      });

      it("requires every query word to match", async () => {
        const result = await search({ q: "maternity circles" });
        expect(ids(result)).toEqual(["resource:maternity-circles"]);
      });

      it("ignores case and diacritics", async () => {
        expect(ids(await search({ q: "maori peacemaking" }))).toEqual(["resource:hohou-te-rongo"]);
        expect(ids(await search({ q: "NGATAI" }))).toEqual(["facilitator:aroha-ngatai"]);
        expect(ids(await search({ q: "émilie" }))).toEqual(["facilitator:emilie-dubois"]);
      });

      it("expands multi-word synonyms: 'second victim' finds 'involved clinician'", async () => {
        expect(ids(await search({ q: "second victim" }))).toContain("resource:involved-clinician");
      });

      it("expands synonyms both ways: 'adverse event' finds 'patient safety incident'", async () => {
        const found = ids(await search({ q: "adverse event" }));
        expect(found).toContain("learning:incident-review");
        expect(found).toContain("resource:humanizing-harm");
      });

      it("expands single-word and spelling synonyms", async () => {
        expect(ids(await search({ q: "relational" }))).toContain("resource:relational-accountability");
        expect(ids(await search({ q: "restorative" }))).toContain("resource:relational-accountability");
        expect(ids(await search({ q: "pediatric" }))).toEqual(["learning:paediatric-medication"]);
      });
    });

    describe("filters", () => {
      const count = async (filters: SearchQuery["filters"], q = "") => (await search({ q, filters })).totalHits;

      it("filters by each field alone", async () => {
        expect(await count({ kind: ["facilitator"] })).toBe(3);
        expect(await count({ type: ["guide"] })).toBe(2);
        expect(await count({ topics: ["patient_family"] })).toBe(3);
        expect(await count({ countries: ["NZ"] })).toBe(5);
        expect(await count({ languages: ["mi"] })).toBe(3);
      });

      it("ORs values within a filter and ANDs filters together", async () => {
        expect(await count({ countries: ["IE", "FR"] })).toBe(3);
        expect(await count({ kind: ["resource"], countries: ["NZ"] })).toBe(3);
        expect(await count({ kind: ["resource", "learning"], topics: ["medication"] })).toBe(2);
      });

      it("filters by year range, excluding documents without a year", async () => {
        expect(await count({ yearFrom: 2019, yearTo: 2021 })).toBe(6);
        expect(await count({ yearFrom: 2022 })).toBe(4);
        expect(await count({ yearTo: 2016 })).toBe(1);
      });

      it("combines filters with a query", async () => {
        expect(await count({ kind: ["resource"] }, "harm")).toBe(4);
        expect(await count({ kind: ["learning"] }, "harm")).toBe(0);
      });

      it("matches nothing for an unknown value, and treats an empty list as no filter", async () => {
        expect(await count({ countries: ["ZZ"] })).toBe(0);
        expect(await count({ countries: [] })).toBe(FIXTURE.length);
      });

      it("treats filter values as data, not filter syntax", async () => {
        expect(await count({ countries: ['NZ" OR kind = "resource'] })).toBe(0);
        expect(await count({ topics: ['a\\"b', "]"] })).toBe(0);
      });
    });

    describe("facets", () => {
      it("counts every facet over the whole result", async () => {
        const result = await search({ q: "", facets: ["kind", "type"] });
        expect(result.facets.kind).toEqual({ facilitator: 3, learning: 4, resource: 9 });
        expect(result.facets.type).toEqual({
          article: 2,
          communication: 1,
          course: 1,
          diagnosis: 1,
          framework: 1,
          guide: 2,
          medication: 1,
          podcast: 1,
          procedure: 1,
          research_paper: 1,
          toolkit: 1,
        });
      });

      it("counts under the current filters", async () => {
        const result = await search({ q: "", filters: { countries: ["NZ"] }, facets: ["kind", "languages"] });
        expect(result.facets.kind).toEqual({ facilitator: 1, learning: 1, resource: 3 });
        expect(result.facets.languages).toEqual({ en: 4, mi: 3 });
      });

      it("ignores unknown facet names and treats fractional years as whole years", async () => {
        const result = await search({ q: "", facets: ["kind", "nonsense" as never] });
        expect(Object.keys(result.facets)).toEqual(["kind"]);
        expect((await search({ q: "", filters: { yearFrom: 2023.9 } })).totalHits).toBe(2);
      });

      it("counts under the current query, with numbers as string keys", async () => {
        expect((await search({ q: "harm", facets: ["kind"] })).facets.kind).toEqual({ resource: 4 });
        const years = await search({ q: "", filters: { kind: ["learning"] }, facets: ["year"] });
        expect(years.facets.year).toEqual({ "2019": 1, "2020": 1, "2021": 1, "2022": 1 });
      });
    });

    describe("highlighting", () => {
      it("wraps matched words in <mark>", async () => {
        const [hit] = (await search({ q: "humanizing" })).hits;
        expect(hit.highlight.title).toContain("<mark>Humanizing</mark>");
        expect((await search({ q: "humaniz" })).hits[0].highlight.title).toMatch(/<mark>Humaniz/);
      });

      it("highlights the summary too", async () => {
        const [hit] = (await search({ q: "toolkit scripts" })).hits;
        expect(hit.highlight.summary).toContain("<mark>scripts</mark>");
      });

      it("escapes the source text so it can never become markup", async () => {
        const [hit] = (await search({ q: "alert" })).hits;
        expect(hit.doc.id).toBe("resource:script-title");
        expect(hit.highlight.title).not.toContain("<script");
        expect(hit.highlight.title).toContain("&lt;script&gt;");
        expect(hit.highlight.title).toContain("<mark>alert</mark>");
        expect(hit.highlight.summary).toContain("&amp;");
      });

      it("returns escaped text without marks for a placeholder search", async () => {
        const result = await search({ q: "", filters: { type: ["article"] } });
        const hit = result.hits.find((h) => h.doc.id === "resource:script-title")!;
        expect(hit.highlight.title).toBe("&lt;script&gt;alert(1)&lt;/script&gt; harm");
      });
    });

    describe("ranking", () => {
      it("ranks a title match above a body-only match", async () => {
        expect(ids(await search({ q: "humanizing" }))).toEqual(["resource:humanizing-harm", "resource:medication-podcast"]);
      });

      it("ranks exact matches above typo matches", async () => {
        const found = ids(await search({ q: "medication" }));
        expect(new Set(found.slice(0, 2))).toEqual(new Set(["resource:medication-podcast", "learning:paediatric-medication"]));
        expect(found).toContain("resource:mindful-meditation");
        expect(found.indexOf("resource:mindful-meditation")).toBeGreaterThan(1);
      });

      it("returns a placeholder search newest first", async () => {
        const result = await search({ q: "", hitsPerPage: 100 });
        expect(ids(result)).toEqual(FIXTURE.map((doc) => doc.id));
      });

      it("sorts by updatedAt or verifiedAt when asked (missing values last)", async () => {
        const updated = await search({ q: "harm", sort: "updatedAt:desc" });
        expect(ids(updated)).toEqual(["resource:humanizing-harm", "resource:involved-clinician", "resource:script-title", "resource:hohou-te-rongo"]);
        const verified = await search({ q: "", filters: { kind: ["facilitator"] }, sort: "verifiedAt:desc" });
        expect(ids(verified)).toEqual(["facilitator:aroha-ngatai", "facilitator:emilie-dubois", "facilitator:siobhan-murphy"]);
      });
    });

    describe("pagination", () => {
      it("reports totals and serves later pages", async () => {
        const page2 = await search({ q: "", page: 2, hitsPerPage: 5 });
        expect(page2).toMatchObject({ totalHits: 16, totalPages: 4, page: 2, hitsPerPage: 5 });
        expect(ids(page2)).toEqual(FIXTURE.slice(5, 10).map((doc) => doc.id));
        const last = await search({ q: "", page: 4, hitsPerPage: 5 });
        expect(ids(last)).toEqual([FIXTURE[15].id]);
        expect((await search({ q: "", page: 9, hitsPerPage: 5 })).hits).toEqual([]);
      });

      it("pages through ranked results consistently", async () => {
        const firstFour = ids(await search({ q: "harm", hitsPerPage: 4 }));
        const second = await search({ q: "harm", page: 2, hitsPerPage: 2 });
        expect(ids(second)).toEqual(firstFour.slice(2, 4));
        expect(second.totalPages).toBe(2);
      });
    });

    describe("writes", () => {
      it("replaces a document on upsert", async () => {
        const changed = { ...byId("resource:disclosure-toolkit"), title: "Open disclosure handbook" };
        await engine.upsert([changed], main);
        expect((await search({ q: "toolkit" })).totalHits).toBe(0);
        expect(ids(await search({ q: "handbook" }))).toEqual(["resource:disclosure-toolkit"]);
        expect(await engine.count(main)).toBe(FIXTURE.length);
      });

      it("deletes documents, ignoring unknown ids", async () => {
        await engine.delete(["resource:disclosure-toolkit", "resource:does-not-exist"], main);
        expect((await search({ q: "handbook" })).totalHits).toBe(0);
        expect(await engine.count(main)).toBe(FIXTURE.length - 1);
        await engine.upsert([byId("resource:disclosure-toolkit")], main);
        expect(await engine.count(main)).toBe(FIXTURE.length);
      });

      it("rejects a malformed document without applying any of its batch", async () => {
        const good = { ...byId("resource:maternity-circles"), id: "resource:never-stored" };
        const bad = { ...good, id: "resource:bad", kind: "podcast" } as unknown as SearchDocument;
        await expect(engine.upsert([good, bad], main)).rejects.toThrow(/kind/);
        expect(await engine.count(main)).toBe(FIXTURE.length);
      });

      it("swaps two indexes atomically", async () => {
        await engine.ensureIndex(other);
        await engine.upsert([{ ...byId("resource:maternity-circles"), id: "resource:swapped", title: "Swapped library" }], other);
        await engine.swap(main, other);
        expect(ids(await search({ q: "swapped" }))).toEqual(["resource:swapped"]);
        expect(await engine.count(main)).toBe(1);
        expect(await engine.count(other)).toBe(FIXTURE.length);
        await engine.swap(main, other); // restore for any later test
        expect(await engine.count(main)).toBe(FIXTURE.length);
      });
    });
  });
}
