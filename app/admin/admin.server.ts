import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { auditLog, sessions, users, type Permission, type SiteRole } from "../../db/schema";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";

export const USERS_PAGE_SIZE = 25;

/** Users for the admin list, searched by name or email, in pages ordered by email. */
export async function listUsers({ q, role, page }: { q?: string; role?: string; page: number }) {
  const db = await getDb();
  const filters: SQL[] = [];
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(users.email, like), ilike(users.displayName, like))!);
  }
  if (role) filters.push(eq(users.role, role as SiteRole));
  const where = filters.length ? and(...filters) : undefined;
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      permissions: users.permissions,
      suspendedAt: users.suspendedAt,
      suspendedReason: users.suspendedReason,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(where)
    .orderBy(asc(users.email))
    .limit(USERS_PAGE_SIZE + 1)
    .offset((page - 1) * USERS_PAGE_SIZE);
  return { users: rows.slice(0, USERS_PAGE_SIZE), hasMore: rows.length > USERS_PAGE_SIZE };
}

/** Changes a user's role and permissions, with the audit entry in the same transaction. */
export async function changeRole(actorId: string, input: { userId: string; role: SiteRole; permissions: Permission[]; reason: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ role: users.role, permissions: users.permissions }).from(users).where(eq(users.id, input.userId));
    if (!before) return false;
    await tx.update(users).set({ role: input.role, permissions: input.permissions }).where(eq(users.id, input.userId));
    await writeAudit(tx, {
      actorId,
      action: "user.role_changed",
      targetType: "user",
      targetId: input.userId,
      reason: input.reason,
      metadata: { from: before.role, to: input.role, permissionsFrom: before.permissions, permissionsTo: input.permissions },
    });
    return true;
  });
}

/** Suspends a user: every session ends at once, in the same transaction as the audit entry. */
export async function suspendUser(actorId: string, userId: string, reason: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ suspendedAt: now(), suspendedReason: reason }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await writeAudit(tx, { actorId, action: "user.suspended", targetType: "user", targetId: userId, reason });
  });
}

export async function restoreUser(actorId: string, userId: string, reason: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ suspendedAt: null, suspendedReason: null }).where(eq(users.id, userId));
    await writeAudit(tx, { actorId, action: "user.restored", targetType: "user", targetId: userId, reason });
  });
}

export async function recentAudit(limit = 50) {
  const db = await getDb();
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      reason: auditLog.reason,
      createdAt: auditLog.createdAt,
      actor: sql<string | null>`(select display_name from users where users.id = ${auditLog.actorId})`,
      // Acts under a pseudonym are recorded against the membership (see writeAudit); no name is shown for them.
      byPseudonymousMember: sql<boolean>`(${auditLog.metadata} ->> 'actorMembershipId') is not null`,
    })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export async function getUserForAdmin(id: string) {
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      permissions: users.permissions,
      suspendedAt: users.suspendedAt,
      suspendedReason: users.suspendedReason,
    })
    .from(users)
    .where(eq(users.id, id));
  return user ?? null;
}
