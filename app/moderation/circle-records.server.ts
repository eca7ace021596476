import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { circleMemberships, circlePostRevisions, circlePosts, circles, postFlags, type PostStatus } from "../../db/schema";
import { getPostForModeration } from "~/circles/moderation.server";
import { postBodyHtml, renderedBody } from "~/circles/post-html.server";
import { now } from "~/utils/clock.server";
import { newId } from "~/utils/ids.server";

/**
 * Circle records moderation reads, plus the two reversals the circles domain has no function for
 * (restoring an edited body and a removed membership). Everything else goes through app/circles.
 */
export type PostUnderReview = {
  id: string;
  body: string;
  /** The body as sanitized HTML: the copy stored at write time when it is current (ADR 008). */
  bodyHtml: string;
  status: PostStatus;
  holdReason: string | null;
  isOpener: boolean;
  threadId: string;
  threadTitle: string;
  circleId: string;
  circleSlug: string;
  circleName: string;
  authorMembershipId: string;
  /** The account behind the post: used to notify, never shown. */
  authorUserId: string;
  /** How the author appears in the circle (pseudonym or chosen display name). */
  authorLabel: string;
  createdAt: Date;
};

export async function getPostUnderReview(db: Queryable, postId: string): Promise<PostUnderReview | null> {
  const found = await getPostForModeration(db, postId);
  if (!found) return null;
  const { post, circle } = found;
  return {
    id: post.id, body: post.body, bodyHtml: postBodyHtml(post), status: post.status, holdReason: post.holdReason, isOpener: post.isOpener,
    threadId: post.threadId, threadTitle: found.threadTitle, circleId: circle.id, circleSlug: circle.slug, circleName: circle.name,
    authorMembershipId: found.authorMembershipId, authorUserId: found.authorUserId, authorLabel: found.authorLabel, createdAt: post.createdAt,
  };
}

/** The body before the latest moderator edit, to restore it when an appeal reverses that edit. */
export async function restoreBodyBeforeEdit(tx: Queryable, postId: string, actorId: string) {
  const [revision] = await tx
    .select()
    .from(circlePostRevisions)
    .where(and(eq(circlePostRevisions.postId, postId), eq(circlePostRevisions.editedBy, actorId)))
    .orderBy(sql`${circlePostRevisions.createdAt} desc`)
    .limit(1);
  if (!revision) return;
  const [current] = await tx.select({ body: circlePosts.body }).from(circlePosts).where(eq(circlePosts.id, postId));
  await tx.insert(circlePostRevisions).values({ id: newId(), postId, body: current!.body, editedBy: actorId, reason: "Edit reversed on appeal" });
  await tx.update(circlePosts).set({ body: revision.body, ...renderedBody(revision.body), editedAt: now() }).where(eq(circlePosts.id, postId));
}

/** Puts a removed member back. (The date goes in as text: postgres.js does not take a Date inside raw SQL.) */
export async function restoreMembership(tx: Queryable, membershipId: string) {
  await tx.update(circleMemberships).set({ status: "active", decisionReason: null, decidedAt: now(), joinedAt: sql`coalesce(${circleMemberships.joinedAt}, ${now().toISOString()}::timestamptz)` }).where(eq(circleMemberships.id, membershipId));
}

export async function getJoinRequest(db: Queryable, membershipId: string) {
  const [row] = await db
    .select({ id: circleMemberships.id, status: circleMemberships.status, userId: circleMemberships.userId, circleId: circles.id, circleSlug: circles.slug, circleName: circles.name })
    .from(circleMemberships)
    .innerJoin(circles, eq(circles.id, circleMemberships.circleId))
    .where(eq(circleMemberships.id, membershipId))
    .limit(1);
  return row ?? null;
}

/** Marks a post's open flags as dealt with, so they stop counting towards hiding it. */
export async function resolveFlags(tx: Queryable, postId: string, actorId: string) {
  await tx.update(postFlags).set({ resolvedAt: now(), resolvedBy: actorId }).where(and(eq(postFlags.postId, postId), isNull(postFlags.resolvedAt)));
}

/** The post's link inside its circle (members read it there; moderators through the moderating view). */
export const postHref = (p: { circleSlug: string; threadId: string; id: string }) => `/circles/${p.circleSlug}/threads/${p.threadId}#post-${p.id}`;
