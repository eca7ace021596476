// `npm run worker`: the search outbox worker as its own process, for when the site is scaled out
// (run the web processes with SEARCH_WORKER=off). Several may run at once: rows are claimed with
// FOR UPDATE SKIP LOCKED.
import { openDatabase } from "../utils/db.server";
import { getEnv } from "../utils/env.server";
import { startOutboxWorker } from "./outbox.server";
import { getSearchEngine } from "./search.server";

const env = getEnv();
if (!env.MEILISEARCH_URL) {
  console.error(
    "The separate worker is only for Meilisearch (MEILISEARCH_URL). Without it, search runs on Postgres and every write updates it directly: no worker is needed.",
  );
  process.exit(1);
}
if (!env.DATABASE_URL) {
  console.error("The separate worker needs DATABASE_URL: the embedded PGlite database can only be opened by one process (the web server).");
  process.exit(1);
}
const handle = await openDatabase();
const stop = startOutboxWorker({ db: handle.db, engine: getSearchEngine(), name: `worker-${process.pid}` });
console.log(`Search outbox worker ${process.pid} is running. Stop it with Ctrl+C.`);
const shutdown = async () => {
  await stop();
  await handle.close().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
