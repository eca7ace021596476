// Policy rules for circles: plain functions over (user, object) and the SQL filters that list queries use.
// The list of circles and the circle page use the same rule (canSeeCircle / circleVisibleSql), and the
// thread page uses the same rule for posts (canSeePost / postVisibleSql), so they cannot disagree.
import { sql, type SQL } from "drizzle-orm";
import { circleMemberships, circlePosts, circles, type CircleKind, type MembershipStatus, type PostStatus } from "../../../db/schema";
import { hasRoleAtLeast, isActive, isAdmin, isSiteModerator, type Actor } from "./roles";

/** What a decision about one circle depends on, for one user. */
export type CircleFacts = {
  circle: { kind: CircleKind; rulesVersion: number };
  membership: { status: MembershipStatus; acceptedRulesVersion: number | null; mutedUntil: Date | null } | null;
  isFacilitator: boolean;
};

/** Site facilitators, moderators and admins create circles. */
export const canCreateCircle = (u: Actor) => hasRoleAtLeast(u, "facilitator");

/**
 * Whether the circle exists for this person at all: its name, purpose and the way to join.
 * Invite-only circles are invisible (404) to everyone but their members and site moderators.
 */
export function canSeeCircle(u: Actor, f: CircleFacts): boolean {
  if (f.circle.kind !== "invite") return true;
  if (isSiteModerator(u)) return true;
  return isActive(u) && (f.isFacilitator || f.membership?.status === "active" || f.membership?.status === "pending");
}

/** The SQL twin of canSeeCircle, for the list of circles. */
export function circleVisibleSql(u: Actor): SQL {
  if (isSiteModerator(u)) return sql`true`;
  if (!isActive(u)) return sql`${circles.kind} <> 'invite'`;
  return sql`(${circles.kind} <> 'invite' or exists (select 1 from ${circleMemberships} m where m.circle_id = ${circles.id} and m.user_id = ${u.id} and m.status in ('active', 'pending')))`;
}

/** Member counts are for signed-in people; anonymous visitors see the list without them. */
export const canSeeMemberCounts = (u: Actor) => isActive(u);

export const isActiveMember = (f: CircleFacts) => f.membership?.status === "active";

/** An active member who has not yet accepted the current ground rules. */
export const mustAcceptRules = (f: CircleFacts) => isActiveMember(f) && (f.membership!.acceptedRulesVersion ?? 0) < f.circle.rulesVersion;

/** Thread titles, posts, member lists and pseudonyms: members who accepted the current rules. */
export const canReadCircleContent = (u: Actor, f: CircleFacts) => isActive(u) && isActiveMember(f) && !mustAcceptRules(f);

/**
 * The SQL twin of canReadCircleContent's membership part, over circle_memberships joined with circles:
 * active members who accepted the current rules. Whatever tells people about circle content (notifications,
 * calendar feeds) goes only to them, so nobody is sent a link they cannot open.
 */
export const circleReaderMembershipSql = (): SQL =>
  sql`(${circleMemberships.status} = 'active' and coalesce(${circleMemberships.acceptedRulesVersion}, 0) >= ${circles.rulesVersion})`;

export const isMuted = (f: CircleFacts, at: Date) => !!f.membership?.mutedUntil && f.membership.mutedUntil > at;

/** Reading members may post unless muted. */
export const canPostInCircle = (u: Actor, f: CircleFacts, at: Date) => canReadCircleContent(u, f) && !isMuted(f, at);

/**
 * Site moderators and admins may open a circle's content only through the marked "moderating" view,
 * which is audit-logged each time. Members who are also site moderators read it normally.
 */
export const canOpenModeratingView = (u: Actor, f: CircleFacts) => isSiteModerator(u) && canSeeCircle(u, f);

/**
 * Held and hidden posts, edit history, removing and muting members, the circle's review queue and its
 * watched words: the circle's facilitators and site moderators. Its SQL twin is reviewableCircleSql.
 */
export const canModerateCircle = (u: Actor, f: Pick<CircleFacts, "isFacilitator">) => isActive(u) && (f.isFacilitator || isSiteModerator(u));

/** The SQL twin of canModerateCircle, over `circles`: the circles whose queue items this person sees. */
export function reviewableCircleSql(u: Actor): SQL {
  if (isSiteModerator(u)) return sql`true`;
  if (!isActive(u)) return sql`false`;
  return sql`exists (select 1 from circle_facilitators f where f.circle_id = ${circles.id} and f.user_id = ${u.id})`;
}

/** Rules, invitations, join requests and gatherings: the circle's facilitators (and admins). */
export const canManageCircle = (u: Actor, f: CircleFacts) => isActive(u) && (f.isFacilitator || isAdmin(u));

/** Removing and muting: those who may moderate the circle, never on themselves. */
export const canActOnMember = (u: Actor, f: CircleFacts, member: { userId: string }) => canModerateCircle(u, f) && u!.id !== member.userId;

/** Joining is possible for signed-in people who are not already in (or removed from) the circle. */
export function canAskToJoin(u: Actor, f: CircleFacts): boolean {
  if (!isActive(u) || f.isFacilitator) return false;
  const status = f.membership?.status;
  if (status === "active" || status === "pending" || status === "removed") return false;
  return f.circle.kind !== "invite";
}

/** Who is looking at a thread, for post visibility. */
export type PostViewer = { membershipId: string | null; mayModerate: boolean };

/**
 * Held and hidden posts are shown only to their author (with a gentle note) and to those who may moderate.
 * Deleted posts are shown to everyone as a placeholder without their body.
 */
export function canSeePost(viewer: PostViewer, post: { status: PostStatus; authorMembershipId: string }): boolean {
  if (post.status === "visible" || post.status === "deleted") return true;
  return viewer.mayModerate || (!!viewer.membershipId && viewer.membershipId === post.authorMembershipId);
}

/** The SQL twin of canSeePost. */
export function postVisibleSql(viewer: PostViewer): SQL {
  if (viewer.mayModerate) return sql`true`;
  if (!viewer.membershipId) return sql`${circlePosts.status} in ('visible', 'deleted')`;
  return sql`(${circlePosts.status} in ('visible', 'deleted') or ${circlePosts.authorMembershipId} = ${viewer.membershipId})`;
}

/** Authors edit and delete their own posts; moderators may too (with a reason). */
export const canEditPost = (viewer: PostViewer, post: { status: PostStatus; authorMembershipId: string }) =>
  post.status !== "deleted" && !!viewer.membershipId && viewer.membershipId === post.authorMembershipId;
export const canDeletePost = (viewer: PostViewer, post: { status: PostStatus; authorMembershipId: string }) =>
  post.status !== "deleted" && (viewer.mayModerate || (!!viewer.membershipId && viewer.membershipId === post.authorMembershipId));
