import { and, desc, eq, like, or } from "drizzle-orm";
import { createOnce, type FormKey } from "~/utils/form-token.server";
import { resourceRevisions, resources, resourceSuggestions, users, type Resource, type ResourceStatus } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { enqueueSearchSync } from "~/utils/outbox.server";
import { notify } from "~/notifications/notifications.server";
import { type Actor, canViewResource } from "~/utils/policy.server";
import type { ResourceInput } from "./schema.server";

/** The fields an editor controls; a revision snapshot holds exactly these. */
const CONTENT_FIELDS = [
  "title",
  "summary",
  "body",
  "url",
  "type",
  "topics",
  "audiences",
  "countries",
  "language",
  "year",
  "authors",
  "publisher",
  "accessNote",
  "status",
] as const;
type ContentField = (typeof CONTENT_FIELDS)[number];
type Snapshot = Pick<Resource, ContentField>;

function snapshotOf(r: Snapshot): Snapshot {
  return Object.fromEntries(CONTENT_FIELDS.map((f) => [f, r[f]])) as Snapshot;
}

function changedFields(before: Snapshot, after: Snapshot): string[] {
  return CONTENT_FIELDS.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
}

function columnsFrom(input: ResourceInput) {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body || null,
    url: input.url || null,
    type: input.type,
    topics: input.topics,
    audiences: input.audiences,
    countries: input.countries,
    language: input.language,
    year: input.year,
    authors: input.authors,
    publisher: input.publisher,
    accessNote: input.accessNote,
  };
}

/** Paths under /resources/ that are pages, so no resource may take them as its slug. */
export const RESERVED_SLUGS = new Set(["new", "suggest", "queue", "import"]);

/** A readable, stable URL slug from a title: lower-case ASCII words joined by hyphens. */
export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return base || "resource";
}

/** The slug, or the slug with -2, -3… when it is already taken (also by `reserved`, e.g. earlier rows of an import). */
export async function uniqueSlug(tx: Queryable, wanted: string, reserved: Set<string> = new Set()): Promise<string> {
  const rows = await tx
    .select({ slug: resources.slug })
    .from(resources)
    .where(or(eq(resources.slug, wanted), like(resources.slug, `${wanted.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`)));
  const taken = new Set([...rows.map((r) => r.slug), ...reserved, ...RESERVED_SLUGS]);
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

export type InsertResourceOptions = {
  actorId: string | null;
  slug?: string;
  note?: string;
  /** Audit action; imports and accepted suggestions say where the resource came from. */
  auditAction?: string;
  auditMetadata?: Record<string, unknown>;
  createdAt?: Date;
};

/**
 * Inserts a resource with its first revision, its search outbox row and its audit entry, inside the
 * caller's transaction (so an import of many rows is still one transaction).
 */
export async function insertResource(tx: Queryable, input: ResourceInput, options: InsertResourceOptions): Promise<Resource> {
  const at = options.createdAt ?? now();
  const slug = options.slug ?? (await uniqueSlug(tx, slugify(input.title)));
  const [row] = await tx
    .insert(resources)
    .values({
      id: newId(),
      slug,
      ...columnsFrom(input),
      status: "published",
      version: 1,
      createdBy: options.actorId,
      updatedBy: options.actorId,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  const resource = row!;
  await tx.insert(resourceRevisions).values({
    id: newId(),
    resourceId: resource.id,
    version: 1,
    editorId: options.actorId,
    note: options.note ?? "",
    changedFields: [],
    snapshot: snapshotOf(resource),
    createdAt: at,
  });
  await enqueueSearchSync(tx, "resource", resource.id);
  await writeAudit(tx, {
    actorId: options.actorId,
    action: options.auditAction ?? "resource.created",
    targetType: "resource",
    targetId: resource.id,
    metadata: options.auditMetadata,
  });
  return resource;
}

/** Creates a resource; when it answers a member's suggestion, accepts it and tells them, in the same transaction. */
export async function createResource(actorId: string, input: ResourceInput, options: { note?: string; suggestionId?: string; key?: FormKey | null } = {}) {
  const db = await getDb();
  return db.transaction((tx) =>
    createOnce(
      tx,
      options.key ?? null,
      async () => {
        const resource = await insertResource(tx, input, {
          actorId,
          note: options.note,
          auditMetadata: options.suggestionId ? { suggestionId: options.suggestionId } : undefined,
        });
        if (options.suggestionId) {
          const [suggestion] = await tx
            .update(resourceSuggestions)
            .set({ status: "accepted", decidedBy: actorId, decidedAt: now(), resourceId: resource.id })
            .where(and(eq(resourceSuggestions.id, options.suggestionId), eq(resourceSuggestions.status, "pending")))
            .returning();
          if (suggestion) {
            await writeAudit(tx, {
              actorId,
              action: "resource_suggestion.accepted",
              targetType: "resource_suggestion",
              targetId: suggestion.id,
              metadata: { resourceId: resource.id },
            });
            await notify(tx, {
              userId: suggestion.suggestedBy,
              kind: "resource_suggestion_accepted",
              message: "Thank you: a resource you suggested is now in the library.",
              href: `/resources/${resource.slug}`,
            });
          }
        }
        return resource;
      },
      (r) => r.slug,
    ),
  );
}

export type UpdateResult = { ok: true; resource: Resource; changed: string[] } | { ok: false; reason: "not_found" | "stale" };

/**
 * Saves an edit as a new revision. `expectedVersion` guards against two editors overwriting each
 * other: the second save is refused and the form comes back with their text.
 */
export async function updateResource(
  actorId: string,
  resourceId: string,
  input: ResourceInput,
  options: { status: ResourceStatus; note: string; expectedVersion?: number },
): Promise<UpdateResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(resources).where(eq(resources.id, resourceId)).for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (options.expectedVersion !== undefined && options.expectedVersion !== before.version) return { ok: false, reason: "stale" } as const;
    const next = { ...columnsFrom(input), status: options.status };
    const changed = changedFields(snapshotOf(before), { ...snapshotOf(before), ...next });
    if (!changed.length) return { ok: true, resource: before, changed } as const;
    const version = before.version + 1;
    const [after] = await tx
      .update(resources)
      .set({ ...next, version, updatedBy: actorId, updatedAt: now() })
      .where(eq(resources.id, resourceId))
      .returning();
    await tx.insert(resourceRevisions).values({
      id: newId(),
      resourceId,
      version,
      editorId: actorId,
      note: options.note,
      changedFields: changed,
      snapshot: snapshotOf(after!),
      createdAt: now(),
    });
    await enqueueSearchSync(tx, "resource", resourceId);
    const action = before.status !== after!.status ? (after!.status === "withdrawn" ? "resource.withdrawn" : "resource.republished") : "resource.updated";
    await writeAudit(tx, { actorId, action, targetType: "resource", targetId: resourceId, metadata: { version, changed } });
    return { ok: true, resource: after!, changed } as const;
  });
}

/** A resource by slug if this person may see it. */
export async function getResourceForViewer(viewer: Actor, slug: string): Promise<Resource | null> {
  const db = await getDb();
  const [row] = await db.select().from(resources).where(eq(resources.slug, slug));
  if (!row || !canViewResource(viewer, row)) return null;
  return row;
}

/** The revision history of a resource, newest first, with the editor's display name. */
export async function listRevisions(resourceId: string) {
  const db = await getDb();
  return db
    .select({
      version: resourceRevisions.version,
      note: resourceRevisions.note,
      changedFields: resourceRevisions.changedFields,
      createdAt: resourceRevisions.createdAt,
      editorName: users.displayName,
    })
    .from(resourceRevisions)
    .leftJoin(users, eq(users.id, resourceRevisions.editorId))
    .where(eq(resourceRevisions.resourceId, resourceId))
    .orderBy(desc(resourceRevisions.version));
}
