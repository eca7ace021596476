import { and, eq, sql, type SQL } from "drizzle-orm";
import { circleFacilitators, circleMemberships, circles, type Circle, type CircleMembership } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { SessionUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { canModerateCircle, canReadCircleContent, canSeeCircle, type CircleFacts, type PostViewer } from "~/utils/policy.server";

/** A circle as seen by one person: the facts every policy decision about it depends on. */
export type CircleContext = {
  circle: Circle;
  membership: CircleMembership | null;
  isFacilitator: boolean;
  facts: CircleFacts;
};

export async function getMembership(db: Queryable, circleId: string, userId: string): Promise<CircleMembership | null> {
  const [row] = await db
    .select()
    .from(circleMemberships)
    .where(and(eq(circleMemberships.circleId, circleId), eq(circleMemberships.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** The facts every policy decision depends on, from rows already read. */
function contextOf(circle: Circle, membership: CircleMembership | null, isFacilitator: boolean): CircleContext {
  return {
    circle,
    membership,
    isFacilitator,
    facts: {
      circle: { kind: circle.kind, rulesVersion: circle.rulesVersion },
      membership: membership ? { status: membership.status, acceptedRulesVersion: membership.acceptedRulesVersion, mutedUntil: membership.mutedUntil } : null,
      isFacilitator,
    },
  };
}

/** The circle matching `where`, with this person's membership and whether they facilitate it: one statement. */
async function readCircleFor(db: Queryable, where: SQL, userId: string) {
  const [row] = await db
    .select({
      circle: circles,
      membership: circleMemberships,
      isFacilitator: sql<boolean>`exists (select 1 from ${circleFacilitators} where ${circleFacilitators.circleId} = ${circles.id} and ${circleFacilitators.userId} = ${userId})`,
    })
    .from(circles)
    .leftJoin(circleMemberships, and(eq(circleMemberships.circleId, circles.id), eq(circleMemberships.userId, userId)))
    .where(where)
    .limit(1);
  return row;
}

/** The person's membership and facilitator role in a circle already read (one statement). */
export async function contextFor(db: Queryable, circle: Circle, user: SessionUser | null): Promise<CircleContext> {
  const row = user ? await readCircleFor(db, eq(circles.id, circle.id), user.id) : undefined;
  return contextOf(circle, row?.membership ?? null, row?.isFacilitator === true);
}

/**
 * The circle with this slug if this person may know it exists; null otherwise, so that a missing circle
 * and an invite-only circle someone is not in look exactly the same (404). The circle, the person's
 * membership and whether they facilitate it come back in one statement.
 */
export async function loadVisibleCircle(slug: string, user: SessionUser | null): Promise<CircleContext | null> {
  const db = await getDb();
  let ctx: CircleContext | null = null;
  if (user) {
    const row = await readCircleFor(db, eq(circles.slug, slug), user.id);
    if (row) ctx = contextOf(row.circle, row.membership, row.isFacilitator === true);
  } else {
    const [circle] = await db.select().from(circles).where(eq(circles.slug, slug)).limit(1);
    if (circle) ctx = contextOf(circle, null, false);
  }
  return ctx && canSeeCircle(user, ctx.facts) ? ctx : null;
}

/**
 * How this person reads the circle's content: as a member (after accepting the rules) or through the
 * marked moderating view. Null when they may not read it.
 */
export function readerOf(user: SessionUser | null, ctx: CircleContext, moderating: boolean): (PostViewer & { mode: "member" | "moderating" }) | null {
  const mayModerate = canModerateCircle(user, ctx.facts);
  if (canReadCircleContent(user, ctx.facts)) return { membershipId: ctx.membership!.id, mayModerate, mode: "member" };
  if (moderating && mayModerate) return { membershipId: null, mayModerate: true, mode: "moderating" };
  return null;
}
