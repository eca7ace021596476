import type { Database } from "../client";
import type { DemoKey } from "./accounts";

/** Seeds one domain's demo content, given the demo people's ids. */
export type DomainSeeder = { name: string; seed: (db: Database, people: Record<DemoKey, string>) => Promise<void> };

/**
 * Every domain's demo seeder, run in this order after the demo accounts. Each domain adds its own entry.
 */
export const DOMAIN_SEEDERS: DomainSeeder[] = [];
