import type { Database } from "../client";
import type { DemoKey } from "./accounts";

/** Seeds the learnings demo content. */
export async function seedLearnings(_db: Database, _people: Record<DemoKey, string>): Promise<void> {}
