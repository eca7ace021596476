import { eq, inArray } from "drizzle-orm";
import { resources, type Resource } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { SearchDocument } from "~/search/engine/types";
import { markdownToText } from "~/utils/markdown.server";
import { isResourcePublic } from "~/utils/policy.server";

/** The public search document of a resource row; only fields shown on the public page go in. */
export function resourceToSearchDocument(row: Resource): SearchDocument {
  return {
    id: `resource:${row.id}`,
    kind: "resource",
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: [markdownToText(row.body ?? ""), row.authors.join(", "), row.publisher].filter(Boolean).join(" · "),
    type: row.type,
    topics: row.topics,
    countries: row.countries,
    languages: [row.language],
    year: row.year,
    updatedAt: row.updatedAt.getTime(),
    verifiedAt: null,
  };
}

/** The resource's current snapshot for the index, or null when it is gone or not public (→ delete it). */
export async function resourceSearchDocument(db: Queryable, id: string): Promise<SearchDocument | null> {
  const [row] = await db.select().from(resources).where(eq(resources.id, id));
  if (!row || !isResourcePublic(row)) return null;
  return resourceToSearchDocument(row);
}

/** Every public resource's id, for a full reindex. */
export async function publicResourceIds(db: Queryable): Promise<string[]> {
  const rows = await db.select({ id: resources.id }).from(resources).where(eq(resources.status, "published"));
  return rows.map((r) => r.id);
}

/** Many resources' snapshots in one query (reindex and outbox batches); a missing or private id maps to null. */
export async function resourceSearchDocuments(db: Queryable, ids: string[]): Promise<Map<string, SearchDocument | null>> {
  const out = new Map<string, SearchDocument | null>(ids.map((id) => [id, null]));
  if (!ids.length) return out;
  const rows = await db.select().from(resources).where(inArray(resources.id, ids));
  for (const row of rows) if (isResourcePublic(row)) out.set(row.id, resourceToSearchDocument(row));
  return out;
}
