import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { createDatabase, executeRows, migrateDatabase, type Database, type DatabaseHandle } from "../../db/client";

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database on the
 * PostgreSQL server in DATABASE_URL (created here, dropped on close), so suites run on both drivers.
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await createDatabase({ dataDir: "memory://" });
    await migrateDatabase(handle);
    return handle;
  }
  const { default: postgres } = await import("postgres");
  const name = `rn_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString(), max: 5 });
  await migrateDatabase(handle);
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/**
 * On PostgreSQL, a second connection pool to the same test database, as another process would have; null on
 * PGlite (one process by nature). Close it when done.
 */
export async function openSecondHandle(db: Database): Promise<DatabaseHandle | null> {
  if (testDriver() !== "postgres") return null;
  const [{ name }] = await executeRows<{ name: string }>(db, sql`select current_database() as name`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return createDatabase({ url: url.toString(), max: 4 });
}

export const testDriver = () => (process.env.DATABASE_URL ? "postgres" : "pglite");
