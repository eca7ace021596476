import type { Database } from "../client";
import type { DemoKey } from "./accounts";

/** Seeds the moderation demo content. */
export async function seedModeration(_db: Database, _people: Record<DemoKey, string>): Promise<void> {}
