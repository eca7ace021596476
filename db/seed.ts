// `npm run seed`: seeds the demo network on an empty database (never in production).
// `npm run seed:demo` (--force): seeds it even when NODE_ENV=production, still only on an empty database.
import { createDatabase, migrateDatabase } from "./client";
import { databaseOptionsFromEnv } from "./options";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from "./seed/demo";

const force = process.argv.includes("--force");
if (process.env.NODE_ENV === "production" && !force) {
  console.error("Refusing to seed demo content in production. Run `npm run seed:demo` if you really want it.");
  process.exit(1);
}
const handle = await createDatabase(databaseOptionsFromEnv());
try {
  await migrateDatabase(handle);
  const seeded = await seedDemoIfEmpty(handle.db);
  console.log(seeded ? `Demo network seeded. Password for every demo account: ${DEMO_PASSWORD}` : "The database already has people in it; nothing was seeded.");
  if (seeded) for (const a of DEMO_ACCOUNTS) console.log(`  ${a.label.padEnd(22)} ${a.email}`);
} finally {
  await handle.close();
}
