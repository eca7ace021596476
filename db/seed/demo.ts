import { count } from "drizzle-orm";
import type { Database } from "../client";
import { users } from "../schema";
import { seedAccounts } from "./accounts";
import { DOMAIN_SEEDERS } from "./domains";
import { rebuildSearchDocuments } from "../../app/search/reindex.server";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";

/** Seeds the demo network: people, then each domain. */
export async function seedDemo(db: Database) {
  const people = await seedAccounts(db);
  for (const seeder of DOMAIN_SEEDERS) await seeder.seed(db, people);
  // The seeders write content rows directly; its search documents follow in one pass.
  await rebuildSearchDocuments({ db });
}

/** Seeds only when the database has no users yet. Returns whether it seeded. */
export async function seedDemoIfEmpty(db: Database) {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;
  await seedDemo(db);
  return true;
}
