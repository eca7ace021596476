import { getDb } from "../utils/db.server";
import { getEnv } from "../utils/env.server";
import type { SearchEngine } from "../search/engine/types";
import { ResilientSearchEngine } from "../search/engine/index";
import { log } from "../utils/log.server";
import { startOutboxWorker } from "../search/outbox.server";
import { reindexAll } from "../search/reindex.server";
import { getSearchEngine } from "../search/search.server";
import { startEmailDelivery } from "../notifications/email-delivery.server";
import { startScheduledJobs } from "./jobs";

/** The in-memory engine of this process: the engine itself, or Meilisearch's fallback copy. */
function embeddedEngineOf(engine: SearchEngine): SearchEngine | null {
  if (engine instanceof ResilientSearchEngine) return engine.fallback;
  return engine.name === "embedded" ? engine : null;
}

/**
 * In-process background work started by `npm start`: first the embedded search index is rebuilt from
 * the database (it keeps nothing on disk), then the search outbox worker runs, unless SEARCH_WORKER=off
 * (then `npm run worker` runs it separately), the scheduled jobs in ./jobs (each run claimed once across
 * processes) and the email deliverer. Returns a function that stops it.
 */
export async function startBackgroundWork(): Promise<() => Promise<void>> {
  const stops: Array<() => Promise<void>> = [];
  const db = await getDb();
  const engine = getSearchEngine();
  const embedded = embeddedEngineOf(engine);
  if (embedded) {
    try {
      await reindexAll({ db, engine: embedded });
    } catch (error) {
      // Search then answers from Postgres in reduced mode; the site itself keeps working.
      log("search.startup_index_failed", { error: String((error as Error)?.name ?? "Error") });
    }
  }
  if (getEnv().SEARCH_WORKER !== "off") stops.push(startOutboxWorker({ db, engine, name: "inline" }));
  stops.push(startScheduledJobs());
  stops.push(startEmailDelivery());
  return async () => {
    await Promise.all(stops.map((s) => s()));
  };
}
