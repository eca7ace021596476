// Embedded-engine specifics beyond the shared contract: text normalisation, typo and prefix
// derivation (checked against a brute-force oracle), snapshots, compaction and isolation.

import { describe, expect, it } from "vitest";
import { EmbeddedSearchEngine } from "~/search/engine/embedded/engine";
import { highlight } from "~/search/engine/embedded/highlight";
import { InvertedIndex } from "~/search/engine/embedded/inverted-index";
import { matchPhrase } from "~/search/engine/embedded/phrase";
import { planQuery, typoBudget } from "~/search/engine/embedded/query-plan";
import { normalize, tokenize, tokenizeWithOffsets } from "~/search/engine/embedded/text";
import { Vocabulary } from "~/search/engine/embedded/vocabulary";
import { SearchIndexNotFoundError, type SearchDocument } from "~/search/engine/types";
import { generateSyntheticLibrary } from "~/search/synthetic";
import { FIXTURE } from "./fixture";

/** Optimal string alignment table: d[i][j] = distance(a[0..i), b[0..j)), transpositions = 1. */
function osaTable(a: string, b: string): number[][] {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d;
}

/** Typos between a query word and a word (or, for a prefix, the word's closest prefix). */
function oracleTypos(query: string, word: string, isPrefix: boolean): number {
  const lastRow = osaTable(query, word)[query.length];
  return isPrefix ? Math.min(...lastRow) : lastRow[word.length];
}

describe("text normalisation", () => {
  it("lowercases, strips diacritics and splits on non-alphanumerics", () => {
    expect(normalize("Māori WHĀNAU Émilie Siobhán")).toBe("maori whanau emilie siobhan");
    expect(tokenize("Hohou te rongo: Māori peace-making (2023)!")).toEqual(["hohou", "te", "rongo", "maori", "peace", "making", "2023"]);
    expect(tokenize("  ")).toEqual([]);
    expect(tokenize("open_disclosure")).toEqual(["open", "disclosure"]);
  });

  it("keeps decomposed accents inside their word and maps tokens back to the source", () => {
    const decomposed = "Cafe\u0301 harm";
    expect(tokenize(decomposed)).toEqual(["cafe", "harm"]);
    expect(tokenizeWithOffsets(decomposed).map((t) => decomposed.slice(t.start, t.end))).toEqual(["Cafe\u0301", "harm"]);
  });
});

describe("typo budget and derivations", () => {
  it("allows 0 typos under 5 letters, 1 from 5, 2 from 9", () => {
    expect([typoBudget("harm"), typoBudget("peace"), typoBudget("disclosur"), typoBudget("whānau")]).toEqual([0, 1, 2, 1]);
  });

  it("derives the same words as a brute-force edit-distance scan", () => {
    const words = [...new Set(generateSyntheticLibrary({ count: 400, seed: 8 }).flatMap((d) => tokenize(`${d.title} ${d.body}`)))];
    const vocabulary = new Vocabulary();
    for (const word of words) vocabulary.intern(word);
    const queries = ["restorativ", "humanzing", "clinican", "dislcosure", "mat", "restor", "harm", "apolgy", "familes", "nures", "x", "zzzzzz"];
    for (const query of queries) {
      for (const isPrefix of [false, true]) {
        const budget = typoBudget(query);
        const expected = new Map<string, number>();
        for (const word of words) {
          const typos = oracleTypos(query, word, isPrefix);
          if (typos <= budget) expected.set(word, typos);
        }
        const actual = new Map(vocabulary.derive(query, budget, isPrefix).map((d) => [vocabulary.wordOf(d.termId), d.typos]));
        expect(actual, `${query} prefix=${isPrefix}`).toEqual(expected);
      }
    }
  });

  it("counts an adjacent transposition as one typo", () => {
    const vocabulary = new Vocabulary();
    vocabulary.intern("disclosure");
    vocabulary.intern("clinician");
    expect(vocabulary.derive("dislcosure", 1, false).map((d) => d.typos)).toEqual([1]);
    expect(vocabulary.derive("clincian", 1, false).map((d) => d.typos)).toEqual([1]);
  });

  it("treats only a word still being typed as a prefix", () => {
    const vocabulary = new Vocabulary();
    ["maternity", "mat"].forEach((w) => vocabulary.intern(w));
    expect(planQuery("mat", vocabulary).words[0].derivations).toHaveLength(2);
    expect(planQuery("mat ", vocabulary).words[0].derivations).toHaveLength(1);
    expect(planQuery("mat harm", vocabulary).words[0].isPrefix).toBe(false);
  });
});

describe("synonym phrase matching", () => {
  it("intersects posting lists exactly like a naive scan", () => {
    const docs = generateSyntheticLibrary({ count: 1_500, seed: 13 });
    const index = new InvertedIndex();
    for (const doc of docs) index.upsert(doc);
    const phrases = [["duty", "of", "candour"], ["involved", "clinicians"], ["of", "the"], ["restorative"], ["nosuchword", "of"]];
    for (const phrase of phrases) {
      const termIds = phrase.map((w) => index.vocabulary.idOf(w) ?? -1);
      const naive = docs
        .map((doc, slot) => ({ slot, words: new Set(tokenize(`${doc.title} ${doc.summary} ${doc.body} ${doc.topics.join(" ")}`)) }))
        .filter(({ words }) => phrase.every((w) => words.has(w)))
        .map(({ slot }) => slot);
      expect(Array.from(matchPhrase(index, termIds).slots), phrase.join(" ")).toEqual(naive);
    }
  });
});

describe("highlight", () => {
  it("escapes everything and marks whole matched words", () => {
    expect(highlight(`<b onclick="x">Harm</b> & 'harmony'`, new Set(["harm"]))).toBe(
      "&lt;b onclick=&quot;x&quot;&gt;<mark>Harm</mark>&lt;/b&gt; &amp; &#39;harmony&#39;",
    );
    expect(highlight("Māori peacemaking", new Set(["maori"]))).toBe("<mark>Māori</mark> peacemaking");
  });
});

describe("embedded engine", () => {
  const fresh = async (docs: SearchDocument[] = FIXTURE) => {
    const engine = new EmbeddedSearchEngine();
    await engine.ensureIndex();
    await engine.upsert(docs);
    return engine;
  };

  it("matches the brute-force oracle on a synthetic library", async () => {
    const docs = generateSyntheticLibrary({ count: 600, seed: 21 });
    const engine = await fresh(docs);
    const tokensOf = (d: SearchDocument) => new Set(tokenize(`${d.title} ${d.summary} ${d.body} ${d.topics.join(" ")}`));
    const docTokens = docs.map((d) => ({ id: d.id, tokens: tokensOf(d) }));
    const vocabulary = [...new Set(docTokens.flatMap((d) => [...d.tokens]))];
    // Queries chosen to avoid synonyms, which the oracle does not model.
    for (const q of ["restorativ circle", "clinican", "dislcosure apology", "mat", "surgeons heal", "trust rebuilt", "psych", "maori", "nurses"]) {
      const words = tokenize(q);
      const matchingWords = words.map(
        (w, i) => new Set(vocabulary.filter((t) => oracleTypos(w, t, i === words.length - 1) <= typoBudget(w))),
      );
      const expected = docTokens
        .filter(({ tokens }) => matchingWords.every((set) => [...set].some((t) => tokens.has(t))))
        .map((d) => d.id)
        .sort();
      const result = await engine.search({ q, hitsPerPage: 100, page: 1 });
      const all = [...result.hits];
      for (let page = 2; page <= result.totalPages; page++) all.push(...(await engine.search({ q, hitsPerPage: 100, page })).hits);
      expect(all.map((h) => h.doc.id).sort(), q).toEqual(expected);
      expect(result.totalHits, q).toBe(expected.length);
    }
  });

  it("falls back to dropping trailing words when nothing has them all", async () => {
    const engine = await fresh();
    const result = await engine.search({ q: "humanizing zzyzx" });
    expect(result.hits.map((h) => h.doc.id)).toEqual(["resource:humanizing-harm", "resource:medication-podcast"]);
    expect((await engine.search({ q: "zzyzx humanizing" })).totalHits).toBe(0);
  });

  it("throws for an index that was never created, and creates one on upsert", async () => {
    const engine = new EmbeddedSearchEngine();
    await expect(engine.search({ q: "x" }, "missing")).rejects.toBeInstanceOf(SearchIndexNotFoundError);
    await expect(engine.count("missing")).rejects.toBeInstanceOf(SearchIndexNotFoundError);
    await expect(engine.swap("missing", "other")).rejects.toBeInstanceOf(SearchIndexNotFoundError);
    await engine.dropIndex("missing"); // not an error
    await engine.delete(["x"], "missing"); // not an error
    await engine.upsert(FIXTURE.slice(0, 1), "created");
    expect(await engine.count("created")).toBe(1);
  });

  it("isolates stored documents from callers' objects", async () => {
    const doc = structuredClone(FIXTURE[0]);
    const engine = await fresh([doc]);
    doc.title = "changed after upsert";
    const [hit] = (await engine.search({ q: "humanizing" })).hits;
    hit.doc.topics.push("mutated");
    const [again] = (await engine.search({ q: "humanizing" })).hits;
    expect(again.doc.title).toBe(FIXTURE[0].title);
    expect(again.doc.topics).toEqual(FIXTURE[0].topics);
  });

  it("exports and imports an index snapshot", async () => {
    const engine = await fresh();
    const snapshot = JSON.parse(JSON.stringify(engine.export()));
    const copy = new EmbeddedSearchEngine();
    copy.import(snapshot);
    expect(await copy.count()).toBe(FIXTURE.length);
    expect((await copy.search({ q: "humanzing" })).hits[0].doc.id).toBe("resource:humanizing-harm");
  });

  it("stays correct through many replacements (and compacts)", async () => {
    const docs = generateSyntheticLibrary({ count: 300, seed: 4 });
    const engine = await fresh(docs);
    const markers = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"];
    for (const marker of markers) await engine.upsert(docs.map((d) => ({ ...d, title: `${d.title} ${marker}` })));
    expect(await engine.count()).toBe(300);
    expect((await engine.search({ q: "lima" })).totalHits).toBe(300);
    expect((await engine.search({ q: "kilo" })).totalHits).toBe(0);
    await engine.delete(docs.slice(0, 100).map((d) => d.id));
    const afterDelete = await engine.search({ q: "lima", facets: ["kind"] });
    expect(afterDelete.totalHits).toBe(200);
    expect(Object.values(afterDelete.facets.kind).reduce((a, b) => a + b, 0)).toBe(200);
  });

  it("yields to the event loop during a large upsert without losing concurrent writes", async () => {
    const docs = generateSyntheticLibrary({ count: 3_000, seed: 31 });
    const engine = await fresh([]);
    const large = engine.upsert(docs);
    await new Promise((resolve) => setImmediate(resolve));
    const midway = await engine.count();
    expect(midway).toBeGreaterThan(0);
    expect(midway).toBeLessThan(docs.length);
    // Concurrent replacements: enough retired slots to compact while other writes are mid-way.
    const replacements = docs.slice(0, 1_200).map((d) => ({ ...d, title: `${d.title} replaced` }));
    await Promise.all([large, ...Array.from({ length: 4 }, () => engine.upsert(replacements))]);
    expect(await engine.count()).toBe(docs.length);
    expect((await engine.search({ q: "replaced" })).totalHits).toBe(1_200);
    expect((await engine.search({ q: "", hitsPerPage: 1 })).totalHits).toBe(docs.length);
  });

  it("clamps paging and caps query words at ten", async () => {
    const engine = await fresh();
    const result = await engine.search({ q: "", page: -3, hitsPerPage: 10_000 });
    expect(result.page).toBe(1);
    expect(result.hitsPerPage).toBe(100);
    const long = "harm ".repeat(12) + "zzyzx";
    expect((await engine.search({ q: long })).totalHits).toBe(4); // the 13th word is ignored
  });
});
