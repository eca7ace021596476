import { and, desc, eq } from "drizzle-orm";
import { learningDrafts, learningReviews, learnings, users } from "../../db/schema";
import { notify } from "~/notifications/notifications.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { reviewQueueFilter, type Actor } from "~/utils/policy.server";
import { draftText, findingDecisions, notifyReviewers, type DraftBundle } from "./drafts.server";
import { scanDraft } from "./findings.server";
import { unclearedFindings } from "./gate";
import { publishInTransaction, PublicationRefused } from "./publish.server";

/** What awaits this reviewer (never their own, never a second review of what they approved first). */
export async function reviewQueue(user: NonNullable<Actor>) {
  const db = await getDb();
  return db
    .select({ id: learnings.id, title: learningDrafts.title, stage: learningDrafts.stage, kind: learningDrafts.kind, submittedAt: learningDrafts.submittedAt })
    .from(learnings)
    .innerJoin(learningDrafts, eq(learningDrafts.learningId, learnings.id))
    .where(reviewQueueFilter(user))
    .orderBy(learningDrafts.submittedAt);
}

/** Reviewer one's approval, shown to reviewer two (who cleared what is theirs to see: hashes, not text). */
export async function currentApprovals(learningId: string, submission: number) {
  const db = await getDb();
  return db
    .select({
      reviewerId: learningReviews.reviewerId,
      stage: learningReviews.stage,
      clearedHashes: learningReviews.clearedHashes,
      comments: learningReviews.comments,
      createdAt: learningReviews.createdAt,
      reviewerName: users.displayName,
    })
    .from(learningReviews)
    .innerJoin(users, eq(users.id, learningReviews.reviewerId))
    .where(and(eq(learningReviews.learningId, learningId), eq(learningReviews.submission, submission), eq(learningReviews.decision, "approved")))
    .orderBy(desc(learningReviews.createdAt));
}

/** The review page's view of the draft: findings still present and the author's reasons. */
export async function reviewView(bundle: NonNullable<DraftBundle>) {
  const findings = scanDraft(bundle.learning.id, draftText(bundle.draft));
  const decisions = new Map((await findingDecisions(bundle.learning.id)).map((d) => [d.findingHash, d.reason]));
  return findings.map((f) => ({ ...f, reason: decisions.get(f.hash) ?? null }));
}

export type ReviewOutcome = { ok: true; published: boolean; slug?: string | null } | { ok: false; status: 400 | 409; errors: Record<string, string> };

/** Reviewer one or two sends the draft back to its author with comments. */
export async function returnToAuthor(reviewerId: string, bundle: NonNullable<DraftBundle>, comments: string): Promise<ReviewOutcome> {
  const db = await getDb();
  const stage = bundle.draft.stage === "awaiting_second" ? 2 : 1;
  await db.transaction(async (tx) => {
    await tx.insert(learningReviews).values({
      id: newId(),
      learningId: bundle.learning.id,
      reviewerId,
      stage,
      submission: bundle.draft.submission,
      decision: "returned",
      comments,
      createdAt: now(),
    });
    await tx
      .update(learningDrafts)
      .set({ stage: "editing", firstApproverId: null, returnComments: comments, returnedAt: now(), updatedAt: now() })
      .where(eq(learningDrafts.learningId, bundle.learning.id));
    // Comments may quote the draft, so the trail records only that it was returned.
    await writeAudit(tx, { actorId: reviewerId, action: "learning.returned", targetType: "learning", targetId: bundle.learning.id, metadata: { stage } });
    await notify(tx, {
      userId: bundle.learning.authorId,
      kind: "learning_returned",
      message: "A reviewer returned your case learning with comments",
      href: `/learnings/drafts/${bundle.learning.id}`,
    });
  });
  return { ok: true, published: false };
}

/**
 * An approval. Reviewer one's moves the draft to reviewer two; reviewer two's publishes it, in the same
 * transaction as the gate, so that an approval that does not pass the gate is not recorded either.
 */
export async function approveDraft(
  reviewerId: string,
  bundle: NonNullable<DraftBundle>,
  input: { checklist: string[]; cleared: string[]; comments: string; visibility?: "public" | "members" },
): Promise<ReviewOutcome> {
  const findings = scanDraft(bundle.learning.id, draftText(bundle.draft));
  const cleared = input.cleared.filter((hash) => findings.some((f) => f.hash === hash));
  const db = await getDb();
  if (bundle.draft.stage === "awaiting_first") {
    const uncleared = unclearedFindings(findings, [cleared]);
    if (uncleared.length) {
      return { ok: false, status: 400, errors: { cleared: `Clear each remaining finding (${uncleared.length} left), or return the learning to its author.` } };
    }
    await db.transaction(async (tx) => {
      await tx.insert(learningReviews).values({
        id: newId(),
        learningId: bundle.learning.id,
        reviewerId,
        stage: 1,
        submission: bundle.draft.submission,
        decision: "approved",
        checklist: input.checklist,
        clearedHashes: cleared,
        comments: input.comments || null,
        createdAt: now(),
      });
      await tx
        .update(learningDrafts)
        .set({ stage: "awaiting_second", firstApproverId: reviewerId, updatedAt: now() })
        .where(eq(learningDrafts.learningId, bundle.learning.id));
      await writeAudit(tx, {
        actorId: reviewerId,
        action: "learning.approved",
        targetType: "learning",
        targetId: bundle.learning.id,
        metadata: { stage: 1, clearedTypes: typesOf(findings, cleared) },
      });
      await notifyReviewers(tx, [bundle.learning.authorId, reviewerId], bundle.learning.id, "A case learning is waiting for a second review");
    });
    return { ok: true, published: false };
  }
  try {
    const slug = await db.transaction(async (tx) => {
      await tx.insert(learningReviews).values({
        id: newId(),
        learningId: bundle.learning.id,
        reviewerId,
        stage: 2,
        submission: bundle.draft.submission,
        decision: "approved",
        checklist: input.checklist,
        clearedHashes: cleared,
        comments: input.comments || null,
        createdAt: now(),
      });
      await writeAudit(tx, {
        actorId: reviewerId,
        action: "learning.approved",
        targetType: "learning",
        targetId: bundle.learning.id,
        metadata: { stage: 2, clearedTypes: typesOf(findings, cleared) },
      });
      return publishInTransaction(tx, bundle.learning.id, { visibility: input.visibility ?? bundle.draft.requestedVisibility, publisherId: reviewerId });
    });
    return { ok: true, published: true, slug };
  } catch (error) {
    if (error instanceof PublicationRefused) {
      return { ok: false, status: 409, errors: { form: `This learning cannot be published yet. ${error.refusals.map((r) => r.message).join(" ")}` } };
    }
    throw error;
  }
}

function typesOf(findings: ReturnType<typeof scanDraft>, cleared: string[]) {
  return [...new Set(findings.filter((f) => cleared.includes(f.hash)).map((f) => f.type))].sort();
}
