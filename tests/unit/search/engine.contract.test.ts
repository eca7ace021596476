// The engine contract, run against Postgres search on PGlite always, on a PostgreSQL server when
// DATABASE_URL is set, and against a live Meilisearch when MEILISEARCH_URL (and optionally
// MEILISEARCH_KEY) is set.

import { afterAll, describe } from "vitest";
import { createDatabase, migrateDatabase, type DatabaseHandle } from "../../../db/client";
import { MeilisearchEngine } from "~/search/engine/meilisearch";
import { PostgresSearchEngine } from "~/search/engine/postgres";
import { runEngineContract } from "./engine-contract";

const handles: DatabaseHandle[] = [];
async function postgresEngine(url?: string) {
  const handle = await createDatabase(url ? { url, max: 4 } : { dataDir: "memory://" });
  handles.push(handle);
  await migrateDatabase(handle);
  return new PostgresSearchEngine(handle.db);
}
afterAll(async () => {
  await Promise.all(handles.map((h) => h.close()));
});

runEngineContract("postgres on PGlite", () => postgresEngine());

const databaseUrl = process.env.DATABASE_URL;
describe.skipIf(!databaseUrl)("against a PostgreSQL server", () => {
  runEngineContract("postgres on PostgreSQL", () => postgresEngine(databaseUrl));
});

const meilisearchUrl = process.env.MEILISEARCH_URL;
describe.skipIf(!meilisearchUrl)("against a live Meilisearch", () => {
  runEngineContract("meilisearch", () => new MeilisearchEngine({ host: meilisearchUrl!, apiKey: process.env.MEILISEARCH_KEY }));
});
