// The search engine contract against Postgres search on this run's test database: PGlite by
// default, a real PostgreSQL server when DATABASE_URL is set (CI's PostgreSQL 15 pass).

import { afterAll } from "vitest";
import type { DatabaseHandle } from "../../../db/client";
import { PostgresSearchEngine } from "../../../app/search/engine/postgres";
import { createTestDatabase, testDriver } from "../../support/database";
import { runEngineContract } from "../../unit/search/engine-contract";

let handle: DatabaseHandle | undefined;
afterAll(() => handle?.close());

runEngineContract(`postgres search on ${testDriver()}`, async () => {
  handle = await createTestDatabase();
  return new PostgresSearchEngine(handle.db);
});
