// Moderation's own records about flags. Circle records (posts under review, reversals) come from app/circles/moderation.server.
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { postFlags } from "../../db/schema";
import { now } from "~/utils/clock.server";

/** Marks a post's open flags as dealt with, so they stop counting towards hiding it. */
export async function resolveFlags(tx: Queryable, postId: string, actorId: string) {
  await tx
    .update(postFlags)
    .set({ resolvedAt: now(), resolvedBy: actorId })
    .where(and(eq(postFlags.postId, postId), isNull(postFlags.resolvedAt)));
}
