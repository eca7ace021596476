import { and, eq, isNull, ne } from "drizzle-orm";
import { activeWithRoleSql, siteModeratorSql } from "~/utils/policy.server";
import type { SQL } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { getDb } from "~/utils/db.server";
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

async function idsWhere(db: Queryable, who: SQL, except?: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(who, except ? ne(users.id, except) : undefined));
  return rows.map((r) => r.id);
}

/** Ids of the active site moderators and admins, optionally leaving one person out. */
export const siteModeratorIds = (db: Queryable, except?: string) => idsWhere(db, siteModeratorSql(), except);

/** Ids of the active people whose role is peer supporter (not moderators), optionally leaving one out. */
export const peerSupporterRoleIds = (db: Queryable, except?: string) => idsWhere(db, activeWithRoleSql(["peer_supporter"]), except);

/** Whether this person facilitates any circle (the care queue is theirs too). */
export async function facilitatesAnyCircle(userId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db.select({ c: circleFacilitators.circleId }).from(circleFacilitators).where(eq(circleFacilitators.userId, userId)).limit(1);
  return rows.length > 0;
}
