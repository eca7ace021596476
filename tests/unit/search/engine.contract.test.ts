// The engine contract, run against Postgres search on PGlite always, and against a live Meilisearch
// when MEILISEARCH_URL (and optionally MEILISEARCH_KEY) is set. The integration project runs it on
// the test database too, so CI's PostgreSQL 15 pass covers a real server
// (tests/integration/search/engine-contract.test.ts).

import { afterAll, describe } from "vitest";
import { createDatabase, migrateDatabase, type DatabaseHandle } from "../../../db/client";
import { MeilisearchEngine } from "~/search/engine/meilisearch";
import { PostgresSearchEngine } from "~/search/engine/postgres";
import { runEngineContract } from "./engine-contract";

const handles: DatabaseHandle[] = [];
async function postgresEngine() {
  const handle = await createDatabase({ dataDir: "memory://" });
  handles.push(handle);
  await migrateDatabase(handle);
  return new PostgresSearchEngine(handle.db);
}
afterAll(async () => {
  await Promise.all(handles.map((h) => h.close()));
});

runEngineContract("postgres on PGlite", () => postgresEngine());

const meilisearchUrl = process.env.MEILISEARCH_URL;
describe.skipIf(!meilisearchUrl)("against a live Meilisearch", () => {
  runEngineContract("meilisearch", () => new MeilisearchEngine({ host: meilisearchUrl!, apiKey: process.env.MEILISEARCH_KEY }));
});
