import { and, desc, eq, ne } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { careAlertEvents, careAlerts, circleMemberships, circlePosts, circles, users } from "../../db/schema";
import { memberLabelSql } from "~/circles/names";
import { notify, wakeEmailDelivery } from "~/notifications/notifications.server";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { canAskForPeerSupporter, canSeeCareAlert, careAlertVisibleSql } from "~/utils/policy.server";
import { postHref } from "~/circles/moderation.server";
import { facilitatorIdsOf, peerSupporterRoleIds } from "./people.server";

// Care alerts never carry post text, a pseudonym or a name in notifications or emails: they say that
// someone may need support and link to the care queue, where only the care team can open the alert.

/**
 * Raises a care alert for a post that expresses distress: it goes to the circle's facilitators and the
 * site's peer supporters in a separate care queue (never the moderation queue). Call inside the
 * transaction that saved the post. Owned by the moderation domain.
 */
export async function raiseCareAlert(tx: Queryable, input: { circleId: string; postId: string; authorId: string }): Promise<void> {
  const id = newId();
  const inserted = await tx
    .insert(careAlerts)
    .values({ id, circleId: input.circleId, postId: input.postId, authorId: input.authorId, createdAt: now() })
    .onConflictDoNothing()
    .returning({ id: careAlerts.id });
  if (!inserted.length) return;
  await tx.insert(careAlertEvents).values({ id: newId(), alertId: id, kind: "raised", createdAt: now() });
  await writeAudit(tx, {
    actorId: null,
    action: "care.alert_raised",
    targetType: "care_alert",
    targetId: id,
    metadata: { circleId: input.circleId, postId: input.postId },
  });
  const [circle] = await tx.select({ name: circles.name }).from(circles).where(eq(circles.id, input.circleId));
  const careTeam = new Set([...(await facilitatorIdsOf(tx, input.circleId)), ...(await peerSupporterRoleIds(tx))]);
  careTeam.delete(input.authorId);
  await notify(
    tx,
    [...careTeam].map((userId) => ({ userId, kind: "care.alert", message: `Someone in ${circle?.name ?? "a circle"} may need support`, href: `/care/${id}` })),
  );
}

/**
 * Asks the peer supporters to look in with care where there is no circle post to raise an alert on (a reflection on a
 * case learning). The message says where, never what was written.
 */
export async function askPeerSupporters(tx: Queryable, input: { authorId: string; message: string; href: string }): Promise<void> {
  const peers = await peerSupporterRoleIds(tx, input.authorId);
  await notify(
    tx,
    peers.map((userId) => ({ userId, kind: "care.alert", message: input.message, href: input.href })),
  );
}

const alertColumns = {
  id: careAlerts.id,
  status: careAlerts.status,
  createdAt: careAlerts.createdAt,
  peerRequestedAt: careAlerts.peerRequestedAt,
  acknowledgedAt: careAlerts.acknowledgedAt,
  closedAt: careAlerts.closedAt,
  closingNote: careAlerts.closingNote,
  authorId: careAlerts.authorId,
  circleId: circles.id,
  circleSlug: circles.slug,
  circleName: circles.name,
  postId: careAlerts.postId,
  threadId: circlePosts.threadId,
  memberLabel: memberLabelSql,
};

export async function listCareAlerts(user: SessionUser, include: "open" | "all" = "open") {
  const db = await getDb();
  const rows = await db
    .select(alertColumns)
    .from(careAlerts)
    .innerJoin(circles, eq(circles.id, careAlerts.circleId))
    .innerJoin(circlePosts, eq(circlePosts.id, careAlerts.postId))
    .innerJoin(circleMemberships, eq(circleMemberships.id, circlePosts.authorMembershipId))
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(and(careAlertVisibleSql(user), include === "open" ? ne(careAlerts.status, "closed") : undefined))
    .orderBy(desc(careAlerts.createdAt))
    .limit(200);
  // The list never names the member: pseudonyms are for the circle's readers.
  return rows.map(({ authorId: _author, memberLabel: _label, ...r }) => r);
}

/** One alert for the care team, with its history. The member's circle name is shown only to its facilitators. */
export async function getCareAlert(user: SessionUser, alertId: string) {
  const db = await getDb();
  const [row] = await db
    .select(alertColumns)
    .from(careAlerts)
    .innerJoin(circles, eq(circles.id, careAlerts.circleId))
    .innerJoin(circlePosts, eq(circlePosts.id, careAlerts.postId))
    .innerJoin(circleMemberships, eq(circleMemberships.id, circlePosts.authorMembershipId))
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(eq(careAlerts.id, alertId));
  if (!row) return null;
  const facilitates = (await facilitatorIdsOf(db, row.circleId)).includes(user.id);
  if (!canSeeCareAlert(user, { isFacilitator: facilitates })) return null;
  const events = await db
    .select({ kind: careAlertEvents.kind, note: careAlertEvents.note, createdAt: careAlertEvents.createdAt })
    .from(careAlertEvents)
    .where(eq(careAlertEvents.alertId, alertId))
    .orderBy(careAlertEvents.createdAt);
  const { authorId: _author, ...alert } = row;
  return {
    ...alert,
    // Pseudonyms are for the circle's readers; the wider care team sees "a member".
    memberLabel: facilitates ? alert.memberLabel : null,
    postHref: facilitates ? postHref({ circleSlug: row.circleSlug, threadId: row.threadId, id: row.postId }) : null,
    events,
  };
}

/**
 * When the member asked for a peer supporter, the person who picks the alert up is introduced to them, so
 * the member can choose to write. The member stays sealed: the care team is never given their account.
 */
async function tellAuthorWhoPickedUp(tx: Queryable, alertId: string, supporter: SessionUser) {
  const [alert] = await tx
    .select({ authorId: careAlerts.authorId, peerRequestedAt: careAlerts.peerRequestedAt })
    .from(careAlerts)
    .where(eq(careAlerts.id, alertId));
  if (!alert?.peerRequestedAt) return;
  const role = supporter.role === "peer_supporter" ? "A peer supporter" : "Someone from the care team";
  await notify(tx, {
    userId: alert.authorId,
    kind: "care.picked_up",
    message: `${role}, ${supporter.displayName}, has your request and would be glad to talk. You can write to them at ${supporter.email}`,
    href: "/support",
  });
}

type CareOutcome = { ok: true } | { ok: false; status: 404 | 409; message: string };

export async function acknowledgeCareAlert(user: SessionUser, alertId: string): Promise<CareOutcome> {
  const alert = await getCareAlert(user, alertId);
  if (!alert) return { ok: false, status: 404, message: "That care alert could not be found." };
  if (alert.status !== "open") return { ok: false, status: 409, message: "Someone has already picked this up." };
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(careAlerts).set({ status: "acknowledged", acknowledgedBy: user.id, acknowledgedAt: now() }).where(eq(careAlerts.id, alertId));
    await tx.insert(careAlertEvents).values({ id: newId(), alertId, kind: "acknowledged", actorId: user.id, createdAt: now() });
    await writeAudit(tx, { actorId: user.id, action: "care.alert_acknowledged", targetType: "care_alert", targetId: alertId });
    await tellAuthorWhoPickedUp(tx, alertId, user);
  });
  wakeEmailDelivery();
  return { ok: true };
}

export async function closeCareAlert(user: SessionUser, alertId: string, note: string): Promise<CareOutcome> {
  const alert = await getCareAlert(user, alertId);
  if (!alert) return { ok: false, status: 404, message: "That care alert could not be found." };
  if (alert.status === "closed") return { ok: false, status: 409, message: "This alert is already closed." };
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(careAlerts)
      .set({
        status: "closed",
        closedBy: user.id,
        closedAt: now(),
        closingNote: note,
        acknowledgedBy: alert.acknowledgedAt ? undefined : user.id,
        acknowledgedAt: alert.acknowledgedAt ? undefined : now(),
      })
      .where(eq(careAlerts.id, alertId));
    await tx.insert(careAlertEvents).values({ id: newId(), alertId, kind: "closed", actorId: user.id, note, createdAt: now() });
    await writeAudit(tx, { actorId: user.id, action: "care.alert_closed", targetType: "care_alert", targetId: alertId });
  });
  return { ok: true };
}

/**
 * The author of a post asks for a peer supporter from their private care panel. It adds to the alert and
 * tells the site's peer supporters, never with the post text.
 */
export async function askForPeerSupporter(user: SessionUser, input: { circleId: string; postId: string }): Promise<CareOutcome> {
  const db = await getDb();
  const [alert] = await db
    .select()
    .from(careAlerts)
    .where(and(eq(careAlerts.postId, input.postId), eq(careAlerts.circleId, input.circleId)));
  if (!alert || !canAskForPeerSupporter(user, alert)) return { ok: false, status: 404, message: "We could not find that post." };
  await db.transaction(async (tx) => {
    await tx
      .update(careAlerts)
      .set({ peerRequestedAt: now(), status: alert.status === "closed" ? "open" : alert.status })
      .where(eq(careAlerts.id, alert.id));
    await tx.insert(careAlertEvents).values({ id: newId(), alertId: alert.id, kind: "peer_requested", actorId: user.id, createdAt: now() });
    await writeAudit(tx, { actorId: user.id, action: "care.peer_requested", targetType: "care_alert", targetId: alert.id });
    const peers = (await peerSupporterRoleIds(tx, user.id)).concat((await facilitatorIdsOf(tx, alert.circleId)).filter((id) => id !== user.id));
    await notify(
      tx,
      [...new Set(peers)].map((userId) => ({
        userId,
        kind: "care.peer_requested",
        message: "Someone has asked to talk with a peer supporter",
        href: `/care/${alert.id}`,
      })),
    );
  });
  wakeEmailDelivery();
  return { ok: true };
}
