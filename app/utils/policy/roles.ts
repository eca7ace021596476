import type { Permission, SiteRole } from "../../../db/schema";

/** The parts of a user that decisions depend on. Works for a session user or a row. */
export type Actor = { id: string; role: SiteRole; permissions: string[]; suspendedAt: Date | null } | null;

const RANK: Record<SiteRole, number> = { member: 0, peer_supporter: 1, facilitator: 2, moderator: 3, admin: 4 };

export const isActive = (u: Actor): u is NonNullable<Actor> => !!u && !u.suspendedAt;
export const isAdmin = (u: Actor) => isActive(u) && u.role === "admin";
/** Site moderators and admins. */
export const isSiteModerator = (u: Actor) => isActive(u) && RANK[u.role] >= RANK.moderator;
export const isPeerSupporter = (u: Actor) => isActive(u) && (u.role === "peer_supporter" || isSiteModerator(u));
export const hasRoleAtLeast = (u: Actor, role: SiteRole) => isActive(u) && RANK[u.role] >= RANK[role];
/** Admins hold every permission. */
export const hasPermission = (u: Actor, p: Permission) => isActive(u) && (u.role === "admin" || u.permissions.includes(p));

export const canManageUsers = (u: Actor) => isAdmin(u);
export const canReadAuditLog = (u: Actor) => isAdmin(u);
