import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { circleFacilitators, users } from "../../db/schema";

/** Ids of the active facilitators of a circle. */
export async function facilitatorIdsOf(db: Queryable, circleId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(circleFacilitators)
    .innerJoin(users, eq(users.id, circleFacilitators.userId))
    .where(and(eq(circleFacilitators.circleId, circleId), isNull(users.suspendedAt)));
  return rows.map((r) => r.id);
}

/** Ids of active people with one of these site roles, optionally leaving one person out. */
export async function idsWithRoles(db: Queryable, roles: ("peer_supporter" | "moderator" | "admin")[], except?: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, roles), isNull(users.suspendedAt), except ? ne(users.id, except) : undefined));
  return rows.map((r) => r.id);
}

export async function facilitatesAnyCircle(db: Queryable, userId: string): Promise<boolean> {
  const rows = await db.select({ c: circleFacilitators.circleId }).from(circleFacilitators).where(eq(circleFacilitators.userId, userId)).limit(1);
  return rows.length > 0;
}
