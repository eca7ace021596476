import { and, eq, sql } from "drizzle-orm";
import { circleMemberships, circlePosts, circlePostSupports, circleThreadFollows, circleThreads, type CirclePost, type PostStatus } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { AlreadySubmitted, createOnce, orAlreadySubmitted, type FormKey } from "~/utils/form-token.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { raiseCareAlert } from "~/moderation/care.server";
import { fileAutomaticFlag } from "~/moderation/flags.server";
import { screenPost, type ScreeningResult } from "~/moderation/screening.server";
import { canDeletePost, canEditPost, canSeePost, type PostViewer } from "~/utils/policy.server";
import type { CircleContext } from "./access.server";
import type { FormResult } from "./circles.server";
import { notifyFollowers, saveRevision, threadHref } from "./post-records.server";
import { renderedBody } from "./post-html.server";
import { circleWrite } from "./write.server";

export const NEW_MEMBER_HOLD_MESSAGE =
  "Thank you for posting. Because you are new to this circle, a facilitator reads your first posts before others see them; this is usually within a day. For now only you and the facilitators can see it.";
export const HELD_MESSAGE =
  "Thank you. Your post is waiting for a facilitator to read it before others see it. Only you and the facilitators can see it for now.";
const BLOCKED_MESSAGE = "This post could not be published as written. Please look at it again before posting.";

export type SavedPost = { threadId: string; postId: string; status: PostStatus; heldMessage: string | null; distress: boolean };

export { threadHref };

type PostDecision = Awaited<ReturnType<typeof decideStatus>>;
type Publishable = Exclude<PostDecision, { blocked: string }>;

/**
 * Screening (moderation's) plus this circle's rule that a new member's first posts wait for approval. Runs
 * before the write's transaction opens: the detectors are CPU work and must not hold PGlite's one connection.
 */
async function decideStatus(ctx: CircleContext, author: SessionUser, text: string) {
  const screening = await screenPost({ circleId: ctx.circle.id, authorId: author.id, text, language: ctx.circle.language });
  if (screening.outcome === "block") return { blocked: screening.message ?? BLOCKED_MESSAGE } as const;
  const firstPosts = !ctx.isFacilitator && (ctx.membership?.approvedPostCount ?? 0) < ctx.circle.firstPostsHeld;
  if (screening.outcome === "hold") {
    return { status: "held" as const, holdReason: screening.reasons.join(",") || "screening", heldMessage: screening.message ?? HELD_MESSAGE, screening };
  }
  if (firstPosts) return { status: "held" as const, holdReason: "new_member", heldMessage: NEW_MEMBER_HOLD_MESSAGE, screening };
  return { status: "visible" as const, holdReason: null, heldMessage: null, screening };
}

async function countApproved(tx: Queryable, membershipId: string) {
  await tx
    .update(circleMemberships)
    .set({ approvedPostCount: sql`${circleMemberships.approvedPostCount} + 1` })
    .where(eq(circleMemberships.id, membershipId));
}

/** Tells followers (except the author) that a reply appeared. Never the text, never who wrote it. */

async function afterSave(
  tx: Queryable,
  ctx: CircleContext,
  author: SessionUser,
  post: { id: string; threadId: string; status: PostStatus; isOpener: boolean },
  screening: ScreeningResult,
) {
  const { distress, reasons } = screening;
  if (post.status === "visible") await countApproved(tx, ctx.membership!.id);
  // A "flag" watched word publishes the post and puts it in the review queue.
  if (screening.flag) await fileAutomaticFlag(tx, { postId: post.id, circleId: ctx.circle.id });
  await tx.insert(circleThreadFollows).values({ threadId: post.threadId, userId: author.id, createdAt: now() }).onConflictDoNothing();
  // The thread's reply count and last activity are kept by a trigger at commit (migration 0016), so a
  // busy thread's row is not locked for the rest of this transaction.
  if (post.status === "visible" && !post.isOpener) {
    await notifyFollowers(tx, { threadId: post.threadId, postId: post.id, slug: ctx.circle.slug, authorUserId: author.id });
  }
  await writeAudit(tx, {
    actorId: author.id,
    action: post.isOpener ? "circle.thread_created" : "circle.reply_created",
    targetType: "circle_post",
    targetId: post.id,
    metadata: { circleId: ctx.circle.id, threadId: post.threadId, status: post.status, reasons },
  });
  // A post that expresses distress stays visible; the care alert is raised in the same transaction.
  if (distress) await raiseCareAlert(tx, { circleId: ctx.circle.id, postId: post.id, authorId: author.id });
}

/** The row of a new post, opening or reply, by the member `ctx` speaks for, with its HTML rendered once. */
function postRow(
  ctx: CircleContext,
  p: { id: string; threadId: string; isOpener: boolean; input: { body: string; contentWarning?: string }; decision: Publishable; at: Date },
) {
  return {
    id: p.id,
    threadId: p.threadId,
    circleId: ctx.circle.id,
    authorMembershipId: ctx.membership!.id,
    isOpener: p.isOpener,
    body: p.input.body,
    ...renderedBody(p.input.body),
    contentWarning: p.input.contentWarning ?? null,
    status: p.decision.status,
    holdReason: p.decision.holdReason,
    createdAt: p.at,
  };
}

async function saveThread(tx: Queryable, ctx: CircleContext, author: SessionUser, input: ThreadInput, decision: Publishable): Promise<SavedPost> {
  const at = now();
  const threadId = newId();
  const postId = newId();
  await tx
    .insert(circleThreads)
    .values({ id: threadId, circleId: ctx.circle.id, title: input.title, authorMembershipId: ctx.membership!.id, lastPostAt: at, createdAt: at });
  await tx.insert(circlePosts).values(postRow(ctx, { id: postId, threadId, isOpener: true, input, decision, at }));
  await afterSave(tx, ctx, author, { id: postId, threadId, status: decision.status, isOpener: true }, decision.screening);
  return { threadId, postId, status: decision.status, heldMessage: decision.heldMessage, distress: decision.screening.distress };
}

async function saveReply(
  tx: Queryable,
  ctx: CircleContext,
  author: SessionUser,
  threadId: string,
  input: ReplyInput,
  decision: Publishable,
): Promise<SavedPost> {
  const viewer: PostViewer = { membershipId: ctx.membership!.id, mayModerate: false };
  let quoteOf: string | null = null;
  if (input.quoteOf) {
    const [quoted] = await tx
      .select()
      .from(circlePosts)
      .where(and(eq(circlePosts.id, input.quoteOf), eq(circlePosts.threadId, threadId)))
      .limit(1);
    if (quoted && canSeePost(viewer, quoted) && quoted.status !== "deleted") quoteOf = quoted.id;
  }
  const postId = newId();
  await tx.insert(circlePosts).values({ ...postRow(ctx, { id: postId, threadId, isOpener: false, input, decision, at: now() }), quoteOfPostId: quoteOf });
  await afterSave(tx, ctx, author, { id: postId, threadId, status: decision.status, isOpener: false }, decision.screening);
  return { threadId, postId, status: decision.status, heldMessage: decision.heldMessage, distress: decision.screening.distress };
}

export type ThreadInput = { title: string; body: string; contentWarning?: string };
export type ReplyInput = { body: string; contentWarning?: string; quoteOf?: string };
/** A post's outcome: saved, refused by screening (with a message for the field), or a repeat of a form already sent. */
export type PostOutcome = FormResult<SavedPost> | AlreadySubmitted;

/**
 * A member starts a thread: screened first, then the thread, its opening post, its audit row and any
 * notices or care alert in one transaction, once per form token.
 */
export async function startThread({
  actor,
  ctx,
  input,
  formKey,
}: {
  actor: SessionUser;
  ctx: CircleContext;
  input: ThreadInput;
  formKey: FormKey | null;
}): Promise<PostOutcome> {
  const decision = await decideStatus(ctx, actor, `${input.title}\n\n${input.body}`);
  if ("blocked" in decision) return { ok: false, errors: { body: decision.blocked! } };
  return orAlreadySubmitted(
    circleWrite(async (tx) => ({
      ok: true as const,
      ...(await createOnce(
        tx,
        formKey,
        () => saveThread(tx, ctx, actor, input, decision),
        (r) => r.threadId,
      )),
    })),
  );
}

/** A member replies in a thread: screened first, then the post, its audit row and the followers' notices in one transaction. */
export async function postReply({
  actor,
  ctx,
  threadId,
  input,
  formKey,
}: {
  actor: SessionUser;
  ctx: CircleContext;
  threadId: string;
  input: ReplyInput;
  formKey: FormKey | null;
}): Promise<PostOutcome> {
  const decision = await decideStatus(ctx, actor, input.body);
  if ("blocked" in decision) return { ok: false, errors: { body: decision.blocked! } };
  return orAlreadySubmitted(
    circleWrite(async (tx) => ({
      ok: true as const,
      ...(await createOnce(
        tx,
        formKey,
        () => saveReply(tx, ctx, actor, threadId, input, decision),
        (r) => r.postId,
      )),
    })),
  );
}

/** The member's own post, while they may still edit it. */
export async function ownEditablePost(ctx: CircleContext, postId: string): Promise<CirclePost | null> {
  const post = await findPostInCircle(await getDb(), ctx.circle.id, postId);
  return post && canEditPost({ membershipId: ctx.membership?.id ?? null, mayModerate: false }, post) ? post : null;
}

async function findPostInCircle(tx: Queryable, circleId: string, postId: string): Promise<CirclePost | null> {
  const [post] = await tx
    .select()
    .from(circlePosts)
    .where(and(eq(circlePosts.id, postId), eq(circlePosts.circleId, circleId)))
    .limit(1);
  return post ?? null;
}

/** The author edits their post; the new text is screened again like a new post, before the transaction opens. */
export async function editOwnPost({
  actor,
  ctx,
  postId,
  input,
}: {
  actor: SessionUser;
  ctx: CircleContext;
  postId: string;
  input: { body: string; contentWarning?: string };
}): Promise<FormResult<{ threadId: string; heldMessage: string | null }>> {
  const screening = await screenPost({ circleId: ctx.circle.id, authorId: actor.id, text: input.body, language: ctx.circle.language });
  if (screening.outcome === "block") return { ok: false, errors: { body: screening.message ?? BLOCKED_MESSAGE } };
  return circleWrite(async (tx) => {
    const post = await findPostInCircle(tx, ctx.circle.id, postId);
    if (!post || !canEditPost({ membershipId: ctx.membership?.id ?? null, mayModerate: false }, post))
      return { ok: false, errors: { form: "This post can no longer be edited." } };
    const hold = screening.outcome === "hold" && post.status === "visible";
    await saveRevision(tx, post, actor.id, null);
    await tx
      .update(circlePosts)
      .set({
        body: input.body,
        ...renderedBody(input.body),
        contentWarning: input.contentWarning ?? null,
        editedAt: now(),
        ...(hold ? { status: "held" as const, holdReason: screening.reasons.join(",") || "screening" } : {}),
      })
      .where(eq(circlePosts.id, post.id));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "circle.post_edited",
      targetType: "circle_post",
      targetId: post.id,
      metadata: { circleId: ctx.circle.id, by: "author", reasons: screening.reasons },
    });
    if (screening.flag) await fileAutomaticFlag(tx, { postId: post.id, circleId: ctx.circle.id });
    if (screening.distress) await raiseCareAlert(tx, { circleId: ctx.circle.id, postId: post.id, authorId: actor.id });
    return { ok: true, threadId: post.threadId, heldMessage: hold ? (screening.message ?? HELD_MESSAGE) : null };
  });
}

/** Soft delete by the author or a moderator, with a reason; the body is no longer shown to anyone. False when not allowed. */
export async function deletePost({
  actor,
  ctx,
  viewer,
  postId,
  reason,
}: {
  actor: SessionUser;
  ctx: CircleContext;
  viewer: PostViewer;
  postId: string;
  reason: string;
}): Promise<boolean> {
  return circleWrite(async (tx) => {
    const post = await findPostInCircle(tx, ctx.circle.id, postId);
    if (!post || !canDeletePost(viewer, post)) return false;
    const byRole = viewer.membershipId === post.authorMembershipId ? "author" : "moderator";
    await tx.update(circlePosts).set({ status: "deleted", deleteReason: reason, deletedByRole: byRole }).where(eq(circlePosts.id, post.id));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "circle.post_deleted",
      targetType: "circle_post",
      targetId: post.id,
      reason,
      metadata: { circleId: ctx.circle.id, by: byRole, previousStatus: post.status },
    });
    return true;
  });
}

/** Adds or takes back a member's "support" reaction. Returns whether they now support the post (null: no such visible post). */
export async function toggleSupport({ actor, ctx, postId }: { actor: SessionUser; ctx: CircleContext; postId: string }): Promise<boolean | null> {
  return circleWrite(async (tx) => {
    const post = await findPostInCircle(tx, ctx.circle.id, postId);
    if (!post || post.status !== "visible") return null;
    const membershipId = ctx.membership!.id;
    const added = await tx
      .insert(circlePostSupports)
      .values({ postId, membershipId, createdAt: now() })
      .onConflictDoNothing()
      .returning({ postId: circlePostSupports.postId });
    if (!added.length) await tx.delete(circlePostSupports).where(and(eq(circlePostSupports.postId, postId), eq(circlePostSupports.membershipId, membershipId)));
    await writeAudit(tx, {
      actorId: actor.id,
      action: added.length ? "circle.post_supported" : "circle.post_support_withdrawn",
      targetType: "circle_post",
      targetId: postId,
      metadata: { circleId: ctx.circle.id },
    });
    return added.length > 0;
  });
}

/** A member follows a thread (told of replies, never their text) or stops following it. */
export async function setFollow({ actor, ctx, threadId, follow }: { actor: SessionUser; ctx: CircleContext; threadId: string; follow: boolean }) {
  await circleWrite(async (tx) => {
    if (follow) await tx.insert(circleThreadFollows).values({ threadId, userId: actor.id, createdAt: now() }).onConflictDoNothing();
    else await tx.delete(circleThreadFollows).where(and(eq(circleThreadFollows.threadId, threadId), eq(circleThreadFollows.userId, actor.id)));
    await writeAudit(tx, {
      actorId: actor.id,
      action: follow ? "circle.thread_followed" : "circle.thread_unfollowed",
      targetType: "circle_thread",
      targetId: threadId,
      metadata: { circleId: ctx.circle.id },
    });
  });
}
