import { getDb } from "../utils/db.server";
import { getEnv } from "../utils/env.server";
import { log } from "../utils/log.server";
import { startOutboxWorker } from "../search/outbox.server";
import { fillEmptySearchDocuments } from "../search/reindex.server";
import { getSearchEngine } from "../search/search.server";
import { startEmailDelivery } from "../notifications/email-delivery.server";
import { startScheduledJobs } from "./jobs";

/**
 * In-process background work started by `npm start`: the search outbox worker when Meilisearch is
 * configured (unless SEARCH_WORKER=off, then `npm run worker` runs it separately), the scheduled jobs in
 * ./jobs (each run claimed once across processes) and the email deliverer. Postgres search needs no
 * worker: documents are written with the content. Returns a function that stops it.
 */
export async function startBackgroundWork(): Promise<() => Promise<void>> {
  const stops: Array<() => Promise<void>> = [];
  const db = await getDb();
  try {
    // Only on a database that has content but no search documents yet (first start after upgrading).
    await fillEmptySearchDocuments(db);
  } catch (error) {
    log("search.documents_fill_failed", { error: String((error as Error)?.name ?? "Error") });
  }
  const env = getEnv();
  if (env.MEILISEARCH_URL && env.SEARCH_WORKER !== "off") stops.push(startOutboxWorker({ db, engine: getSearchEngine(), name: "inline" }));
  stops.push(startScheduledJobs());
  stops.push(startEmailDelivery());
  return async () => {
    await Promise.all(stops.map((s) => s()));
  };
}
