// `npm start` (through scripts/run.mjs, which builds when needed): migrates, seeds the demo network on an empty database, and serves.
import path from "node:path";
import { sql } from "drizzle-orm";
import { EnvError, getEnv } from "../utils/env.server";

async function main() {
  const started = Date.now();
  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { openDatabase, migrateDatabase } = await import("../utils/db.server");
  const handle = await openDatabase();
  await migrateDatabase(handle);
  const { seedDemoIfEmpty, DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../../db/seed/demo");
  const seeded = env.NODE_ENV === "production" ? false : await seedDemoIfEmpty(handle.db);
  // PGlite has no autovacuum daemon to gather planner statistics; without them filtered lists pick poor plans. A
  // PostgreSQL server's autovacuum keeps them, and there an ANALYZE at every start grew with the data (2.8 s more to
  // start at a million posts than at ten thousand).
  if (handle.driver === "pglite") await handle.db.execute(sql`analyze`);
  const { serveUntilStopped } = await import("./serve");
  await serveUntilStopped(handle);
  // Posts written before stored HTML, or by an older renderer: pages render them on read until this is done.
  const { rerenderStalePostBodies } = await import("../circles/post-html.server");
  void rerenderStalePostBodies(handle.db).then(
    (n) => n && console.log(`Stored the rendered HTML of ${n} circle posts.`),
    (error: unknown) => console.error("Rendering stored post HTML stopped:", error instanceof Error ? error.message : error),
  );

  const url = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  console.log(
    `\nRestorative Network is running at ${url}  (${handle.driver === "pglite" ? `PGlite in ${path.resolve(env.DATA_DIR)}` : "PostgreSQL"}, started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (seeded) console.log("A demo network was seeded.");
  if (env.NODE_ENV !== "production") {
    console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.label.padEnd(22)} ${a.email}`);
    if (!env.SMTP_URL) console.log(`\nEmail is not sent: messages appear at ${url}/dev/mail`);
  }
}

await main();
