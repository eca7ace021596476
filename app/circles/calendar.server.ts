import { and, eq, gt } from "drizzle-orm";
import { circleGatherings, circleMemberships, circles, users } from "../../db/schema";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newToken, sha256 } from "~/utils/ids.server";
import { circleReaderMembershipSql } from "~/utils/policy.server";
import { buildCalendar } from "./ics";
import { gatheringEvent } from "./gatherings.server";

/**
 * A member's private iCal feed. The URL holds a secret token; only its SHA-256 is stored, so the link is
 * shown once, and making a new one makes the old link stop working.
 */
export async function regenerateCalendarToken(userId: string): Promise<string> {
  const db = await getDb();
  const token = newToken(24);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ calendarToken: sha256(token) })
      .where(eq(users.id, userId));
    await writeAudit(tx, { actorId: userId, action: "calendar.token_regenerated", targetType: "user", targetId: userId });
  });
  return token;
}

export const calendarFeedPath = (token: string) => `/calendar/${token}/circles.ics`;

/** Gatherings (from a month ago on) of the circles where the token's owner is a member who accepted the rules. */
export async function calendarFeed(token: string, origin: string): Promise<string | null> {
  if (!/^[\w-]{16,128}$/.test(token)) return null;
  const db = await getDb();
  const [owner] = await db
    .select({ id: users.id, suspendedAt: users.suspendedAt })
    .from(users)
    .where(eq(users.calendarToken, sha256(token)))
    .limit(1);
  if (!owner || owner.suspendedAt) return null;
  const since = new Date(now().getTime() - 30 * 86_400_000);
  const rows = await db
    .select({ g: circleGatherings, circle: { name: circles.name, slug: circles.slug } })
    .from(circleGatherings)
    .innerJoin(circles, eq(circles.id, circleGatherings.circleId))
    .innerJoin(circleMemberships, and(eq(circleMemberships.circleId, circles.id), eq(circleMemberships.userId, owner.id)))
    .where(and(circleReaderMembershipSql(), gt(circleGatherings.endsAt, since)))
    .orderBy(circleGatherings.startsAt);
  return buildCalendar(
    rows.map((r) => gatheringEvent(r.g, r.circle, origin)),
    "Restorative Network circles",
  );
}

export async function hasCalendarFeed(userId: string) {
  const db = await getDb();
  const [row] = await db.select({ t: users.calendarToken }).from(users).where(eq(users.id, userId)).limit(1);
  return !!row?.t;
}
