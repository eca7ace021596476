import type { Database } from "../client";
import type { DemoKey } from "./accounts";
import { seedCircles } from "./circles";
import { seedModeration } from "./moderation";
import { seedLearnings } from "./learnings";
import { seedDirectory } from "./directory";
import { seedLibrary } from "./library";

/** Seeds one domain's demo content, given the demo people's ids. */
export type DomainSeeder = { name: string; seed: (db: Database, people: Record<DemoKey, string>) => Promise<void> };

/**
 * Every domain's demo seeder, run in this order after the demo accounts. Each domain adds its own entry.
 */
export const DOMAIN_SEEDERS: DomainSeeder[] = [
  { name: "circles", seed: seedCircles },
  { name: "moderation", seed: seedModeration },
  { name: "learnings", seed: seedLearnings },
  { name: "directory", seed: seedDirectory },
  { name: "library", seed: seedLibrary },
];
