// Policy rules for moderation and care: plain functions over (user, object) and the SQL filters that the
// queue, care and appeal lists use, so that a list and a per-object check cannot disagree.
import { sql, type SQL } from "drizzle-orm";
import { appeals, careAlerts, moderationActions, users } from "../../../db/schema";
import { isActive, isPeerSupporter, isSiteModerator, siteModeratorSql, type Actor } from "./roles";

// A circle's review queue and watched words follow the circles policy's canModerateCircle / reviewableCircleSql.

/** The site-wide review queue, the reveal flow and appeals: site moderators and admins. */
export const canSeeSiteQueue = (u: Actor) => isSiteModerator(u);

/**
 * Reflections on case learnings are reviewed in the site-wide queue only (they belong to no circle):
 * site moderators and admins, the same people the learning page lets hide a reflection.
 */
export const canReviewReflections = (u: Actor) => isSiteModerator(u);

/** The SQL twin of canReviewReflections for the queue's list of reflections, read from the stored account. */
export const reviewableReflectionsSql = (u: Actor): SQL =>
  u ? sql`exists (select 1 from ${users} where ${users.id} = ${u.id} and ${siteModeratorSql()})` : sql`false`;

/** Site-wide watched words: site moderators. A circle's list follows canModerateCircle. */
export const canManageSiteWatchedWords = (u: Actor) => isSiteModerator(u);

/**
 * Flagging: a reader of the circle flags a post that others can see, other than their own.
 * `mayRead` is the circles policy's canReadCircleContent for this person.
 */
export const canFlagPost = (u: Actor, f: { mayRead: boolean; isAuthor: boolean; postStatus: string }) =>
  isActive(u) && f.mayRead && !f.isAuthor && f.postStatus === "visible";

/** The care queue: the site's peer supporters (moderators included) and facilitators of any circle. */
export const canSeeCareQueue = (u: Actor, f: { facilitatesAnyCircle: boolean }) => isPeerSupporter(u) || (isActive(u) && f.facilitatesAnyCircle);

/** One care alert: peer supporters, and the facilitators of the alert's circle. */
export const canSeeCareAlert = (u: Actor, f: { isFacilitator: boolean }) => isPeerSupporter(u) || (isActive(u) && f.isFacilitator);

/** The SQL twin of canSeeCareAlert, over `care_alerts`. */
export function careAlertVisibleSql(u: Actor): SQL {
  if (isPeerSupporter(u)) return sql`true`;
  if (!isActive(u)) return sql`false`;
  return sql`exists (select 1 from circle_facilitators f where f.circle_id = ${careAlerts.circleId} and f.user_id = ${u.id})`;
}

/** Only the author of the post may ask for a peer supporter about it. */
export const canAskForPeerSupporter = (u: Actor, alert: { authorId: string }) => isActive(u) && u.id === alert.authorId;
/** The private care panel under a post is the author's alone: only they see it, only they may close it. */
export const canCloseCarePanel = (u: Actor, alert: { authorId: string }) => isActive(u) && u.id === alert.authorId;

/** Reveals need two different site moderators: one asks, another decides. */
export const canRequestReveal = (u: Actor) => isSiteModerator(u);
export const canDecideReveal = (u: Actor, r: { requestedBy: string; status: string }) =>
  isSiteModerator(u) && r.status === "pending" && u!.id !== r.requestedBy;
/** After approval, only the two moderators involved see the account behind the pseudonym. */
export const canSeeRevealedAccount = (u: Actor, r: { requestedBy: string; decidedBy: string | null; status: string }) =>
  isSiteModerator(u) && r.status === "approved" && (u!.id === r.requestedBy || u!.id === r.decidedBy);

/** Post decisions an author may appeal (approvals and join decisions are not appeals). */
const APPEALABLE = new Set(["hide", "edit", "delete", "warn", "mute", "remove"]);

/** The person an action was about may appeal it once. */
export const canAppeal = (u: Actor, action: { subjectUserId: string; action: string }, alreadyAppealed: boolean) =>
  isActive(u) && u.id === action.subjectUserId && !alreadyAppealed && APPEALABLE.has(action.action);

/** An appeal is decided by a site moderator other than the one who acted. */
export const canDecideAppeal = (u: Actor, f: { status: string; actorId: string }) => isSiteModerator(u) && f.status === "open" && u!.id !== f.actorId;

/** The SQL twin of canDecideAppeal for the list of open appeals (joined with moderation_actions). */
export function decidableAppealSql(u: Actor): SQL {
  if (!isSiteModerator(u)) return sql`false`;
  return sql`(${appeals.status} = 'open' and ${moderationActions.actorId} <> ${u!.id})`;
}
