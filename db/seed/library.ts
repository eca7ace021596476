import type { Database } from "../client";
import type { DemoKey } from "./accounts";
import { RESOURCES } from "./data/resources";
import { insertResource } from "../../app/library/resources.server";
import { ResourceInputSchema } from "../../app/library/schema.server";

/**
 * Seeds the resource library with the real published works in ./data/resources.ts, through the same
 * validation and insert path as the editors' form (each with its revision, outbox and audit rows).
 */
export async function seedLibrary(db: Database, people: Record<DemoKey, string>): Promise<void> {
  const editor = people.moderator;
  const day = 24 * 60 * 60 * 1000;
  const start = Date.now();
  await db.transaction(async (tx) => {
    for (const [i, item] of RESOURCES.entries()) {
      const parsed = ResourceInputSchema.safeParse(item);
      if (!parsed.success)
        throw new Error(`Seed resource ${item.slug} is invalid: ${parsed.error.issues.map((x) => `${String(x.path[0])}: ${x.message}`).join("; ")}`);
      // Spread over past days so the feed and "newest" lists have a meaningful order.
      await insertResource(tx, parsed.data, {
        actorId: editor,
        slug: item.slug,
        note: "Seeded from the library's reading list",
        createdAt: new Date(start - i * day),
      });
    }
  });
}
