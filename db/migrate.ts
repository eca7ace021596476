// `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to PGlite in DATA_DIR.
import { createDatabase, migrateDatabase } from "./client";
import { databaseOptionsFromEnv } from "./options";

const handle = await createDatabase(databaseOptionsFromEnv());
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.driver}).`);
} finally {
  await handle.close();
}
