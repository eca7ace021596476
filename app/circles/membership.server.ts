import { and, asc, eq, sql } from "drizzle-orm";
import { circleFacilitators, circleMemberships, circles, users } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { notify } from "~/notifications/notifications.server";
import type { CircleContext } from "./access.server";
import { countActiveMembers, type FormResult } from "./circles.server";
import { cancelFutureRsvps } from "./gatherings.server";
import { identityError, joinWithIdentity } from "./join.server";
import { memberLabelSql } from "./names";
import { circleWrite } from "./write.server";
import type { IdentityInput } from "./schema.server";

const FULL = "This circle is full at the moment. The facilitators can tell you when a place opens.";
const PSEUDONYM_TAKEN_AT_APPROVAL =
  "This person asked to join under a pseudonym that is the same as, or looks very like, the name of someone now in the circle. Please decline with a kind note asking them to choose another name, so no one can be mistaken for anyone else.";

async function facilitatorIds(tx: Queryable, circleId: string) {
  const rows = await tx.select({ userId: circleFacilitators.userId }).from(circleFacilitators).where(eq(circleFacilitators.circleId, circleId));
  return rows.map((r) => r.userId);
}

/**
 * Joins an open circle at once, or asks to join a request-to-join circle (the facilitators are told).
 * People who left or were declined may ask again; removed members may not.
 */
export async function joinCircle({
  actor: user,
  ctx,
  identity,
  message,
}: {
  actor: SessionUser;
  ctx: CircleContext;
  identity: IdentityInput;
  message: string | null;
}): Promise<FormResult<{ status: "active" | "pending" }>> {
  return circleWrite((tx) => saveJoin(tx, ctx, user, identity, message));
}

async function saveJoin(
  tx: Queryable,
  ctx: CircleContext,
  user: SessionUser,
  identity: IdentityInput,
  message: string | null,
): Promise<FormResult<{ status: "active" | "pending" }>> {
  const { circle } = ctx;
  if (circle.kind === "open" && circle.capacity && (await countActiveMembers(tx, circle.id)) >= circle.capacity) return { ok: false, errors: { form: FULL } };
  const status = circle.kind === "open" ? "active" : "pending";
  const joined = await joinWithIdentity(tx, circle, user.id, identity, { status, message });
  if (!joined.ok) return joined;
  if (status === "pending") {
    await notify(
      tx,
      (await facilitatorIds(tx, circle.id)).map((userId) => ({
        userId,
        kind: "circle.join_requested",
        message: `Someone asked to join ${circle.name}`,
        href: `/circles/${circle.slug}/members`,
      })),
    );
  }
  await writeAudit(tx, {
    actorId: user.id,
    action: status === "active" ? "circle.joined" : "circle.join_requested",
    targetType: "circle_membership",
    targetId: joined.membershipId,
    metadata: { circleId: circle.id, identity: identity.identity },
  });
  return { ok: true, status };
}

/** Approves or declines a pending request; the requester is told either way. */
export async function decideJoinRequest(
  tx: Queryable,
  input: { membershipId: string; decision: "approve" | "decline"; reason?: string | null; actorId: string },
): Promise<FormResult<{ status: "active" | "declined" }>> {
  const [row] = await tx
    .select({ m: circleMemberships, circle: circles })
    .from(circleMemberships)
    .innerJoin(circles, eq(circles.id, circleMemberships.circleId))
    .where(eq(circleMemberships.id, input.membershipId))
    .limit(1);
  if (!row || row.m.status !== "pending") return { ok: false, errors: { form: "That request was already decided or withdrawn." } };
  const { circle } = row;
  if (input.decision === "approve" && circle.capacity && (await countActiveMembers(tx, circle.id)) >= circle.capacity)
    return { ok: false, errors: { form: FULL } };
  if (
    input.decision === "approve" &&
    row.m.identity === "pseudonym" &&
    (await identityError(tx, circle.id, row.m.userId, { identity: "pseudonym", pseudonym: row.m.pseudonym! }))
  ) {
    return { ok: false, errors: { form: PSEUDONYM_TAKEN_AT_APPROVAL } };
  }
  const at = now();
  const status = input.decision === "approve" ? "active" : "declined";
  await tx
    .update(circleMemberships)
    .set({ status, decisionReason: input.reason ?? null, decidedAt: at, joinedAt: status === "active" ? at : null })
    .where(eq(circleMemberships.id, row.m.id));
  await notify(tx, {
    userId: row.m.userId,
    kind: "circle.join_decided",
    message: status === "active" ? `Your request to join ${circle.name} was accepted` : `Your request to join ${circle.name} was not accepted this time`,
    href: status === "active" ? `/circles/${circle.slug}/rules` : `/circles/${circle.slug}`,
  });
  await writeAudit(tx, {
    actorId: input.actorId,
    action: status === "active" ? "circle.join_approved" : "circle.join_declined",
    targetType: "circle_membership",
    targetId: row.m.id,
    reason: input.reason ?? null,
    metadata: { circleId: circle.id },
  });
  return { ok: true, status };
}

/** A member leaves: they keep nothing but their past posts, which stay under the same name. */
export async function leaveCircle({ actor, ctx }: { actor: SessionUser; ctx: CircleContext }) {
  await circleWrite((tx) => saveLeaving(tx, ctx, actor.id));
}

async function saveLeaving(tx: Queryable, ctx: CircleContext, actorId: string) {
  const m = ctx.membership!;
  await tx.update(circleMemberships).set({ status: "left", acceptedRulesVersion: null }).where(eq(circleMemberships.id, m.id));
  await tx.delete(circleFacilitators).where(and(eq(circleFacilitators.circleId, ctx.circle.id), eq(circleFacilitators.userId, m.userId)));
  await cancelFutureRsvps(tx, ctx.circle, m.userId);
  await notify(tx, { userId: m.userId, kind: "circle.left", message: `You left ${ctx.circle.name}`, href: `/circles/${ctx.circle.slug}` });
  await writeAudit(tx, { actorId, action: "circle.left", targetType: "circle_membership", targetId: m.id, metadata: { circleId: ctx.circle.id } });
}

async function membershipIn(tx: Queryable, circleId: string, userId: string) {
  const [row] = await tx
    .select({ m: circleMemberships, circle: circles })
    .from(circleMemberships)
    .innerJoin(circles, eq(circles.id, circleMemberships.circleId))
    .where(and(eq(circleMemberships.circleId, circleId), eq(circleMemberships.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** A facilitator or moderator removes a member, with a reason the member is told. */
/** Options for removal and muting: a review-queue decision tells the member itself, with the appeal link. */
type TellMember = { tellMember?: boolean };

export async function removeMember(
  tx: Queryable,
  circleId: string,
  userId: string,
  reason: string,
  actorId: string,
  options: TellMember = {},
): Promise<boolean> {
  const row = await membershipIn(tx, circleId, userId);
  if (!row || row.m.status !== "active") return false;
  await tx
    .update(circleMemberships)
    .set({ status: "removed", decisionReason: reason, decidedAt: now(), acceptedRulesVersion: null })
    .where(eq(circleMemberships.id, row.m.id));
  await tx.delete(circleFacilitators).where(and(eq(circleFacilitators.circleId, circleId), eq(circleFacilitators.userId, userId)));
  await cancelFutureRsvps(tx, row.circle, userId);
  if (options.tellMember !== false)
    await notify(tx, {
      userId,
      kind: "circle.member_removed",
      message: `A facilitator removed you from ${row.circle.name}`,
      href: `/circles/${row.circle.slug}`,
    });
  await writeAudit(tx, { actorId, action: "circle.member_removed", targetType: "circle_membership", targetId: row.m.id, reason, metadata: { circleId } });
  return true;
}

/** A muted member can still read but cannot post until `until`. */
export async function muteMember(
  tx: Queryable,
  circleId: string,
  userId: string,
  until: Date,
  reason: string,
  actorId: string,
  options: TellMember = {},
): Promise<boolean> {
  const row = await membershipIn(tx, circleId, userId);
  if (!row || row.m.status !== "active") return false;
  await tx.update(circleMemberships).set({ mutedUntil: until, muteReason: reason }).where(eq(circleMemberships.id, row.m.id));
  if (options.tellMember !== false)
    await notify(tx, {
      userId,
      kind: "circle.member_muted",
      message: `A facilitator paused your posting in ${row.circle.name} for a while; you can still read`,
      href: `/circles/${row.circle.slug}`,
    });
  await writeAudit(tx, {
    actorId,
    action: "circle.member_muted",
    targetType: "circle_membership",
    targetId: row.m.id,
    reason,
    metadata: { circleId, until: until.toISOString() },
  });
  return true;
}

export async function unmuteMember(tx: Queryable, circleId: string, userId: string, actorId: string): Promise<boolean> {
  const row = await membershipIn(tx, circleId, userId);
  if (!row) return false;
  await tx.update(circleMemberships).set({ mutedUntil: null, muteReason: null }).where(eq(circleMemberships.id, row.m.id));
  await notify(tx, { userId, kind: "circle.member_unmuted", message: `You can post again in ${row.circle.name}`, href: `/circles/${row.circle.slug}` });
  await writeAudit(tx, { actorId, action: "circle.member_unmuted", targetType: "circle_membership", targetId: row.m.id, metadata: { circleId } });
  return true;
}

/** A facilitator answers a request to join from the members page; only a request in this circle. */
export async function answerJoinRequest({
  actor,
  circleId,
  membershipId,
  decision,
  reason,
}: {
  actor: SessionUser;
  circleId: string;
  membershipId: string;
  decision: "approve" | "decline";
  reason?: string | null;
}): Promise<FormResult<{ status: "active" | "declined" }>> {
  return circleWrite(async (tx) => {
    const [inCircle] = await tx
      .select({ id: circleMemberships.id })
      .from(circleMemberships)
      .where(and(eq(circleMemberships.id, membershipId), eq(circleMemberships.circleId, circleId)))
      .limit(1);
    if (!inCircle) return { ok: false, errors: { form: "That request is not in this circle." } };
    return decideJoinRequest(tx, { membershipId, decision, reason, actorId: actor.id });
  });
}

/** A facilitator or moderator acts on an active member from the members page; the member is told. False when they are no longer active. */
export async function actOnMember(
  input: { actor: SessionUser; circleId: string; userId: string } & (
    { act: "remove"; reason: string } | { act: "mute"; until: Date; reason: string } | { act: "unmute" }
  ),
): Promise<boolean> {
  const { actor, circleId, userId } = input;
  return circleWrite((tx) => {
    if (input.act === "remove") return removeMember(tx, circleId, userId, input.reason, actor.id);
    if (input.act === "mute") return muteMember(tx, circleId, userId, input.until, input.reason, actor.id);
    return unmuteMember(tx, circleId, userId, actor.id);
  });
}

/**
 * Members as the circle sees them: membership id, the name they appear under, and whether they facilitate.
 * No user ids, emails or (for pseudonymous members) display names.
 */
export async function listMembers(circleId: string) {
  const db = await getDb();
  const rows = await db
    .select({
      membershipId: circleMemberships.id,
      label: memberLabelSql,
      status: circleMemberships.status,
      requestMessage: circleMemberships.requestMessage,
      mutedUntil: circleMemberships.mutedUntil,
      joinedAt: circleMemberships.joinedAt,
      isFacilitator: sql<boolean>`exists (select 1 from ${circleFacilitators} f where f.circle_id = ${circleMemberships.circleId} and f.user_id = ${circleMemberships.userId})`,
    })
    .from(circleMemberships)
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(and(eq(circleMemberships.circleId, circleId), sql`${circleMemberships.status} in ('active', 'pending')`))
    .orderBy(asc(circleMemberships.createdAt));
  const at = now();
  return rows.map((r) => ({ ...r, muted: !!r.mutedUntil && r.mutedUntil > at }));
}

/** Resolves a membership id from a form to its user, only within this circle. */
export async function memberOfCircle(circleId: string, membershipId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ userId: circleMemberships.userId, status: circleMemberships.status })
    .from(circleMemberships)
    .where(and(eq(circleMemberships.id, membershipId), eq(circleMemberships.circleId, circleId)))
    .limit(1);
  return row ?? null;
}
