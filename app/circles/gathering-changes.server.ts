import { and, eq, sql } from "drizzle-orm";
import { circleGatheringRsvps, circleGatherings, type Circle } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { notify } from "~/notifications/notifications.server";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { gatheringHref, lockGathering, promoteFromWaitlist } from "./gatherings.server";
import type { GatheringInput } from "./schema.server";
import { zonedLocalToUtc } from "./time";
import { circleWrite } from "./write.server";

// Facilitators' changes to a scheduled gathering. Each change bumps `sequence`, so calendar apps that hold
// the .ics file or the private feed replace their copy, and tells everyone who said they would come (or
// waits on the waitlist) that something changed, without any details in the notification itself.

export type GatheringChangeResult = { ok: true } | { ok: false; reason: "missing" | "cancelled" };

async function tellPeopleWhoJoined(tx: Queryable, circle: Pick<Circle, "name" | "slug">, gatheringId: string, actorId: string, message: string, kind: string) {
  const joined = await tx.select({ userId: circleGatheringRsvps.userId }).from(circleGatheringRsvps).where(eq(circleGatheringRsvps.gatheringId, gatheringId));
  await notify(
    tx,
    joined.filter((r) => r.userId !== actorId).map((r) => ({ userId: r.userId, kind, message, href: gatheringHref(circle.slug, gatheringId) })),
  );
}

/** Saves new details; a larger capacity gives the new places to the waitlist. Times are in the circle's zone. */
export async function editGathering({
  actor,
  circle,
  gatheringId,
  input,
}: {
  actor: SessionUser;
  circle: Circle;
  gatheringId: string;
  input: GatheringInput;
}): Promise<GatheringChangeResult> {
  return circleWrite((tx) => saveGatheringChange(tx, circle, gatheringId, input, actor.id));
}

async function saveGatheringChange(tx: Queryable, circle: Circle, gatheringId: string, input: GatheringInput, actorId: string): Promise<GatheringChangeResult> {
  const g = await lockGathering(tx, gatheringId);
  if (!g || g.circleId !== circle.id) return { ok: false, reason: "missing" };
  if (g.cancelledAt) return { ok: false, reason: "cancelled" };
  const startsAt = zonedLocalToUtc(input.startsLocal, input.inputZone ?? circle.timeZone);
  const endsAt = zonedLocalToUtc(input.endsLocal, input.inputZone ?? circle.timeZone);
  const moved = startsAt.getTime() !== g.startsAt.getTime();
  await tx
    .update(circleGatherings)
    .set({
      title: input.title,
      startsAt,
      endsAt,
      onlineUrl: input.onlineUrl ?? null,
      place: input.place ?? null,
      capacity: input.capacity ?? null,
      sequence: g.sequence + 1,
      updatedAt: now(),
      // A new start time deserves its own reminder.
      ...(moved ? { reminderSentAt: null } : {}),
    })
    .where(eq(circleGatherings.id, g.id));
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(circleGatheringRsvps)
    .where(and(eq(circleGatheringRsvps.gatheringId, g.id), eq(circleGatheringRsvps.status, "going")));
  const going = Number(row?.n ?? 0);
  const openPlaces = input.capacity ? Math.max(0, input.capacity - going) : Number.MAX_SAFE_INTEGER;
  await tellPeopleWhoJoined(tx, circle, g.id, actorId, `A gathering you joined in ${circle.name} has changed`, "circle.gathering_changed");
  if (openPlaces > 0) await promoteFromWaitlist(tx, circle, g.id, Math.min(openPlaces, 10_000));
  await writeAudit(tx, {
    actorId,
    action: "circle.gathering_updated",
    targetType: "circle_gathering",
    targetId: g.id,
    metadata: { circleId: circle.id, sequence: g.sequence + 1, moved },
  });
  return { ok: true };
}

/** Cancels: the gathering stays visible as cancelled, takes no RSVPs, and calendars get STATUS:CANCELLED. */
export async function cancelGathering({
  actor,
  circle,
  gatheringId,
}: {
  actor: SessionUser;
  circle: Circle;
  gatheringId: string;
}): Promise<GatheringChangeResult> {
  return circleWrite((tx) => saveCancellation(tx, circle, gatheringId, actor.id));
}

async function saveCancellation(tx: Queryable, circle: Circle, gatheringId: string, actorId: string): Promise<GatheringChangeResult> {
  const g = await lockGathering(tx, gatheringId);
  if (!g || g.circleId !== circle.id) return { ok: false, reason: "missing" };
  if (g.cancelledAt) return { ok: false, reason: "cancelled" };
  const at = now();
  await tx
    .update(circleGatherings)
    .set({ cancelledAt: at, updatedAt: at, sequence: g.sequence + 1 })
    .where(eq(circleGatherings.id, g.id));
  await tellPeopleWhoJoined(tx, circle, g.id, actorId, `A gathering you joined in ${circle.name} has been cancelled`, "circle.gathering_cancelled");
  await writeAudit(tx, {
    actorId,
    action: "circle.gathering_cancelled",
    targetType: "circle_gathering",
    targetId: g.id,
    metadata: { circleId: circle.id, sequence: g.sequence + 1 },
  });
  return { ok: true };
}
