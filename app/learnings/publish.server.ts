import { and, eq, max } from "drizzle-orm";
import { learningDrafts, learningFindingDecisions, learningReviews, learningVersions, learnings, users, type LearningVisibility } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { detectLanguage } from "~/deid";
import { notify } from "~/notifications/notifications.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { enqueueSearchSync } from "~/utils/outbox.server";
import { isLearningReviewer } from "~/utils/policy.server";
import { draftText } from "./drafts.server";
import { scanDraft, scrubReason } from "./findings.server";
import { evaluatePublicationGate, type GateRefusal } from "./gate";
import { SECTION_KEYS, parseTags } from "./sections";

export class PublicationRefused extends Error {
  constructor(readonly refusals: GateRefusal[]) {
    super(`publication refused: ${refusals.map((r) => r.code).join(", ")}`);
  }
}

/** Readable, stable and free of raw text: built from the de-identified title plus a short id. */
export function slugFor(title: string, id: string) {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\[[a-z]+ \d+\]/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || "learning"}-${id.slice(0, 6)}`;
}

/**
 * The publication gate, enforced inside the caller's transaction: re-runs the de-identifier on the stored
 * text, compares what it finds with what both reviewers cleared, checks the approvals, and only then writes
 * the published version and deletes the raw draft, the finding text and the reviews. Throws
 * PublicationRefused (rolling the transaction back) when any rule fails.
 */
export async function publishInTransaction(tx: Queryable, learningId: string, options: { visibility: LearningVisibility; publisherId: string }) {
  const [learning] = await tx.select().from(learnings).where(eq(learnings.id, learningId)).for("update");
  const [draft] = await tx.select().from(learningDrafts).where(eq(learningDrafts.learningId, learningId));
  if (!learning || !draft) throw new PublicationRefused([{ code: "missing_approval", message: "There is nothing waiting to be published." }]);

  const findings = scanDraft(learningId, draftText(draft));
  const reviews = await tx
    .select({
      reviewerId: learningReviews.reviewerId,
      stage: learningReviews.stage,
      clearedHashes: learningReviews.clearedHashes,
      role: users.role,
      permissions: users.permissions,
      suspendedAt: users.suspendedAt,
    })
    .from(learningReviews)
    .innerJoin(users, eq(users.id, learningReviews.reviewerId))
    .where(and(eq(learningReviews.learningId, learningId), eq(learningReviews.submission, draft.submission), eq(learningReviews.decision, "approved")));
  const approvals = reviews.map((r) => ({
    reviewerId: r.reviewerId,
    stage: r.stage,
    clearedHashes: r.clearedHashes,
    reviewerEligible: isLearningReviewer({ id: r.reviewerId, role: r.role, permissions: r.permissions, suspendedAt: r.suspendedAt }),
  }));
  const outcome = evaluatePublicationGate({
    authorId: learning.authorId,
    findings,
    approvals: draft.stage === "awaiting_second" ? approvals : approvals.filter((a) => a.stage !== 2),
    hasConsentRecord: !!draft.consentBasis,
  });
  if (!outcome.ok) throw new PublicationRefused(outcome.refusals);

  const decisions = new Map(
    (await tx.select().from(learningFindingDecisions).where(eq(learningFindingDecisions.learningId, learningId))).map((d) => [d.findingHash, d.reason]),
  );
  const clearedFindings = findings.map((f) => ({ type: f.type, reason: scrubReason(decisions.get(f.hash) ?? "Cleared by both reviewers.", f.text, f.type) }));

  const [{ latest } = { latest: 0 }] = await tx
    .select({ latest: max(learningVersions.version) })
    .from(learningVersions)
    .where(eq(learningVersions.learningId, learningId));
  const version = (latest ?? 0) + 1;
  const versionId = newId();
  const text = draftText(draft);
  const sections = Object.fromEntries(SECTION_KEYS.filter((k) => text[k].trim()).map((k) => [k, text[k]]));
  const at = now();
  await tx.insert(learningVersions).values({
    id: versionId,
    learningId,
    version,
    title: draft.title,
    setting: draft.setting!,
    eventType: draft.eventType!,
    country: draft.country!,
    year: draft.year!,
    language: detectLanguage(Object.values(sections).join("\n")),
    tags: parseTags(draft.tags),
    sections,
    consentBasis: draft.consentBasis!,
    correctionNote: draft.kind === "correction" ? draft.correctionNote : null,
    publishedAt: at,
  });
  const slug = learning.slug ?? slugFor(draft.title, learningId);
  await tx
    .update(learnings)
    .set({
      slug,
      status: "published",
      visibility: options.visibility,
      currentVersionId: versionId,
      firstPublishedAt: learning.firstPublishedAt ?? at,
      lastPublishedAt: at,
      updatedAt: at,
    })
    .where(eq(learnings.id, learningId));

  // What must not outlive publication: the raw text, the finding text and the reviews' clearances.
  await tx.delete(learningFindingDecisions).where(eq(learningFindingDecisions.learningId, learningId));
  await tx.delete(learningReviews).where(eq(learningReviews.learningId, learningId));
  await tx.delete(learningDrafts).where(eq(learningDrafts.learningId, learningId));

  await writeAudit(tx, {
    actorId: options.publisherId,
    action: version === 1 ? "learning.published" : "learning.correction_published",
    targetType: "learning",
    targetId: learningId,
    metadata: {
      version,
      visibility: options.visibility,
      approvers: approvals.map((a) => ({ reviewerId: a.reviewerId, stage: a.stage })),
      clearedFindings,
      consentBasis: draft.consentBasis,
    },
  });
  await enqueueSearchSync(tx, "learning", learningId);
  await notify(tx, {
    userId: learning.authorId,
    kind: "learning_published",
    message: version === 1 ? "Your case learning is published" : "Your correction is published",
    href: `/learnings/${slug}`,
  });
  return slug;
}

/** The author withdraws a published learning: it leaves the list, the page, the feed and search at once. */
export async function withdrawLearning(authorId: string, learningId: string, reason: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(learnings)
      .set({ status: "withdrawn", withdrawnAt: now(), updatedAt: now() })
      .where(and(eq(learnings.id, learningId), eq(learnings.status, "published")));
    await tx.delete(learningFindingDecisions).where(eq(learningFindingDecisions.learningId, learningId));
    await tx.delete(learningReviews).where(eq(learningReviews.learningId, learningId));
    await tx.delete(learningDrafts).where(eq(learningDrafts.learningId, learningId));
    await writeAudit(tx, {
      actorId: authorId,
      action: "learning.withdrawn",
      targetType: "learning",
      targetId: learningId,
      reason: scrubReason(reason, "", ""),
    });
    await enqueueSearchSync(tx, "learning", learningId);
  });
}

/** Opens a correction: a new working copy of the published text, reviewed by two people like the first. */
export async function startCorrection(authorId: string, learningId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ learning: learnings, version: learningVersions })
      .from(learnings)
      .innerJoin(learningVersions, eq(learningVersions.id, learnings.currentVersionId))
      .where(eq(learnings.id, learningId));
    if (!row) return;
    const existing = await tx.select({ id: learningDrafts.learningId }).from(learningDrafts).where(eq(learningDrafts.learningId, learningId));
    if (existing.length) return;
    const v = row.version;
    await tx.insert(learningDrafts).values({
      learningId,
      kind: "correction",
      title: v.title,
      setting: v.setting,
      eventType: v.eventType,
      country: v.country,
      year: v.year,
      language: v.language,
      tags: v.tags.join(", "),
      sections: v.sections,
      consentBasis: v.consentBasis,
      requestedVisibility: row.learning.visibility ?? "public",
      createdAt: now(),
      updatedAt: now(),
    });
    await writeAudit(tx, { actorId: authorId, action: "learning.correction_started", targetType: "learning", targetId: learningId });
  });
}
