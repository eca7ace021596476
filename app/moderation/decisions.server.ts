import { eq } from "drizzle-orm";
import type { Transaction } from "../../db/client";
import { circles, moderationActions, type ModerationActionKind, type PostStatus } from "../../db/schema";
import { contextFor } from "~/circles/access.server";
import { notify, wakeEmailDelivery } from "~/notifications/notifications.server";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { canModerateCircle } from "~/utils/policy.server";
import {
  decideJoinRequest,
  editPostAsModerator,
  getJoinRequest,
  getPostUnderReview,
  muteMember,
  postHref,
  removeMember,
  setPostStatus,
} from "~/circles/moderation.server";
import { resolveFlags } from "./flag-records.server";
import type { ReviewDecision } from "./schema.server";

export type DecisionOutcome = { ok: true; message: string; actionId: string | null } | { ok: false; status: 403 | 404 | 409; message: string };

const DAY = 86_400_000;

/** What the author reads. Written by the platform: the reason is the reviewer's words, never post text. */
function authorMessage(decision: ReviewDecision, circleName: string, reason: string, muteDays?: number) {
  switch (decision) {
    case "approve":
      return `Your post in ${circleName} was approved and others can now read it`;
    case "hide":
      return `A moderator hid one of your posts in ${circleName}. Why: ${reason}`;
    case "edit":
      return `A moderator edited one of your posts in ${circleName}; your original is kept. Why: ${reason}`;
    case "delete":
      return `A moderator removed one of your posts in ${circleName}. Why: ${reason}`;
    case "warn":
      return `A private note from a moderator about your post in ${circleName}: ${reason}`;
    case "mute":
      return `You can read ${circleName} but not post for ${muteDays} day${muteDays === 1 ? "" : "s"}. Why: ${reason}`;
    case "remove":
      return `You were removed from ${circleName}. Why: ${reason}`;
  }
}

/** Joins sentences with one full stop between them, whatever the reviewer's reason ended with. */
export function sentences(...parts: string[]) {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.!?…]$/.test(p) ? p : `${p}.`))
    .join(" ");
}

async function recordAction(
  tx: Transaction,
  a: {
    circleId: string;
    postId?: string | null;
    membershipId?: string | null;
    subjectUserId: string;
    actorId: string;
    action: ModerationActionKind;
    reason: string | null;
    mutedUntil?: Date | null;
    postStatusBefore?: PostStatus | null;
    postStatusAfter?: PostStatus | null;
  },
) {
  const id = newId();
  await tx.insert(moderationActions).values({
    id,
    ...a,
    postId: a.postId ?? null,
    membershipId: a.membershipId ?? null,
    mutedUntil: a.mutedUntil ?? null,
    postStatusBefore: a.postStatusBefore ?? null,
    postStatusAfter: a.postStatusAfter ?? null,
    createdAt: now(),
  });
  return id;
}

async function mayReview(actor: SessionUser, circleId: string) {
  const db = await getDb();
  const [circle] = await db.select().from(circles).where(eq(circles.id, circleId));
  if (!circle) return false;
  const ctx = await contextFor(db, circle, actor);
  return canModerateCircle(actor, { isFacilitator: ctx.isFacilitator });
}

/**
 * One reviewer decision on a post: the change, the action record, the audit entry and the author's
 * notification commit together. Every decision except approval can be appealed once.
 */
export async function reviewPost(
  actor: SessionUser,
  input: { postId: string; decision: ReviewDecision; reason: string; body: string; muteDays?: number },
): Promise<DecisionOutcome> {
  const db = await getDb();
  const post = await getPostUnderReview(db, input.postId);
  if (!post || !(await mayReview(actor, post.circleId))) return { ok: false, status: 404, message: "That post is not in a queue you review." };
  if (post.status === "deleted") return { ok: false, status: 409, message: "That post has already been removed." };
  const reason = input.reason.trim();
  const outcome = await db.transaction(async (tx) => {
    const wasHeld = post.status === "held";
    let mutedUntil: Date | null = null;
    // The circles domain changes its own records (approval counts towards the first-posts rule and tells
    // the thread's followers; removal also ends facilitation and RSVPs).
    switch (input.decision) {
      case "approve":
        await setPostStatus(tx, post.id, "visible", null, actor.id);
        break;
      case "hide":
        await setPostStatus(tx, post.id, "hidden", "moderator", actor.id);
        break;
      case "edit":
        await editPostAsModerator(tx, post.id, input.body, reason, actor.id);
        if (post.status !== "visible") await setPostStatus(tx, post.id, "visible", null, actor.id);
        break;
      case "delete":
        await setPostStatus(tx, post.id, "deleted", reason, actor.id);
        break;
      case "warn":
        break;
      case "mute":
        mutedUntil = new Date(now().getTime() + (input.muteDays ?? 1) * DAY);
        await muteMember(tx, post.circleId, post.authorUserId, mutedUntil, reason, actor.id, { tellMember: false });
        break;
      case "remove":
        await removeMember(tx, post.circleId, post.authorUserId, reason, actor.id, { tellMember: false });
        break;
    }
    await resolveFlags(tx, post.id, actor.id);
    // What the decision left the post as (a warning on a post hidden by flags leaves it hidden): an appeal
    // that reverses the decision undoes exactly this.
    const postStatusAfter = (await getPostUnderReview(tx, post.id))?.status ?? post.status;
    const actionId = await recordAction(tx, {
      circleId: post.circleId,
      postId: post.id,
      membershipId: post.authorMembershipId,
      subjectUserId: post.authorUserId,
      actorId: actor.id,
      action: input.decision,
      reason: reason || null,
      mutedUntil,
      postStatusBefore: post.status,
      postStatusAfter,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: `moderation.${input.decision}`,
      targetType: "circle_post",
      targetId: post.id,
      reason: reason || null,
      metadata: { circleId: post.circleId, actionId, membershipId: post.authorMembershipId, wasHeld },
    });
    const appealable = input.decision !== "approve";
    await notify(tx, {
      userId: post.authorUserId,
      kind: `moderation.${input.decision}`,
      message: sentences(authorMessage(input.decision, post.circleName, reason, input.muteDays), appealable ? "You can appeal this decision." : ""),
      href: appealable ? `/appeals/new?action=${actionId}` : postHref(post),
    });
    return { ok: true as const, actionId, message: doneMessage(input.decision) };
  });
  wakeEmailDelivery();
  return outcome;
}

function doneMessage(decision: ReviewDecision) {
  const what: Record<ReviewDecision, string> = {
    approve: "The post is approved and visible.",
    hide: "The post is hidden.",
    edit: "The post is edited; the original is kept.",
    delete: "The post is removed.",
    warn: "The private note is sent.",
    mute: "The member is muted.",
    remove: "The member is removed from the circle.",
  };
  return `${what[decision]} The author has been told why, and it is in the audit log.`;
}

/** Approves or declines a join request from a queue; the requester is told either way. */
export async function decideJoinFromQueue(
  actor: SessionUser,
  input: { membershipId: string; decision: "approve_join" | "decline_join"; reason: string },
): Promise<DecisionOutcome> {
  const db = await getDb();
  const join = await getJoinRequest(db, input.membershipId);
  if (!join || !(await mayReview(actor, join.circleId))) return { ok: false, status: 404, message: "That request is not in a queue you review." };
  if (join.status !== "pending") return { ok: false, status: 409, message: "That request has already been decided." };
  const approve = input.decision === "approve_join";
  const outcome = await db.transaction(async (tx) => {
    const decided = await decideJoinRequest(tx, {
      membershipId: join.id,
      decision: approve ? "approve" : "decline",
      reason: input.reason || null,
      actorId: actor.id,
    });
    if (!decided.ok) return { ok: false as const, status: 409 as const, message: Object.values(decided.errors)[0] ?? "That request has already been decided." };
    // decideJoinRequest tells the requester and writes the audit entry; the action record keeps the queue's history.
    const actionId = await recordAction(tx, {
      circleId: join.circleId,
      membershipId: join.id,
      subjectUserId: join.userId,
      actorId: actor.id,
      action: input.decision,
      reason: input.reason || null,
    });
    return {
      ok: true as const,
      actionId,
      message: approve ? "The request is approved and the member has been told." : "The request is declined and the person has been told.",
    };
  });
  wakeEmailDelivery();
  return outcome;
}
