// The search engine contract against Postgres search on this run's test database: PGlite by
// default, a real PostgreSQL server when DATABASE_URL is set (CI's PostgreSQL 15 pass).

import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { executeRows, type DatabaseHandle } from "../../../db/client";
import { PostgresSearchEngine } from "../../../app/search/engine/postgres";
import { createTestDatabase, testDriver } from "../../support/database";
import { runEngineContract } from "../../unit/search/engine-contract";

let handle: DatabaseHandle | undefined;
afterAll(() => handle?.close());

runEngineContract(`postgres search on ${testDriver()}`, async () => {
  handle = await createTestDatabase();
  return new PostgresSearchEngine(handle.db);
});

describe.skipIf(testDriver() !== "postgres")("the server connection search reads through", () => {
  // Search's capped sample is "the first matches a scan finds": with scans that join one already under way, the
  // same query could show another page and other facet counts (ADR 006, third pass).
  it("starts every sequential scan at the table's first page", async () => {
    const own = await createTestDatabase();
    try {
      const [row] = await executeRows<{ synchronize_seqscans: string }>(own.db, sql`show synchronize_seqscans`);
      expect(row?.synchronize_seqscans).toBe("off");
    } finally {
      await own.close();
    }
  });
});
