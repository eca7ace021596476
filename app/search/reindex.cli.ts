// `npm run search:reindex`: rebuilds the search documents table from the content (one transaction;
// searches keep answering from the old rows until it commits), and, when MEILISEARCH_URL is set,
// the Meilisearch index too (into a fresh index, swapped in atomically). Normally never needed:
// every write keeps its document current. Use it after changing how documents are built.
import { openDatabase } from "../utils/db.server";
import { getEnv } from "../utils/env.server";
import { MeilisearchEngine } from "./engine/meilisearch";
import { rebuildSearchDocuments, reindexAll, type ReindexReport } from "./reindex.server";

const env = getEnv();
if (!env.DATABASE_URL && !process.argv.includes("--offline")) {
  console.error(
    "With the embedded PGlite database, stop the web server first and run `npm run search:reindex -- --offline`: PGlite can only be opened by one process.",
  );
  process.exit(1);
}
const describe = (what: string, report: ReindexReport) => {
  const counts = Object.entries(report.counts)
    .map(([k, n]) => `${n} ${k}${n === 1 ? "" : "s"}`)
    .join(", ");
  console.log(`${what} rebuilt in ${report.ms} ms: ${counts}.`);
  for (const [kind, reason] of Object.entries(report.missing)) console.warn(`Skipped ${kind}: ${reason}`);
};
const handle = await openDatabase();
try {
  describe("Search documents (Postgres)", await rebuildSearchDocuments({ db: handle.db }));
  if (env.MEILISEARCH_URL) {
    const meilisearch = new MeilisearchEngine({ host: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_KEY || undefined, requestTimeoutMs: 30_000 });
    const report = await reindexAll({ db: handle.db, engine: meilisearch });
    describe("Meilisearch index", report);
    console.log(`${report.replayed} records changed during the rebuild and were applied again.`);
  }
} finally {
  await handle.close();
}
