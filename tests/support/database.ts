import { randomBytes } from "node:crypto";
import { createDatabase, migrateDatabase, type DatabaseHandle } from "../../db/client";

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database on the
 * PostgreSQL server in DATABASE_URL (created here, dropped on close), so suites run on both drivers.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
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
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export const testDriver = () => (process.env.DATABASE_URL ? "postgres" : "pglite");
