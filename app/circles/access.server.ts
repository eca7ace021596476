import { and, eq } from "drizzle-orm";
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

export async function isCircleFacilitator(db: Queryable, circleId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: circleFacilitators.userId })
    .from(circleFacilitators)
    .where(and(eq(circleFacilitators.circleId, circleId), eq(circleFacilitators.userId, userId)))
    .limit(1);
  return rows.length > 0;
}

export async function getMembership(db: Queryable, circleId: string, userId: string): Promise<CircleMembership | null> {
  const [row] = await db
    .select()
    .from(circleMemberships)
    .where(and(eq(circleMemberships.circleId, circleId), eq(circleMemberships.userId, userId)))
    .limit(1);
  return row ?? null;
}

export async function contextFor(db: Queryable, circle: Circle, user: SessionUser | null): Promise<CircleContext> {
  const membership = user ? await getMembership(db, circle.id, user.id) : null;
  const isFacilitator = user ? await isCircleFacilitator(db, circle.id, user.id) : false;
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

/**
 * The circle with this slug if this person may know it exists; null otherwise, so that a missing circle
 * and an invite-only circle someone is not in look exactly the same (404).
 */
export async function loadVisibleCircle(slug: string, user: SessionUser | null): Promise<CircleContext | null> {
  const db = await getDb();
  const [circle] = await db.select().from(circles).where(eq(circles.slug, slug)).limit(1);
  if (!circle) return null;
  const ctx = await contextFor(db, circle, user);
  return canSeeCircle(user, ctx.facts) ? ctx : null;
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
