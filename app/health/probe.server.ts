import type { Database } from "../../db/client";
import { getDb } from "~/utils/db.server";

declare global {
  // eslint-disable-next-line no-var
  var __restorativeProbeDb: Database | undefined;
}

/** Registers the probe connection (see createProbeConnection) that /healthz uses instead of the page pool. */
export function useProbeDatabase(db: Database | undefined) {
  globalThis.__restorativeProbeDb = db;
}

/** The probe connection when the server set one up; the app's database otherwise (tests, PGlite). */
export async function getProbeDatabase(): Promise<Database> {
  return globalThis.__restorativeProbeDb ?? (await getDb());
}
