// `npm run search:reindex`: rebuilds the Meilisearch index from the database into a fresh index and
// swaps it in atomically (Meilisearch swapIndexes). The embedded engine needs no command: the web
// process rebuilds it at every start.
import { openDatabase } from "../utils/db.server";
import { getEnv } from "../utils/env.server";
import { reindexAll } from "./reindex.server";
import { getSearchEngine } from "./search.server";

const env = getEnv();
const offline = process.argv.includes("--offline");
if (!env.MEILISEARCH_URL && !offline) {
  console.log("No MEILISEARCH_URL is set, so search uses the embedded engine, which the web process rebuilds from the database at every start. Nothing to do.");
  console.log("(Run with --offline to rebuild an embedded index here anyway and print the counts, as a check.)");
  process.exit(0);
}
if (!env.DATABASE_URL && !offline) {
  console.error("With the embedded PGlite database, stop the web server first and run `npm run search:reindex -- --offline`: PGlite can only be opened by one process.");
  process.exit(1);
}
const handle = await openDatabase();
const report = await reindexAll({ db: handle.db, engine: getSearchEngine() });
console.log(`Reindexed in ${report.ms} ms: ${Object.entries(report.counts).map(([k, n]) => `${n} ${k}${n === 1 ? "" : "s"}`).join(", ")}; ${report.replayed} changed during the rebuild and applied again.`);
for (const [kind, reason] of Object.entries(report.missing)) console.warn(`Skipped ${kind}: ${reason}`);
await handle.close();
