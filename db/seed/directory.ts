import type { Database } from "../client";
import type { DemoKey } from "./accounts";

/** Seeds the directory demo content. */
export async function seedDirectory(_db: Database, _people: Record<DemoKey, string>): Promise<void> {}
