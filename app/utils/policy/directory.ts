// Policy rules for the facilitator directory: plain functions over (user, object) and the SQL filters the
// list queries use, so that a list and a per-object check can never disagree (tests check they agree).
import { sql, type SQL } from "drizzle-orm";
import { hasPermission, isActive, isAdmin, isFacilitatorRole, type Actor } from "./roles";

/** The parts of a profile and its owner that visibility depends on. */
export type ProfileVisibilityFacts = {
  listed: boolean;
  ownerRole: string;
  ownerSuspendedAt: Date | null;
};

/** A profile is public while its owner is an active facilitator and they keep it listed. */
export function isPublicFacilitatorProfile(p: ProfileVisibilityFacts): boolean {
  return p.listed && p.ownerRole === "facilitator" && !p.ownerSuspendedAt;
}

/**
 * The same rule as SQL, over the aliases `p` (facilitator_profiles) and `u` (users, joined on p.user_id).
 * Every public list, facet count and search document uses this.
 */
export const publicFacilitatorProfileSql: SQL = sql`(p.listed and u.role = 'facilitator' and u.suspended_at is null)`;

/** Who may see a profile page: the public, or its owner and admins even when it is not public. */
export function canViewFacilitatorProfile(user: Actor, p: ProfileVisibilityFacts & { userId: string }): boolean {
  return isPublicFacilitatorProfile(p) || (isActive(user) && user.id === p.userId) || isAdmin(user);
}

/** Only facilitators keep a profile of their own, with its training records and a request inbox. */
export const canHaveOwnFacilitatorProfile = (user: Actor) => isFacilitatorRole(user);

/** Facilitators edit their own profile; admins may edit any. */
export function canEditFacilitatorProfile(user: Actor, p: { userId: string } | null): boolean {
  if (!isActive(user)) return false;
  if (isAdmin(user)) return true;
  return user.role === "facilitator" && (!p || p.userId === user.id);
}

/** Admins and verifiers review training evidence and mark profiles verified. */
export const canVerifyFacilitators = (user: Actor) => hasPermission(user, "verifier");

/** Evidence files: verifiers, and the facilitator who uploaded them. */
export function canDownloadTrainingEvidence(user: Actor, p: { userId: string }): boolean {
  return canVerifyFacilitators(user) || (isActive(user) && user.id === p.userId);
}

/** Conflict-of-interest notes are for admins only (not even the facilitator's public page shows them). */
export const canSeeConflictNotes = (user: Actor) => isAdmin(user);

/** Concerns go to admins, never to the facilitator concerned. */
export const canReviewConcerns = (user: Actor) => isAdmin(user);

/** Why this person may not contact a facilitator, or null when they may. */
export type ContactRefusal = "signed_out" | "self" | "no_organisation";

/**
 * A signed-in, active member of at least one organisation may contact a facilitator (not themselves).
 * The profile page, the request form and sending all ask this one rule.
 */
export function contactRefusal(user: Actor, facts: { organisationCount: number; profileUserId: string }): ContactRefusal | null {
  if (!isActive(user)) return "signed_out";
  if (user.id === facts.profileUserId) return "self";
  return facts.organisationCount > 0 ? null : "no_organisation";
}
export const canSendContactRequest = (user: Actor, facts: { organisationCount: number; profileUserId: string }) => contactRefusal(user, facts) === null;

/** The parties to a contact request: the person who sent it and the facilitator it went to. */
export type ContactRequestParties = { requesterId: string; facilitatorUserId: string; status: string };

function isContactRequestParty(user: Actor, r: ContactRequestParties): boolean {
  return isActive(user) && (user.id === r.requesterId || user.id === r.facilitatorUserId);
}

/** Only the two parties see a request; admins do not read requests. */
export const canViewContactRequest = isContactRequestParty;

/** Contact details are shared with each other only once the facilitator accepts. */
export function canSeeContactDetails(user: Actor, r: ContactRequestParties): boolean {
  return isContactRequestParty(user, r) && r.status === "accepted";
}

export function canAnswerContactRequest(user: Actor, r: ContactRequestParties): boolean {
  return isActive(user) && user.id === r.facilitatorUserId && r.status === "pending";
}

/** The requester may send an unanswered or declined request on to someone else. */
export function canResendContactRequest(user: Actor, r: ContactRequestParties): boolean {
  return isActive(user) && user.id === r.requesterId && (r.status === "expired" || r.status === "declined");
}

/**
 * The list filter matching isContactRequestParty, over the aliases `r` (contact_requests) and `p` (its
 * facilitator_profiles row).
 */
export function contactRequestsVisibleToSql(userId: string): SQL {
  return sql`(r.requester_id = ${userId} or p.user_id = ${userId})`;
}
