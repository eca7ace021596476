import { and, count, eq, isNotNull, isNull } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { postFlags, type FlagReason } from "../../db/schema";
import { contextFor } from "~/circles/access.server";
import { notify } from "~/notifications/notifications.server";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { newId } from "~/utils/ids.server";
import { canFlagPost, canReadCircleContent } from "~/utils/policy.server";
import { circles } from "../../db/schema";
import { getPostUnderReview, postHref, setPostStatus } from "~/circles/moderation.server";
import { facilitatorIdsOf } from "./people.server";

export type FlagOutcome = { ok: true; hidden: boolean; href: string } | { ok: false; status: 403 | 404 | 409; message: string };

/** Open flags from members count towards hiding a post; automatic flags only put it in the queue. */
async function openMemberFlagCount(tx: Queryable, postId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(postFlags)
    .where(and(eq(postFlags.postId, postId), isNull(postFlags.resolvedAt), isNotNull(postFlags.reporterId)));
  return row?.n ?? 0;
}

/**
 * A member flags a post. The reporter is recorded for the moderation team and never shown to the author.
 * When FLAG_THRESHOLD different members have flagged it (default 3), the post is hidden until reviewed.
 */
export async function flagPost(actor: SessionUser, input: { postId: string; reason: FlagReason; note: string }): Promise<FlagOutcome> {
  const db = await getDb();
  const post = await getPostUnderReview(db, input.postId);
  if (!post) return { ok: false, status: 404, message: "That post could not be found." };
  const [circle] = await db.select().from(circles).where(eq(circles.id, post.circleId));
  const ctx = await contextFor(db, circle!, actor);
  const mayRead = canReadCircleContent(actor, ctx.facts);
  if (!mayRead) return { ok: false, status: 404, message: "That post could not be found." };
  if (!canFlagPost(actor, { mayRead, isAuthor: post.authorMembershipId === ctx.membership?.id, postStatus: post.status })) {
    return {
      ok: false,
      status: 403,
      message:
        post.authorMembershipId === ctx.membership?.id
          ? "You cannot flag your own post. You can edit or delete it instead."
          : "This post is already waiting for review.",
    };
  }
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(postFlags)
      .values({ id: newId(), postId: post.id, circleId: post.circleId, reporterId: actor.id, reason: input.reason, note: input.note || null })
      .onConflictDoNothing()
      .returning({ id: postFlags.id });
    if (!inserted.length)
      return { ok: false as const, status: 409 as const, message: "You have already flagged this post. Thank you: a facilitator will look at it." };
    await writeAudit(tx, {
      actorId: actor.id,
      action: "post.flagged",
      targetType: "circle_post",
      targetId: post.id,
      metadata: { circleId: post.circleId, flagId: inserted[0]!.id, reason: input.reason },
    });
    const flags = await openMemberFlagCount(tx, post.id);
    const hidden = flags >= getEnv().FLAG_THRESHOLD;
    if (hidden) {
      await setPostStatus(tx, post.id, "hidden", "flagged", null);
      await writeAudit(tx, {
        actorId: null,
        action: "post.hidden_by_flags",
        targetType: "circle_post",
        targetId: post.id,
        metadata: { circleId: post.circleId, flags },
      });
      // The author learns that the post is waiting, never who flagged it.
      await notify(tx, {
        userId: post.authorUserId,
        kind: "moderation.hidden_pending_review",
        message: `One of your posts in ${post.circleName} is hidden until a facilitator has looked at it`,
        href: `/circles/${post.circleSlug}/threads/${post.threadId}#post-${post.id}`,
      });
    }
    const reviewers = (await facilitatorIdsOf(tx, post.circleId)).filter((id) => id !== actor.id && id !== post.authorUserId);
    await notify(
      tx,
      reviewers.map((userId) => ({
        userId,
        kind: "moderation.flagged",
        message: `A post in ${post.circleName} was flagged for review`,
        href: `/circles/${post.circleSlug}/review`,
      })),
    );
    // A hidden opening post takes its thread out of sight: the reader goes back to the circle, not to a 404.
    const href = !hidden
      ? `/circles/${post.circleSlug}/threads/${post.threadId}?flagged=1#post-${post.id}`
      : post.isOpener
        ? `/circles/${post.circleSlug}?flagged=thread-hidden`
        : `/circles/${post.circleSlug}/threads/${post.threadId}?flagged=hidden`;
    return { ok: true as const, hidden, href };
  });
}

/** The post being flagged, as its reader sees it, or null when this person may not flag it. */
export async function getPostToFlag(actor: SessionUser, postId: string) {
  const db = await getDb();
  const post = await getPostUnderReview(db, postId);
  if (!post) return null;
  const [circle] = await db.select().from(circles).where(eq(circles.id, post.circleId));
  const ctx = await contextFor(db, circle!, actor);
  const mayRead = canReadCircleContent(actor, ctx.facts);
  if (!mayRead || !canFlagPost(actor, { mayRead, isAuthor: post.authorMembershipId === ctx.membership?.id, postStatus: post.status })) return null;
  return {
    id: post.id,
    circleName: post.circleName,
    threadTitle: post.threadTitle,
    authorLabel: post.authorLabel,
    bodyHtml: post.bodyHtml,
    backHref: postHref(post),
  };
}

/** A watched word with the action "flag" files an automatic flag; call it in the transaction that saved the post. */
export async function fileAutomaticFlag(tx: Queryable, input: { postId: string; circleId: string }) {
  await tx.insert(postFlags).values({
    id: newId(),
    postId: input.postId,
    circleId: input.circleId,
    reporterId: null,
    reason: "other",
    note: "Matched a watched word",
    automatic: true,
  });
  await writeAudit(tx, {
    actorId: null,
    action: "post.flagged_automatically",
    targetType: "circle_post",
    targetId: input.postId,
    metadata: { circleId: input.circleId },
  });
}
