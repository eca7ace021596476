import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { circleGatheringRsvps, circleGatherings, circleMemberships, circles, users, type Circle, type CircleGathering } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { circleReaderMembershipSql } from "~/utils/policy.server";
import { newId } from "~/utils/ids.server";
import { deliverEmails, notify, wakeEmailDelivery } from "~/notifications/notifications.server";
import type { SessionUser } from "~/utils/auth.server";
import { AlreadySubmitted, createOnce, orAlreadySubmitted, type FormKey } from "~/utils/form-token.server";
import type { GatheringInput } from "./schema.server";
import { circleWrite } from "./write.server";
import { zonedLocalToUtc } from "./time";
import { buildCalendar, type IcsEvent } from "./ics";

export const gatheringHref = (slug: string, id: string) => `/circles/${slug}/gatherings/${id}`;

/** Schedules a gathering (once per form token); times are entered in the circle's time zone and stored in UTC. Members are told. */
export async function scheduleGathering({
  actor,
  circle,
  input,
  formKey,
}: {
  actor: SessionUser;
  circle: Circle;
  input: GatheringInput;
  formKey: FormKey | null;
}): Promise<string | AlreadySubmitted> {
  return orAlreadySubmitted(
    circleWrite((tx) =>
      createOnce(
        tx,
        formKey,
        () => saveGathering(tx, circle, input, actor.id),
        (id) => id,
      ),
    ),
  );
}

async function saveGathering(tx: Queryable, circle: Circle, input: GatheringInput, actorId: string) {
  const id = newId();
  const startsAt = zonedLocalToUtc(input.startsLocal, input.inputZone ?? circle.timeZone);
  const endsAt = zonedLocalToUtc(input.endsLocal, input.inputZone ?? circle.timeZone);
  await tx.insert(circleGatherings).values({
    id,
    circleId: circle.id,
    title: input.title,
    startsAt,
    endsAt,
    onlineUrl: input.onlineUrl ?? null,
    place: input.place ?? null,
    capacity: input.capacity ?? null,
    createdBy: actorId,
    createdAt: now(),
  });
  const members = await tx
    .select({ userId: circleMemberships.userId })
    .from(circleMemberships)
    .innerJoin(circles, eq(circles.id, circleMemberships.circleId))
    .where(and(eq(circleMemberships.circleId, circle.id), circleReaderMembershipSql()));
  await notify(
    tx,
    members
      .filter((m) => m.userId !== actorId)
      .map((m) => ({
        userId: m.userId,
        kind: "circle.gathering_scheduled",
        message: `A gathering was scheduled in ${circle.name}`,
        href: gatheringHref(circle.slug, id),
      })),
  );
  await writeAudit(tx, { actorId, action: "circle.gathering_scheduled", targetType: "circle_gathering", targetId: id, metadata: { circleId: circle.id } });
  return id;
}

// drizzle leaves columns unqualified in the select list of a one-table query, so name the outer row explicitly.
const OUTER_ID = sql.raw(`"circle_gatherings"."id"`);
const goingCount = sql<number>`(select count(*)::int from ${circleGatheringRsvps} r where r.gathering_id = ${OUTER_ID} and r.status = 'going')`;
const waitlistCount = sql<number>`(select count(*)::int from ${circleGatheringRsvps} r where r.gathering_id = ${OUTER_ID} and r.status = 'waitlist')`;

export async function listUpcomingGatherings(circleId: string, userId: string | null) {
  const db = await getDb();
  const since = new Date(now().getTime() - 3 * 3_600_000);
  const rows = await db
    .select({
      id: circleGatherings.id,
      title: circleGatherings.title,
      startsAt: circleGatherings.startsAt,
      endsAt: circleGatherings.endsAt,
      capacity: circleGatherings.capacity,
      cancelled: sql<boolean>`${circleGatherings.cancelledAt} is not null`,
      going: goingCount,
      myStatus: userId
        ? sql<string | null>`(select r.status from ${circleGatheringRsvps} r where r.gathering_id = ${OUTER_ID} and r.user_id = ${userId})`
        : sql<string | null>`null`,
    })
    .from(circleGatherings)
    .where(and(eq(circleGatherings.circleId, circleId), gt(circleGatherings.endsAt, since)))
    .orderBy(asc(circleGatherings.startsAt));
  return rows.map((r) => ({ ...r, going: Number(r.going) }));
}

export async function getGathering(circleId: string, gatheringId: string, userId: string | null) {
  const db = await getDb();
  const [row] = await db
    .select({
      gathering: circleGatherings,
      going: goingCount,
      waitlist: waitlistCount,
      myStatus: userId
        ? sql<string | null>`(select r.status from ${circleGatheringRsvps} r where r.gathering_id = ${OUTER_ID} and r.user_id = ${userId})`
        : sql<string | null>`null`,
      myPlace: userId
        ? sql<
            number | null
          >`(select count(*)::int + 1 from ${circleGatheringRsvps} w, ${circleGatheringRsvps} me where me.gathering_id = ${OUTER_ID} and me.user_id = ${userId} and me.status = 'waitlist' and w.gathering_id = me.gathering_id and w.status = 'waitlist' and (w.created_at, w.user_id) < (me.created_at, me.user_id))`
        : sql<number | null>`null`,
    })
    .from(circleGatherings)
    .where(and(eq(circleGatherings.id, gatheringId), eq(circleGatherings.circleId, circleId)))
    .limit(1);
  return row ? { ...row, going: Number(row.going), waitlist: Number(row.waitlist) } : null;
}

/** Serialises RSVPs for one gathering, so that two people cannot take the last place at once. */
export async function lockGathering(tx: Queryable, gatheringId: string): Promise<CircleGathering | null> {
  const [g] = await tx.select().from(circleGatherings).where(eq(circleGatherings.id, gatheringId)).for("update").limit(1);
  return g ?? null;
}

/** A member says they are going (or, with `going: false`, no longer going: their place goes to the waitlist). */
export async function answerGathering({
  actor,
  circle,
  gatheringId,
  going,
}: {
  actor: SessionUser;
  circle: Pick<Circle, "name" | "slug">;
  gatheringId: string;
  going: boolean;
}) {
  await circleWrite(async (tx) => {
    if (going) await rsvp(tx, gatheringId, actor.id);
    else await cancelRsvp(tx, circle, gatheringId, actor.id);
  });
}

/** Says "going", or joins the waitlist when the gathering is full. */
async function rsvp(tx: Queryable, gatheringId: string, userId: string): Promise<"going" | "waitlist" | null> {
  const g = await lockGathering(tx, gatheringId);
  if (!g || g.cancelledAt || g.endsAt <= now()) return null;
  const [existing] = await tx
    .select()
    .from(circleGatheringRsvps)
    .where(and(eq(circleGatheringRsvps.gatheringId, gatheringId), eq(circleGatheringRsvps.userId, userId)))
    .limit(1);
  if (existing) return existing.status;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(circleGatheringRsvps)
    .where(and(eq(circleGatheringRsvps.gatheringId, gatheringId), eq(circleGatheringRsvps.status, "going")));
  const status = g.capacity && Number(row?.n ?? 0) >= g.capacity ? "waitlist" : "going";
  await tx.insert(circleGatheringRsvps).values({ gatheringId, userId, status, createdAt: now() });
  await writeAudit(tx, {
    actorId: userId,
    action: status === "going" ? "circle.rsvp_going" : "circle.rsvp_waitlisted",
    targetType: "circle_gathering",
    targetId: gatheringId,
  });
  return status;
}

/** Cancels an RSVP; when a place opens, the first person on the waitlist gets it and is told. */
async function cancelRsvp(tx: Queryable, circle: Pick<Circle, "name" | "slug">, gatheringId: string, userId: string) {
  const locked = await lockGathering(tx, gatheringId);
  const [removed] = await tx
    .delete(circleGatheringRsvps)
    .where(and(eq(circleGatheringRsvps.gatheringId, gatheringId), eq(circleGatheringRsvps.userId, userId)))
    .returning();
  if (!removed) return { promoted: false };
  await writeAudit(tx, { actorId: userId, action: "circle.rsvp_cancelled", targetType: "circle_gathering", targetId: gatheringId });
  if (removed.status !== "going" || locked?.cancelledAt) return { promoted: false };
  return promoteFromWaitlist(tx, circle, gatheringId, 1);
}

/** Gives up to `places` open places to the waitlist, first come first served; each person promoted is told. */
export async function promoteFromWaitlist(tx: Queryable, circle: Pick<Circle, "name" | "slug">, gatheringId: string, places: number) {
  let promoted = false;
  for (let i = 0; i < places; i++) {
    if (!(await promoteNext(tx, circle, gatheringId))) break;
    promoted = true;
  }
  return { promoted };
}

async function promoteNext(tx: Queryable, circle: Pick<Circle, "name" | "slug">, gatheringId: string) {
  const [next] = await tx
    .select()
    .from(circleGatheringRsvps)
    .where(and(eq(circleGatheringRsvps.gatheringId, gatheringId), eq(circleGatheringRsvps.status, "waitlist")))
    .orderBy(asc(circleGatheringRsvps.createdAt), asc(circleGatheringRsvps.userId))
    .limit(1);
  if (!next) return false;
  await tx
    .update(circleGatheringRsvps)
    .set({ status: "going" })
    .where(and(eq(circleGatheringRsvps.gatheringId, gatheringId), eq(circleGatheringRsvps.userId, next.userId)));
  await notify(tx, {
    userId: next.userId,
    kind: "circle.rsvp_promoted",
    message: `A place opened for you at a gathering in ${circle.name}: you are now going`,
    href: gatheringHref(circle.slug, gatheringId),
  });
  await writeAudit(tx, {
    actorId: null,
    action: "circle.rsvp_promoted",
    targetType: "circle_gathering",
    targetId: gatheringId,
    metadata: { from: "waitlist" },
  });
  return true;
}

/** When someone leaves or is removed, their places at future gatherings go to the waitlist. */
export async function cancelFutureRsvps(tx: Queryable, circle: Circle, userId: string) {
  const upcoming = await tx
    .select({ id: circleGatherings.id })
    .from(circleGatherings)
    .innerJoin(circleGatheringRsvps, and(eq(circleGatheringRsvps.gatheringId, circleGatherings.id), eq(circleGatheringRsvps.userId, userId)))
    .where(and(eq(circleGatherings.circleId, circle.id), gt(circleGatherings.startsAt, now())));
  for (const g of upcoming) await cancelRsvp(tx, circle, g.id, userId);
}

export function gatheringEvent(g: CircleGathering, circle: Pick<Circle, "name" | "slug">, origin: string): IcsEvent {
  const link = new URL(gatheringHref(circle.slug, g.id), origin).toString();
  return {
    uid: `gathering-${g.id}@restorative-network`,
    sequence: g.sequence,
    stamp: g.updatedAt ?? g.createdAt,
    lastModified: g.updatedAt ?? undefined,
    status: g.cancelledAt ? "CANCELLED" : "CONFIRMED",
    start: g.startsAt,
    end: g.endsAt,
    summary: `${g.cancelledAt ? "Cancelled: " : ""}${g.title} (${circle.name})`,
    description: `A gathering of the circle "${circle.name}" on Restorative Network.${g.onlineUrl ? `\nJoin online: ${g.onlineUrl}` : ""}\nDetails: ${link}`,
    location: g.place ?? g.onlineUrl ?? undefined,
    url: link,
  };
}

export function gatheringIcs(g: CircleGathering, circle: Pick<Circle, "name" | "slug">, origin: string) {
  return buildCalendar([gatheringEvent(g, circle, origin)], `${g.title} (${circle.name})`);
}

/**
 * Reminds people who are going, once, when a gathering starts within the next day. Run it every few
 * minutes from a scheduler (or `npm start`'s background work); it is idempotent.
 */
export async function sendGatheringReminders() {
  const db = await getDb();
  const at = now();
  const soon = new Date(at.getTime() + 24 * 3_600_000);
  const sent = await db.transaction(async (tx) => {
    const due = await tx
      .select({ g: circleGatherings, circle: { name: circles.name, slug: circles.slug } })
      .from(circleGatherings)
      .innerJoin(circles, eq(circles.id, circleGatherings.circleId))
      .where(
        and(
          isNull(circleGatherings.reminderSentAt),
          isNull(circleGatherings.cancelledAt),
          gt(circleGatherings.startsAt, at),
          lte(circleGatherings.startsAt, soon),
        ),
      );
    if (!due.length) return 0;
    const going = await tx
      .select({ gatheringId: circleGatheringRsvps.gatheringId, userId: circleGatheringRsvps.userId })
      .from(circleGatheringRsvps)
      .innerJoin(users, eq(users.id, circleGatheringRsvps.userId))
      .where(
        and(
          inArray(
            circleGatheringRsvps.gatheringId,
            due.map((d) => d.g.id),
          ),
          eq(circleGatheringRsvps.status, "going"),
        ),
      );
    for (const d of due) {
      await notify(
        tx,
        going
          .filter((r) => r.gatheringId === d.g.id)
          .map((r) => ({
            userId: r.userId,
            kind: "circle.gathering_reminder",
            message: `Reminder: a gathering in ${d.circle.name} starts within a day`,
            href: gatheringHref(d.circle.slug, d.g.id),
          })),
      );
      await tx.update(circleGatherings).set({ reminderSentAt: at }).where(eq(circleGatherings.id, d.g.id));
    }
    return due.length;
  });
  wakeEmailDelivery();
  return sent;
}

/** The daily digest job: one email per person who chose "digest", listing what happened, never post text. */
export async function sendDailyDigest() {
  return deliverEmails("digest");
}
