// Policy rules for learnings: plain functions over (user, object) and the SQL filters that list queries use.
// Each per-object rule has its SQL twin right beside it; tests check that the two agree.
import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import { learningDrafts, learnings } from "../../../db/schema";
import { hasPermission, hasPermissionSql, isActive, isSiteModerator, siteModeratorSql, type Actor } from "./roles";

export type LearningFacts = { authorId: string; status: "draft" | "published" | "withdrawn"; visibility: "public" | "members" | null };
export type DraftFacts = { stage: "editing" | "awaiting_first" | "awaiting_second"; firstApproverId: string | null };

/**
 * Reviewers: site moderators, and anyone an admin gave the reviewer permission, whatever their role (a
 * peer supporter or member can hold it, as with the verifier and editor permissions).
 */
export const isLearningReviewer = (u: Actor) => isSiteModerator(u) || hasPermission(u, "reviewer");
/** The SQL twin of isLearningReviewer over the users table (active accounts only). */
export const learningReviewersSql = (): SQL => or(siteModeratorSql(), hasPermissionSql("reviewer"))!;

/** Anyone may read public published learnings; members-only ones need an active account. */
export function canReadLearning(u: Actor, l: LearningFacts) {
  if (l.status !== "published") return false;
  return l.visibility === "public" || isActive(u);
}
/** The SQL twin of canReadLearning, for the list. */
export function readableLearningsFilter(u: Actor): SQL {
  const published = eq(learnings.status, "published");
  return isActive(u) ? published : and(published, eq(learnings.visibility, "public"))!;
}
/** Only public learnings reach search and feeds, whoever asks. */
export const isPubliclyListed = (l: LearningFacts) => l.status === "published" && l.visibility === "public";

export const isLearningAuthor = (u: Actor, l: Pick<LearningFacts, "authorId">) => isActive(u) && u.id === l.authorId;

/** A draft is its author's alone while being written. */
export const canEditDraft = (u: Actor, l: LearningFacts, d: DraftFacts) => isActive(u) && u.id === l.authorId && d.stage === "editing";

/** Who may review this working copy now: a reviewer, never the author, and for stage two never reviewer one. */
export function canReviewDraft(u: Actor, l: LearningFacts, d: DraftFacts) {
  if (!isLearningReviewer(u) || u!.id === l.authorId) return false;
  if (d.stage === "awaiting_first") return true;
  if (d.stage === "awaiting_second") return d.firstApproverId !== u!.id;
  return false;
}
/** The SQL twin of canReviewDraft, for the Reviews page (join learnings with learning_drafts). */
export function reviewQueueFilter(u: Actor): SQL {
  if (!isLearningReviewer(u)) return sql`false`;
  return and(
    ne(learnings.authorId, u!.id),
    or(
      eq(learningDrafts.stage, "awaiting_first"),
      and(eq(learningDrafts.stage, "awaiting_second"), sql`${learningDrafts.firstApproverId} is distinct from ${u!.id}`),
    ),
  )!;
}

/** The author sees the working copy at every stage; a reviewer only while they may review it. */
export const canViewDraft = (u: Actor, l: LearningFacts, d: DraftFacts) => (isActive(u) && u.id === l.authorId) || canReviewDraft(u, l, d);

export const canWithdrawLearning = (u: Actor, l: LearningFacts) => isActive(u) && u.id === l.authorId && l.status === "published";
/** Corrections follow the same rule as withdrawal today: the author, while the learning is published. */
export const canProposeCorrection = (u: Actor, l: LearningFacts) => canWithdrawLearning(u, l);

export const canReflect = (u: Actor, l: LearningFacts) => isActive(u) && canReadLearning(u, l);
export const canFlagReflection = (u: Actor, reflection: { authorId: string }) => isActive(u) && u.id !== reflection.authorId;
export const canHideReflection = (u: Actor) => isSiteModerator(u);
