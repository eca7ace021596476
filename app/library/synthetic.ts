// Synthetic resource rows for database-level benchmarks (listing, facets, reindex, outbox drain):
// the search engineer's synthetic documents, turned into valid form input, so they go through the
// same validation and insert path as real resources. Deterministic for a given seed.

import { generateSyntheticDocument, SeededRandom } from "~/search/synthetic";
import { AUDIENCES, RESOURCE_TYPES, TOPICS } from "~/taxonomy";
import type { ResourceInput } from "./schema.server";

const TYPES = RESOURCE_TYPES.map((t) => t.value);
const TOPIC_VALUES = TOPICS.map((t) => t.value);
const AUDIENCE_VALUES = AUDIENCES.map((a) => a.value);

/** `count` valid resource inputs with unique titles and links. */
export function generateSyntheticResources(count: number, seed = 42): ResourceInput[] {
  const random = new SeededRandom(seed);
  const now = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const doc = generateSyntheticDocument(random, "resource", now);
    return {
      title: `${doc.title} (${i + 1})`.slice(0, 300),
      summary: doc.summary.slice(0, 2000) || "A synthetic summary.",
      body: doc.body.slice(0, 20_000),
      url: `https://example.org/synthetic/${seed}/${i + 1}`,
      type: TYPES.includes(doc.type as (typeof TYPES)[number]) ? doc.type! : random.pick(TYPES),
      topics: doc.topics
        .filter((t) => (TOPIC_VALUES as string[]).includes(t))
        .slice(0, 4)
        .concat(random.pick(TOPIC_VALUES))
        .filter((t, k, all) => all.indexOf(t) === k),
      audiences: random.sample(AUDIENCE_VALUES, random.int(1, 3)),
      countries: doc.countries,
      language: doc.languages[0] ?? "en",
      year: doc.year ?? random.int(2005, 2025),
      authors: [`Author ${random.int(1, 500)}`],
      publisher: "Synthetic Press",
      accessNote: random.chance(0.6) ? "Open access" : "Subscription",
    };
  });
}
