import type { Database } from "../client";
import type { DemoKey } from "./accounts";

/** Seeds the circles demo content. */
export async function seedCircles(_db: Database, _people: Record<DemoKey, string>): Promise<void> {}
