import { createDatabase, migrateDatabase, type Database, type DatabaseHandle } from "../../db/client";
import { databaseOptionsFromEnv } from "../../db/options";

/**
 * The app's database. The handle lives on globalThis so that the server bundle, the start script and
 * the tests (which build the app and serve it over real HTTP) all share the one connection they set up.
 */
declare global {
  // eslint-disable-next-line no-var
  var __restorativeDb: DatabaseHandle | undefined;
  // eslint-disable-next-line no-var
  var __restorativeDbPending: Promise<DatabaseHandle> | undefined;
}

export async function openDatabase(): Promise<DatabaseHandle> {
  if (globalThis.__restorativeDb) return globalThis.__restorativeDb;
  globalThis.__restorativeDbPending ??= createDatabase(databaseOptionsFromEnv()).then((handle) => {
    globalThis.__restorativeDb = handle;
    return handle;
  });
  return globalThis.__restorativeDbPending;
}

export function useDatabase(handle: DatabaseHandle) {
  globalThis.__restorativeDb = handle;
  globalThis.__restorativeDbPending = Promise.resolve(handle);
}

export async function getDb(): Promise<Database> {
  return (await openDatabase()).db;
}

export { migrateDatabase };
export type { Database };
