import type { Database } from "../client";
import type { DemoKey } from "./accounts";

/** Seeds the library demo content. */
export async function seedLibrary(_db: Database, _people: Record<DemoKey, string>): Promise<void> {}
