import { and, asc, desc, eq } from "drizzle-orm";
import { createOnce, type FormKey } from "~/utils/form-token.server";
import { resourceSuggestions, users } from "../../db/schema";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { notify } from "~/notifications/notifications.server";
import { canEditResources, canReviewSuggestions, type Actor } from "~/utils/policy.server";
import type { SuggestionInput } from "./schema.server";

/** Saves a member's suggestion to the editors' queue and lets the editors know. */
export async function suggestResource(userId: string, input: SuggestionInput, key: FormKey | null = null) {
  const db = await getDb();
  return db.transaction((tx) =>
    createOnce(
      tx,
      key,
      async () => {
        const id = newId();
        await tx.insert(resourceSuggestions).values({
          id,
          suggestedBy: userId,
          title: input.title,
          url: input.url || null,
          summary: input.summary,
          note: input.note,
          createdAt: now(),
        });
        await writeAudit(tx, { actorId: userId, action: "resource_suggestion.created", targetType: "resource_suggestion", targetId: id });
        const editors = (
          await tx.select({ id: users.id, role: users.role, permissions: users.permissions, suspendedAt: users.suspendedAt }).from(users)
        ).filter((u) => canEditResources(u) && u.id !== userId);
        await notify(
          tx,
          editors.map((e) => ({
            userId: e.id,
            kind: "resource_suggestion_new",
            message: "A member suggested a resource for the library.",
            href: "/resources/queue",
          })),
        );
        return id;
      },
      (id) => id,
    ),
  );
}

/** A person's own suggestions, newest first, so they can see what happened to each. */
export async function listOwnSuggestions(userId: string) {
  const db = await getDb();
  return db
    .select({
      id: resourceSuggestions.id,
      title: resourceSuggestions.title,
      status: resourceSuggestions.status,
      declineReason: resourceSuggestions.declineReason,
      createdAt: resourceSuggestions.createdAt,
    })
    .from(resourceSuggestions)
    .where(eq(resourceSuggestions.suggestedBy, userId))
    .orderBy(desc(resourceSuggestions.createdAt));
}

/** The editors' queue: pending suggestions, oldest first. */
export async function listPendingSuggestions() {
  const db = await getDb();
  return db
    .select({
      id: resourceSuggestions.id,
      title: resourceSuggestions.title,
      url: resourceSuggestions.url,
      summary: resourceSuggestions.summary,
      note: resourceSuggestions.note,
      createdAt: resourceSuggestions.createdAt,
      suggestedByName: users.displayName,
    })
    .from(resourceSuggestions)
    .innerJoin(users, eq(users.id, resourceSuggestions.suggestedBy))
    .where(eq(resourceSuggestions.status, "pending"))
    .orderBy(asc(resourceSuggestions.createdAt));
}

/** A pending suggestion, for prefilling the "add resource" form; editors only. */
export async function getPendingSuggestion(viewer: Actor, id: string) {
  if (!canReviewSuggestions(viewer)) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(resourceSuggestions)
    .where(and(eq(resourceSuggestions.id, id), eq(resourceSuggestions.status, "pending")));
  return row ?? null;
}

/** Declines a suggestion with a reason the suggester will read. Returns false when it was already decided. */
export async function declineSuggestion(actorId: string, suggestionId: string, reason: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(resourceSuggestions)
      .set({ status: "declined", decidedBy: actorId, decidedAt: now(), declineReason: reason })
      .where(and(eq(resourceSuggestions.id, suggestionId), eq(resourceSuggestions.status, "pending")))
      .returning();
    if (!row) return false;
    await writeAudit(tx, { actorId, action: "resource_suggestion.declined", targetType: "resource_suggestion", targetId: suggestionId, reason });
    await notify(tx, {
      userId: row.suggestedBy,
      kind: "resource_suggestion_declined",
      message: "An editor has replied to a resource you suggested. Thank you for suggesting it.",
      href: "/resources/suggest",
    });
    return true;
  });
}
