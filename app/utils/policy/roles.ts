// Site roles and permissions: each rule is written once as a list of roles, and both the per-person check
// and its SQL twin over the users table are derived from that list, so they cannot drift apart.
import { and, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { users } from "../../../db/schema";
import { SITE_ROLES, type Permission, type SiteRole } from "../../../db/schema/vocabulary";

/** The parts of a user that decisions depend on. Works for a session user or a row. */
export type Actor = { id: string; role: SiteRole; permissions: string[]; suspendedAt: Date | null } | null;

/** Roles from `role` upwards, in the order of SITE_ROLES (member < … < admin). */
export const rolesAtLeast = (role: SiteRole): SiteRole[] => SITE_ROLES.slice(SITE_ROLES.indexOf(role));

/** Site moderators and admins. */
export const SITE_MODERATOR_ROLES = rolesAtLeast("moderator");
/** Peer supporters, and the site moderators and admins who do the same care work. */
export const PEER_SUPPORTER_ROLES: SiteRole[] = ["peer_supporter", ...SITE_MODERATOR_ROLES];

export const isActive = (u: Actor): u is NonNullable<Actor> => !!u && !u.suspendedAt;
const hasRoleIn = (u: Actor, roles: readonly SiteRole[]) => isActive(u) && roles.includes(u.role);

export const isAdmin = (u: Actor) => hasRoleIn(u, ["admin"]);
export const isSiteModerator = (u: Actor) => hasRoleIn(u, SITE_MODERATOR_ROLES);
export const isPeerSupporter = (u: Actor) => hasRoleIn(u, PEER_SUPPORTER_ROLES);
export const isFacilitatorRole = (u: Actor) => hasRoleIn(u, ["facilitator"]);
export const hasRoleAtLeast = (u: Actor, role: SiteRole) => hasRoleIn(u, rolesAtLeast(role));
/** Admins hold every permission. */
export const hasPermission = (u: Actor, p: Permission) => isActive(u) && (u.role === "admin" || u.permissions.includes(p));

/** The SQL twins over the `users` table: active accounts holding one of the roles. */
export const activeWithRoleSql = (roles: readonly SiteRole[]): SQL => and(isNull(users.suspendedAt), inArray(users.role, [...roles]))!;
/** The SQL twin of isSiteModerator. */
export const siteModeratorSql = (): SQL => activeWithRoleSql(SITE_MODERATOR_ROLES);
/** The SQL twin of hasPermission. */
export const hasPermissionSql = (p: Permission): SQL =>
  and(isNull(users.suspendedAt), or(inArray(users.role, ["admin"]), sql`${p} = any(${users.permissions})`))!;

export const canManageUsers = (u: Actor) => isAdmin(u);
export const canReadAuditLog = (u: Actor) => isAdmin(u);
