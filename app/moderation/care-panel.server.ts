import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { careAlerts, circlePosts } from "../../db/schema";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { canCloseCarePanel } from "~/utils/policy.server";

// The author's side of a care alert: the private panel under their post, which stays until they close
// it, and what they have asked for. The care team's side is in ./care.server.ts.

export type CarePanelState = {
  circleId: string;
  postId: string;
  /** When the author asked for a peer supporter from this panel (ISO), or null. */
  peerRequestedAt: string | null;
  /** Someone from the care team has picked the alert up. */
  pickedUp: boolean;
};

/** The panel the author sees on a thread: their newest care alert there that they have not closed. */
export async function carePanelForThread(userId: string, threadId: string): Promise<CarePanelState | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      circleId: careAlerts.circleId,
      postId: careAlerts.postId,
      peerRequestedAt: careAlerts.peerRequestedAt,
      acknowledgedAt: careAlerts.acknowledgedAt,
    })
    .from(careAlerts)
    .innerJoin(circlePosts, eq(circlePosts.id, careAlerts.postId))
    .where(and(eq(circlePosts.threadId, threadId), eq(careAlerts.authorId, userId), isNull(careAlerts.authorDismissedAt)))
    .orderBy(desc(careAlerts.createdAt))
    .limit(1);
  if (!row) return null;
  return { circleId: row.circleId, postId: row.postId, peerRequestedAt: row.peerRequestedAt?.toISOString() ?? null, pickedUp: row.acknowledgedAt !== null };
}

type Outcome = { ok: true } | { ok: false; status: 404; message: string };

/** The author closes the panel under their post. The care alert itself is untouched: the care team still has it. */
export async function closeCarePanel(user: SessionUser, input: { circleId: string; postId: string }): Promise<Outcome> {
  const db = await getDb();
  const [alert] = await db
    .select({ id: careAlerts.id, authorId: careAlerts.authorId, dismissed: careAlerts.authorDismissedAt })
    .from(careAlerts)
    .where(and(eq(careAlerts.postId, input.postId), eq(careAlerts.circleId, input.circleId)));
  if (!alert || !canCloseCarePanel(user, alert)) return { ok: false, status: 404, message: "We could not find that note." };
  if (alert.dismissed) return { ok: true };
  await db.transaction(async (tx) => {
    await tx.update(careAlerts).set({ authorDismissedAt: now() }).where(eq(careAlerts.id, alert.id));
    await writeAudit(tx, { actorId: user.id, action: "care.panel_closed", targetType: "care_alert", targetId: alert.id });
  });
  return { ok: true };
}

/** The member's most recent request for a peer supporter, so a page can say truthfully whether one was asked. */
export async function latestPeerRequest(userId: string): Promise<{ askedAt: string; pickedUp: boolean; closed: boolean } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ askedAt: careAlerts.peerRequestedAt, acknowledgedAt: careAlerts.acknowledgedAt, status: careAlerts.status })
    .from(careAlerts)
    .where(and(eq(careAlerts.authorId, userId), isNotNull(careAlerts.peerRequestedAt)))
    .orderBy(desc(careAlerts.peerRequestedAt))
    .limit(1);
  if (!row?.askedAt) return null;
  return { askedAt: row.askedAt.toISOString(), pickedUp: row.acknowledgedAt !== null, closed: row.status === "closed" };
}
