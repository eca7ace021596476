import { and, asc, count, desc, eq, ne, or } from "drizzle-orm";
import { appeals, circles, moderationActions, users, type PostStatus } from "../../db/schema";
import { notify, wakeEmailDelivery } from "~/notifications/notifications.server";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { canAppeal, canDecideAppeal, decidableAppealSql, isSiteModerator, siteModeratorSql } from "~/utils/policy.server";
import { getPostUnderReview, postHref, restoreBodyBeforeEdit, restoreMembership, setPostStatus, unmuteMember } from "~/circles/moderation.server";

const ACTION_WORDS: Record<string, string> = {
  hide: "hid your post",
  edit: "edited your post",
  delete: "removed your post",
  warn: "sent you a private note",
  mute: "muted you for a while",
  remove: "removed you from the circle",
  decline_join: "declined your request to join",
  approve: "approved your post",
  approve_join: "accepted your request",
};
/** The same decisions as the moderators deciding an appeal read them: about the member, not "you". */
const STAFF_WORDS: Record<string, string> = {
  hide: "hid the member's post",
  edit: "edited the member's post",
  delete: "removed the member's post",
  warn: "sent the member a private note",
  mute: "muted the member for a while",
  remove: "removed the member from the circle",
  decline_join: "declined the member's request to join",
  approve: "approved the member's post",
  approve_join: "accepted the member's request",
};
export const describeAction = (action: string, reader: "member" | "staff" = "member") => (reader === "staff" ? STAFF_WORDS : ACTION_WORDS)[action] ?? action;

/** A decision as its subject sees it (what and why, never who reported), with any appeal already made. */
export async function getDecisionForAppeal(user: SessionUser, actionId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: moderationActions.id,
      action: moderationActions.action,
      reason: moderationActions.reason,
      createdAt: moderationActions.createdAt,
      subjectUserId: moderationActions.subjectUserId,
      circleName: circles.name,
    })
    .from(moderationActions)
    .innerJoin(circles, eq(circles.id, moderationActions.circleId))
    .where(eq(moderationActions.id, actionId));
  if (!row || row.subjectUserId !== user.id) return null;
  const [appeal] = await db.select().from(appeals).where(eq(appeals.actionId, actionId));
  return { ...row, appeal: appeal ?? null, mayAppeal: canAppeal(user, row, !!appeal) };
}

/**
 * Picks who decides an appeal: an active site moderator other than the one who acted (and other than the
 * appellant), with the fewest open appeals, so the load is shared.
 */
async function chooseAppealModerator(actorId: string, appellantId: string): Promise<string | null> {
  const db = await getDb();
  const rows = await db
    .select({ id: users.id, open: count(appeals.id) })
    .from(users)
    .leftJoin(appeals, and(eq(appeals.assignedTo, users.id), eq(appeals.status, "open")))
    .where(and(siteModeratorSql(), ne(users.id, actorId), ne(users.id, appellantId)))
    .groupBy(users.id, users.role, users.createdAt)
    // Moderators before admins; then the lightest load; then the longest-serving.
    .orderBy(desc(users.role), asc(count(appeals.id)), asc(users.createdAt))
    .limit(1);
  return rows[0]?.id ?? null;
}

export type AppealOutcome = { ok: true; appealId: string } | { ok: false; status: 403 | 404 | 409; message: string };

export async function fileAppeal(user: SessionUser, input: { actionId: string; message: string }): Promise<AppealOutcome> {
  const decision = await getDecisionForAppeal(user, input.actionId);
  if (!decision) return { ok: false, status: 404, message: "That decision could not be found." };
  if (!decision.mayAppeal)
    return {
      ok: false,
      status: 409,
      message: decision.appeal ? "You have already appealed this decision. You will hear back here." : "This decision cannot be appealed.",
    };
  const [action] = await (await getDb()).select().from(moderationActions).where(eq(moderationActions.id, input.actionId));
  const assignedTo = await chooseAppealModerator(action!.actorId, user.id);
  const db = await getDb();
  const appealId = newId();
  await db.transaction(async (tx) => {
    await tx.insert(appeals).values({ id: appealId, actionId: input.actionId, appellantId: user.id, message: input.message, assignedTo, createdAt: now() });
    await writeAudit(tx, {
      actorId: user.id,
      action: "moderation.appealed",
      targetType: "appeal",
      targetId: appealId,
      metadata: { actionId: input.actionId, assignedTo },
    });
    if (assignedTo)
      await notify(tx, {
        userId: assignedTo,
        kind: "moderation.appeal_assigned",
        message: "An appeal is waiting for your decision",
        href: `/appeals/${appealId}`,
      });
  });
  wakeEmailDelivery();
  return { ok: true, appealId };
}

export async function listAppeals(user: SessionUser) {
  const db = await getDb();
  return db
    .select({
      id: appeals.id,
      status: appeals.status,
      createdAt: appeals.createdAt,
      assignedTo: appeals.assignedTo,
      action: moderationActions.action,
      circleName: circles.name,
    })
    .from(appeals)
    .innerJoin(moderationActions, eq(moderationActions.id, appeals.actionId))
    .innerJoin(circles, eq(circles.id, moderationActions.circleId))
    .where(
      or(
        decidableAppealSql(user),
        and(eq(appeals.status, "open"), eq(appeals.assignedTo, user.id)),
        isSiteModerator(user) ? ne(appeals.status, "open") : undefined,
      ),
    )
    .orderBy(desc(appeals.createdAt))
    .limit(200);
}

/** An appeal as a deciding moderator sees it: the decision, its reason, the member's message and the post. */
export async function getAppeal(user: SessionUser, appealId: string) {
  if (!isSiteModerator(user)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ appeal: appeals, action: moderationActions, circleName: circles.name })
    .from(appeals)
    .innerJoin(moderationActions, eq(moderationActions.id, appeals.actionId))
    .innerJoin(circles, eq(circles.id, moderationActions.circleId))
    .where(eq(appeals.id, appealId));
  if (!row) return null;
  const post = row.action.postId ? await getPostUnderReview(db, row.action.postId) : null;
  return { ...row, post, mayDecide: canDecideAppeal(user, { status: row.appeal.status, actorId: row.action.actorId }) };
}

/**
 * Whether reversing this decision makes its post visible again: when the decision left the post out of
 * sight (hidden, deleted, or still held or hidden by flags under a warning, mute or removal) and nothing has
 * changed it since (such as the author deleting it, or a later decision).
 */
export function postToRestore(action: { action: string; postStatusAfter: PostStatus | null }, currentStatus: PostStatus) {
  if (currentStatus === "visible") return false;
  // Decisions recorded before the status was kept: hide and delete put the post out of sight.
  const leftAs =
    action.postStatusAfter ??
    (action.action === "hide" ? "hidden" : action.action === "delete" ? "deleted" : currentStatus === "deleted" ? null : currentStatus);
  return leftAs === currentStatus;
}

/** Keeps or reverses a decision. Reversing restores the post or membership; the member is told either way. */
export async function decideAppeal(user: SessionUser, appealId: string, input: { decision: "uphold" | "overturn"; note: string }): Promise<AppealOutcome> {
  const found = await getAppeal(user, appealId);
  if (!found) return { ok: false, status: 404, message: "That appeal could not be found." };
  if (!found.mayDecide)
    return {
      ok: false,
      status: 403,
      message:
        found.appeal.status === "open"
          ? "Another moderator must decide this appeal, because you took the original decision."
          : "This appeal has already been decided.",
    };
  const { action, post } = found;
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (input.decision === "overturn") {
      if (post && action.action === "edit") await restoreBodyBeforeEdit(tx, post.id, action.actorId);
      if (post && postToRestore(action, post.status)) await setPostStatus(tx, post.id, "visible", null, user.id);
      if (action.action === "mute") await unmuteMember(tx, action.circleId, action.subjectUserId, user.id);
      if (action.membershipId && action.action === "remove") await restoreMembership(tx, action.membershipId);
      await tx.insert(moderationActions).values({
        id: newId(),
        circleId: action.circleId,
        postId: action.postId,
        membershipId: action.membershipId,
        subjectUserId: action.subjectUserId,
        actorId: user.id,
        action: "restore",
        reason: input.note,
        createdAt: now(),
      });
    }
    await tx
      .update(appeals)
      .set({ status: input.decision === "overturn" ? "overturned" : "upheld", decisionNote: input.note, decidedBy: user.id, decidedAt: now() })
      .where(eq(appeals.id, appealId));
    await writeAudit(tx, {
      actorId: user.id,
      action: input.decision === "overturn" ? "moderation.appeal_overturned" : "moderation.appeal_upheld",
      targetType: "appeal",
      targetId: appealId,
      reason: input.note,
      metadata: { actionId: action.id, postId: action.postId },
    });
    await notify(tx, {
      userId: action.subjectUserId,
      kind: "moderation.appeal_decided",
      message:
        input.decision === "overturn"
          ? `Your appeal about ${found.circleName} was accepted and the decision reversed. ${input.note}`
          : `Your appeal about ${found.circleName} was reviewed and the decision stands. ${input.note}`,
      href: post && input.decision === "overturn" ? postHref(post) : `/appeals/new?action=${action.id}`,
    });
  });
  wakeEmailDelivery();
  return { ok: true, appealId };
}
