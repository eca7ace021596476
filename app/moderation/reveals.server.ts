import { and, desc, eq } from "drizzle-orm";
import { circleMemberships, circles, revealRequests, users } from "../../db/schema";
import { memberLabelSql } from "~/circles/names";
import { notify, wakeEmailDelivery } from "~/notifications/notifications.server";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { canDecideReveal, canRequestReveal, canSeeRevealedAccount, canSeeSiteQueue } from "~/utils/policy.server";
import { siteModeratorIds } from "./people.server";

/**
 * Sealed identities. The account behind a circle name is revealed only when one site moderator asks with
 * a reason and a different site moderator approves. The database refuses a self-approved reveal too.
 * After approval only those two moderators see the account, every step is audit-logged, and the member
 * is told.
 */
type RevealOutcome = { ok: true; id: string } | { ok: false; status: 403 | 404 | 409; message: string };

async function membershipInCircle(membershipId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: circleMemberships.id, userId: circleMemberships.userId, label: memberLabelSql, circleId: circles.id, circleName: circles.name })
    .from(circleMemberships)
    .innerJoin(circles, eq(circles.id, circleMemberships.circleId))
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(eq(circleMemberships.id, membershipId));
  return row ?? null;
}

/** The circle name being asked about, for the request form (no account details). */
export async function describeMembershipForReveal(user: SessionUser, membershipId: string) {
  if (!canRequestReveal(user)) return null;
  const m = await membershipInCircle(membershipId);
  return m ? { membershipId: m.id, label: m.label, circleName: m.circleName } : null;
}

export async function requestReveal(user: SessionUser, input: { membershipId: string; reason: string }): Promise<RevealOutcome> {
  if (!canRequestReveal(user)) return { ok: false, status: 403, message: "Only site moderators can ask for a reveal." };
  const m = await membershipInCircle(input.membershipId);
  if (!m) return { ok: false, status: 404, message: "That member could not be found." };
  const db = await getDb();
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(revealRequests).values({ id, circleId: m.circleId, membershipId: m.id, requestedBy: user.id, reason: input.reason, createdAt: now() });
    await writeAudit(tx, {
      actorId: user.id,
      action: "identity.reveal_requested",
      targetType: "circle_membership",
      targetId: m.id,
      reason: input.reason,
      metadata: { revealId: id, circleId: m.circleId },
    });
    const others = await siteModeratorIds(tx, user.id);
    await notify(
      tx,
      others.map((userId) => ({
        userId,
        kind: "identity.reveal_requested",
        message: "A request to reveal a member's identity needs a second moderator",
        href: `/reveals/${id}`,
      })),
    );
  });
  wakeEmailDelivery();
  return { ok: true, id };
}

export async function listReveals(user: SessionUser) {
  if (!canSeeSiteQueue(user)) return [];
  const db = await getDb();
  return db
    .select({
      id: revealRequests.id,
      status: revealRequests.status,
      createdAt: revealRequests.createdAt,
      requestedBy: revealRequests.requestedBy,
      circleName: circles.name,
    })
    .from(revealRequests)
    .innerJoin(circles, eq(circles.id, revealRequests.circleId))
    .orderBy(desc(revealRequests.createdAt))
    .limit(200);
}

export async function getReveal(user: SessionUser, id: string) {
  if (!canSeeSiteQueue(user)) return null;
  const db = await getDb();
  const [r] = await db.select().from(revealRequests).where(eq(revealRequests.id, id));
  if (!r) return null;
  const m = await membershipInCircle(r.membershipId);
  const [requester] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, r.requestedBy));
  const seesAccount = canSeeRevealedAccount(user, r);
  const [account] = seesAccount && m ? await db.select({ displayName: users.displayName, email: users.email }).from(users).where(eq(users.id, m.userId)) : [];
  return {
    id: r.id,
    status: r.status,
    reason: r.reason,
    decisionNote: r.decisionNote,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    requestedByMe: r.requestedBy === user.id,
    requesterName: requester?.name ?? "a moderator",
    label: m?.label ?? "",
    circleName: m?.circleName ?? "",
    mayDecide: canDecideReveal(user, r),
    account: account ?? null,
  };
}

export async function decideReveal(user: SessionUser, id: string, input: { decision: "approve" | "decline"; note: string }): Promise<RevealOutcome> {
  const db = await getDb();
  const [r] = await db.select().from(revealRequests).where(eq(revealRequests.id, id));
  if (!r || !canSeeSiteQueue(user)) return { ok: false, status: 404, message: "That request could not be found." };
  if (!canDecideReveal(user, r)) {
    return {
      ok: false,
      status: 403,
      message: r.status !== "pending" ? "This request has already been decided." : "A different moderator must decide: you asked for this reveal.",
    };
  }
  const m = await membershipInCircle(r.membershipId);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(revealRequests)
      .set({ status: input.decision === "approve" ? "approved" : "declined", decidedBy: user.id, decisionNote: input.note || null, decidedAt: now() })
      .where(and(eq(revealRequests.id, id), eq(revealRequests.status, "pending")))
      .returning({ id: revealRequests.id });
    if (!updated.length) return;
    await writeAudit(tx, {
      actorId: user.id,
      action: input.decision === "approve" ? "identity.revealed" : "identity.reveal_declined",
      targetType: "circle_membership",
      targetId: r.membershipId,
      reason: input.note || r.reason,
      metadata: { revealId: id, requestedBy: r.requestedBy },
    });
    if (input.decision === "approve" && m) {
      await notify(tx, {
        userId: m.userId,
        kind: "identity.revealed",
        message: `Two moderators looked up the account behind your name in ${m.circleName}. Why: ${r.reason}`,
        href: "/notifications",
      });
    }
    await notify(tx, {
      userId: r.requestedBy,
      kind: "identity.reveal_decided",
      message: input.decision === "approve" ? "Your reveal request was approved" : "Your reveal request was declined",
      href: `/reveals/${id}`,
    });
  });
  wakeEmailDelivery();
  return { ok: true, id };
}
