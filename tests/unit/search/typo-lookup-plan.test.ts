// The typo lookup asks the trigram index for words close to each query word, whatever the vocabulary's size
// (migration 0025): pg_trgm declares its similarity operators as cheap as an integer comparison, so the planner
// read every word one by one instead (14 ms of CPU a search on PGlite with the demo network's 3,100 words).
import { createRequire } from "node:module";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, executeRows, migrateDatabase, type DatabaseHandle, type Queryable } from "../../../db/client";
import { findWordVariants, planUnits } from "~/search/engine/postgres-query";

const words = createRequire(import.meta.url)("an-array-of-english-words") as string[];
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createDatabase({ dataDir: "memory://" });
  await migrateDatabase(handle);
  // A vocabulary the size of the demo network's: 3,000 English words, and the ones the test looks for.
  const vocabulary = [...words.filter((_, i) => i % 90 === 0).slice(0, 3000), "conference", "conferences", "meeting"];
  await handle.db.execute(sql`insert into search_words (word) select jsonb_array_elements_text(${JSON.stringify(vocabulary)}::jsonb) on conflict do nothing`);
  await handle.db.execute(sql`analyze search_words`);
}, 120_000);
afterAll(() => handle?.close());

/** The statement findWordVariants asks, and the typo variants it found. */
async function lookup(q: string) {
  let asked: SQL | undefined;
  const spy = { execute: (query: SQL) => ((asked = query), handle.db.execute(query)) } as unknown as Queryable;
  const { typos: variants } = await findWordVariants(spy, planUnits(q));
  return { variants, asked: asked! };
}

describe("the typo lookup", () => {
  it("finds indexed words within the typo budget through the trigram index, not by reading every word", async () => {
    const { variants, asked } = await lookup("conferance meetng");
    expect(variants.get("conferance")).toEqual(expect.arrayContaining(["conference", "conferences"]));
    expect(variants.get("meetng")).toContain("meeting");
    const [row] = await executeRows<{ "QUERY PLAN": unknown }>(handle.db, sql`explain (format json) ${asked}`);
    const plan = JSON.stringify(row!["QUERY PLAN"]);
    expect(plan).toContain("search_words_trgm_idx");
    expect(plan).not.toContain('"Node Type":"Seq Scan"');
  });
});
