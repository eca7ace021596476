import { describe, expect, it } from "vitest";
import { generateSyntheticLibrary, SeededRandom } from "~/search/synthetic";
import { COUNTRIES, EVENT_TYPES, LANGUAGES, RESOURCE_TYPES, TOPICS } from "~/taxonomy";

describe("synthetic library generator", () => {
  it("is deterministic: same seed, same documents", () => {
    const a = generateSyntheticLibrary({ count: 300, seed: 11 });
    const b = generateSyntheticLibrary({ count: 300, seed: 11 });
    expect(a).toEqual(b);
  });

  it("differs between seeds, and a longer run extends a shorter one", () => {
    const a = generateSyntheticLibrary({ count: 50, seed: 1 });
    const b = generateSyntheticLibrary({ count: 50, seed: 2 });
    expect(a.map((d) => d.title)).not.toEqual(b.map((d) => d.title));
    expect(generateSyntheticLibrary({ count: 80, seed: 1 }).slice(0, 50)).toEqual(a);
  });

  it("produces well-formed documents with taxonomy values", () => {
    const topics = new Set<string>(TOPICS.map((t) => t.value));
    const types = new Set<string>([...RESOURCE_TYPES, ...EVENT_TYPES].map((t) => t.value));
    const docs = generateSyntheticLibrary({ count: 2_000, seed: 3 });
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const doc of docs) {
      expect(doc.id).toMatch(/^(resource|learning|facilitator):[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(doc.id.startsWith(`${doc.kind}:`)).toBe(true);
      expect(doc.slug).toMatch(/^[a-z0-9-]+$/);
      expect(doc.title.length).toBeGreaterThan(3);
      expect(doc.body.split(" ").length).toBeGreaterThan(20);
      expect(doc.topics.length).toBeGreaterThan(0);
      for (const topic of doc.topics) expect(topics.has(topic)).toBe(true);
      for (const country of doc.countries) expect(COUNTRIES[country]).toBeDefined();
      for (const language of doc.languages) expect(LANGUAGES[language]).toBeDefined();
      if (doc.kind === "facilitator") {
        expect(doc.type).toBeNull();
        expect(doc.year).toBeNull();
      } else {
        expect(types.has(doc.type!)).toBe(true);
        expect(doc.year).toBeGreaterThanOrEqual(2000);
      }
    }
    const kinds = docs.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.kind]: (acc[d.kind] ?? 0) + 1 }), {});
    expect(kinds.resource).toBeGreaterThan(kinds.learning);
    expect(kinds.learning).toBeGreaterThan(kinds.facilitator);
  });

  it("honours the kind mix", () => {
    const docs = generateSyntheticLibrary({ count: 200, seed: 5, mix: { resource: 0, learning: 0, facilitator: 1 } });
    expect(docs.every((d) => d.kind === "facilitator")).toBe(true);
  });

  it("has a seeded PRNG with the expected ranges", () => {
    const random = new SeededRandom(99);
    for (let i = 0; i < 1_000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = random.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
    expect(new SeededRandom(7).sample([1, 2, 3, 4], 4).sort()).toEqual([1, 2, 3, 4]);
  });
});
