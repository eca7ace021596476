// Functions the moderation domain calls. Keep these names and signatures stable (see README.md).
import { and, asc, eq, sql } from "drizzle-orm";
import { circleMemberships, circlePostRevisions, circlePosts, circles, circleThreads, users, type PostStatus } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { newId } from "~/utils/ids.server";
import type { PostViewer } from "~/utils/policy.server";
import { memberLabelSql } from "./names";
import { postBodyHtml, renderedBody } from "./post-html.server";
import { notifyFollowers, saveRevision } from "./post-records.server";
import { circleWrite } from "./write.server";

export { decideJoinRequest, muteMember, removeMember, unmuteMember } from "./membership.server";

/**
 * One post with what a moderator needs: its circle, thread, status, the name its author appears under
 * (never the account) and its edit history.
 */
export async function getPostForModeration(db: Queryable, postId: string) {
  const [row] = await db
    .select({
      post: circlePosts,
      threadTitle: circleThreads.title,
      circle: { id: circles.id, slug: circles.slug, name: circles.name },
      authorLabel: memberLabelSql,
      authorMembershipId: circleMemberships.id,
      /** The account behind the post: for notifying the author, never for display. */
      authorUserId: circleMemberships.userId,
    })
    .from(circlePosts)
    .innerJoin(circleThreads, eq(circleThreads.id, circlePosts.threadId))
    .innerJoin(circles, eq(circles.id, circlePosts.circleId))
    .innerJoin(circleMemberships, eq(circleMemberships.id, circlePosts.authorMembershipId))
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(eq(circlePosts.id, postId))
    .limit(1);
  if (!row) return null;
  const revisions = await db
    .select({
      body: circlePostRevisions.body,
      contentWarning: circlePostRevisions.contentWarning,
      reason: circlePostRevisions.reason,
      createdAt: circlePostRevisions.createdAt,
    })
    .from(circlePostRevisions)
    .where(eq(circlePostRevisions.postId, postId))
    .orderBy(asc(circlePostRevisions.createdAt));
  return { ...row, revisions };
}

/**
 * Sets a post's status ('visible' | 'held' | 'hidden' | 'deleted') with a reason. Approving a held post
 * counts towards its author's first-posts rule and tells the thread's followers.
 */
export async function setPostStatus(tx: Queryable, postId: string, status: PostStatus, reason: string | null, actorId: string | null = null) {
  const [post] = await tx
    .select({ post: circlePosts, slug: circles.slug, authorUserId: circleMemberships.userId })
    .from(circlePosts)
    .innerJoin(circles, eq(circles.id, circlePosts.circleId))
    .innerJoin(circleMemberships, eq(circleMemberships.id, circlePosts.authorMembershipId))
    .where(eq(circlePosts.id, postId))
    .limit(1);
  if (!post || post.post.status === status) return false;
  const previous = post.post.status;
  await tx
    .update(circlePosts)
    .set({
      status,
      ...(status === "held" || status === "hidden" ? { holdReason: reason } : {}),
      ...(status === "deleted" ? { deleteReason: reason, deletedByRole: "moderator" } : {}),
    })
    .where(eq(circlePosts.id, postId));
  if (status === "visible" && previous === "held") {
    await tx
      .update(circleMemberships)
      .set({ approvedPostCount: sql`${circleMemberships.approvedPostCount} + 1` })
      .where(eq(circleMemberships.id, post.post.authorMembershipId));
    if (!post.post.isOpener) {
      await tx.update(circleThreads).set({ lastPostAt: now() }).where(eq(circleThreads.id, post.post.threadId));
      await notifyFollowers(tx, { threadId: post.post.threadId, postId, slug: post.slug, authorUserId: post.authorUserId });
    }
  }
  await writeAudit(tx, {
    actorId,
    action: "circle.post_status_changed",
    targetType: "circle_post",
    targetId: postId,
    reason,
    metadata: { circleId: post.post.circleId, from: previous, to: status },
  });
  return true;
}

/** A moderator edits a post (e.g. to remove an identifying detail); the original stays in the history. */
export async function editPostAsModerator(tx: Queryable, postId: string, newBody: string, reason: string, actorId: string) {
  const [post] = await tx.select().from(circlePosts).where(eq(circlePosts.id, postId)).limit(1);
  if (!post) return false;
  await saveRevision(tx, post, actorId, reason);
  await tx
    .update(circlePosts)
    .set({ body: newBody, ...renderedBody(newBody), editedAt: now() })
    .where(eq(circlePosts.id, postId));
  await writeAudit(tx, {
    actorId,
    action: "circle.post_edited",
    targetType: "circle_post",
    targetId: postId,
    reason,
    metadata: { circleId: post.circleId, by: "moderator" },
  });
  return true;
}

/** A moderator approves a held post from its thread. False when they may not, or the post is not in this thread. */
export async function approvePostInThread({
  actor,
  circleId,
  viewer,
  threadId,
  postId,
}: {
  actor: SessionUser;
  circleId: string;
  viewer: PostViewer;
  threadId: string;
  postId: string;
}) {
  if (!viewer.mayModerate) return false;
  return circleWrite(async (tx) => {
    const [post] = await tx
      .select({ id: circlePosts.id })
      .from(circlePosts)
      .where(and(eq(circlePosts.id, postId), eq(circlePosts.circleId, circleId), eq(circlePosts.threadId, threadId)))
      .limit(1);
    if (!post) return false;
    await setPostStatus(tx, post.id, "visible", "approved", actor.id);
    return true;
  });
}

// What moderation reads of a post under review, and the two reversals an appeal may need (an edited body, a removed
// membership): moderation reaches circle records only through this module.

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
    id: post.id,
    body: post.body,
    bodyHtml: postBodyHtml(post),
    status: post.status,
    holdReason: post.holdReason,
    isOpener: post.isOpener,
    threadId: post.threadId,
    threadTitle: found.threadTitle,
    circleId: circle.id,
    circleSlug: circle.slug,
    circleName: circle.name,
    authorMembershipId: found.authorMembershipId,
    authorUserId: found.authorUserId,
    authorLabel: found.authorLabel,
    createdAt: post.createdAt,
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
  await tx
    .update(circlePosts)
    .set({ body: revision.body, ...renderedBody(revision.body), editedAt: now() })
    .where(eq(circlePosts.id, postId));
}

/** Puts a removed member back. (The date goes in as text: postgres.js does not take a Date inside raw SQL.) */
export async function restoreMembership(tx: Queryable, membershipId: string) {
  await tx
    .update(circleMemberships)
    .set({
      status: "active",
      decisionReason: null,
      decidedAt: now(),
      joinedAt: sql`coalesce(${circleMemberships.joinedAt}, ${now().toISOString()}::timestamptz)`,
    })
    .where(eq(circleMemberships.id, membershipId));
}

export async function getJoinRequest(db: Queryable, membershipId: string) {
  const [row] = await db
    .select({
      id: circleMemberships.id,
      status: circleMemberships.status,
      userId: circleMemberships.userId,
      circleId: circles.id,
      circleSlug: circles.slug,
      circleName: circles.name,
    })
    .from(circleMemberships)
    .innerJoin(circles, eq(circles.id, circleMemberships.circleId))
    .where(eq(circleMemberships.id, membershipId))
    .limit(1);
  return row ?? null;
}

/** The post's link inside its circle (members read it there; moderators through the moderating view). */
export const postHref = (p: { circleSlug: string; threadId: string; id: string }) => `/circles/${p.circleSlug}/threads/${p.threadId}#post-${p.id}`;
