import { learningReviewersSql } from "~/utils/policy.server";
import { and, eq, sql } from "drizzle-orm";
import { createOnce, type FormKey } from "~/utils/form-token.server";
import { learningDrafts, learningFindingDecisions, learnings, users, type ConsentBasis, type LearningDraft } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { notify } from "~/notifications/notifications.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { findingHash, replaceAllFindings, scanDraft, type DraftText, type FieldFinding } from "./findings.server";
import { SECTIONS, SECTION_KEYS } from "./sections";
import { submissionErrors, type DraftFields } from "./schema.server";

export type DraftBundle = Awaited<ReturnType<typeof loadDraft>> & {};

/** A learning with its working copy, or null when there is no working copy. */
export async function loadDraft(learningId: string, db: Queryable | null = null) {
  const q = db ?? (await getDb());
  const [row] = await q
    .select({ learning: learnings, draft: learningDrafts })
    .from(learnings)
    .innerJoin(learningDrafts, eq(learningDrafts.learningId, learnings.id))
    .where(eq(learnings.id, learningId));
  return row ?? null;
}

export function draftFields(d: LearningDraft): DraftFields {
  const sections = Object.fromEntries(SECTION_KEYS.map((k) => [k, d.sections[k] ?? ""])) as Record<(typeof SECTION_KEYS)[number], string>;
  return {
    title: d.title,
    setting: d.setting ?? "",
    eventType: d.eventType ?? "",
    country: d.country ?? "",
    year: d.year ? String(d.year) : "",
    tags: d.tags,
    ...sections,
    consentBasis: d.consentBasis ?? "",
    consentPatientFamily: d.consentPatientFamily ?? "",
    consentPatientFamilyOn: d.consentPatientFamilyOn ?? "",
    consentStaff: d.consentStaff ?? "",
    consentStaffOn: d.consentStaffOn ?? "",
    consentNotSoughtReason: d.consentNotSoughtReason ?? "",
    correctionNote: d.correctionNote ?? "",
    requestedVisibility: d.requestedVisibility,
  };
}

export function draftText(d: Pick<LearningDraft, "title" | "tags" | "sections">): DraftText {
  const text = { title: d.title, tags: d.tags } as DraftText;
  for (const key of SECTION_KEYS) text[key] = d.sections[key] ?? "";
  return text;
}

function columnsFrom(fields: DraftFields) {
  const year = /^\d{4}$/.test(fields.year) ? Number(fields.year) : null;
  const consentBasis: ConsentBasis | null = fields.consentBasis === "obtained" || fields.consentBasis === "not_sought" ? fields.consentBasis : null;
  return {
    title: fields.title,
    setting: fields.setting || null,
    eventType: fields.eventType || null,
    country: fields.country || null,
    year,
    tags: fields.tags,
    sections: Object.fromEntries(SECTIONS.map((s) => [s.key, fields[s.key]])),
    consentBasis,
    consentPatientFamily: fields.consentPatientFamily || null,
    consentPatientFamilyOn: fields.consentPatientFamilyOn || null,
    consentStaff: fields.consentStaff || null,
    consentStaffOn: fields.consentStaffOn || null,
    consentNotSoughtReason: fields.consentNotSoughtReason || null,
    correctionNote: fields.correctionNote || null,
    requestedVisibility: fields.requestedVisibility,
  };
}

/** Starts a private draft for its author. */
export async function createDraft(authorId: string, fields: DraftFields, key: FormKey | null = null): Promise<string> {
  const db = await getDb();
  const id = newId();
  await db.transaction((tx) =>
    createOnce(
      tx,
      key,
      async () => {
        await tx.insert(learnings).values({ id, authorId, status: "draft", createdAt: now(), updatedAt: now() });
        await tx.insert(learningDrafts).values({ learningId: id, kind: "new", ...columnsFrom(fields), createdAt: now(), updatedAt: now() });
        await writeAudit(tx, { actorId: authorId, action: "learning.draft_created", targetType: "learning", targetId: id });
      },
      () => id,
    ),
  );
  return id;
}

/**
 * Saves the author's working copy. Autosaves (every few idle seconds while typing) are not audited:
 * the copy is private, and an entry per keystroke pause would bury the trail that matters.
 */
export async function saveDraft(actorId: string, learningId: string, fields: DraftFields, options: { autosave: boolean }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(learningDrafts)
      .set({ ...columnsFrom(fields), updatedAt: now() })
      .where(and(eq(learningDrafts.learningId, learningId), eq(learningDrafts.stage, "editing")));
    await tx.update(learnings).set({ updatedAt: now() }).where(eq(learnings.id, learningId));
    if (!options.autosave) await writeAudit(tx, { actorId, action: "learning.draft_saved", targetType: "learning", targetId: learningId });
  });
}

/** The author's decisions so far, keyed by finding hash. */
export async function findingDecisions(learningId: string, q: Queryable | null = null) {
  const db = q ?? (await getDb());
  return db.select().from(learningFindingDecisions).where(eq(learningFindingDecisions.learningId, learningId));
}

/** The de-identifier's findings on the stored draft, with the author's decisions beside them. */
export async function checkDraft(bundle: NonNullable<DraftBundle>) {
  const findings = scanDraft(bundle.learning.id, draftText(bundle.draft));
  const decisions = await findingDecisions(bundle.learning.id);
  const byHash = new Map(decisions.map((d) => [d.findingHash, d]));
  return { findings: findings.map((f) => ({ ...f, decision: byHash.get(f.hash) ? { reason: byHash.get(f.hash)!.reason } : null })) };
}

async function writeText(actorId: string, learningId: string, text: DraftText, audit: { action: string; metadata: Record<string, unknown> }) {
  const db = await getDb();
  const sections: Record<string, string> = {};
  for (const key of SECTION_KEYS) sections[key] = text[key];
  await db.transaction(async (tx) => {
    await tx
      .update(learningDrafts)
      .set({ title: text.title, tags: text.tags, sections, updatedAt: now() })
      .where(and(eq(learningDrafts.learningId, learningId), eq(learningDrafts.stage, "editing")));
    await writeAudit(tx, { actorId, action: audit.action, targetType: "learning", targetId: learningId, metadata: audit.metadata });
  });
}

/** A value as the check page names it: by its hash, or by its type and text (older pages and scripts). */
export type ValuePick = { hash?: string; type?: string; text?: string };
const CHANGED = "That text has already changed. Here are the findings as they are now.";

function occurrencesOf(findings: readonly FieldFinding[], learningId: string, pick: ValuePick) {
  const hash = pick.hash || (pick.type && pick.text ? findingHash(learningId, { type: pick.type, text: pick.text }) : "");
  return findings.filter((f) => f.hash === hash);
}

/** The author accepts a value's placeholder: every occurrence of that value is replaced by it. */
export async function acceptPlaceholder(actorId: string, bundle: NonNullable<DraftBundle>, pick: ValuePick) {
  const text = draftText(bundle.draft);
  const findings = scanDraft(bundle.learning.id, text);
  const occurrences = occurrencesOf(findings, bundle.learning.id, pick);
  if (!occurrences.length) return { ok: false as const, message: CHANGED };
  const next = replaceAllFindings(text, occurrences, new Set());
  await writeText(actorId, bundle.learning.id, next, {
    action: "learning.placeholder_accepted",
    metadata: { types: [occurrences[0]!.type], count: occurrences.length },
  });
  return { ok: true as const, count: occurrences.length };
}

/** Replaces every finding the author has not marked "not identifying". */
export async function acceptAllPlaceholders(actorId: string, bundle: NonNullable<DraftBundle>) {
  const text = draftText(bundle.draft);
  const findings = scanDraft(bundle.learning.id, text);
  const keep = new Set((await findingDecisions(bundle.learning.id)).map((d) => d.findingHash));
  const replaced = findings.filter((f) => !keep.has(f.hash));
  await writeText(actorId, bundle.learning.id, replaceAllFindings(text, findings, keep), {
    action: "learning.placeholder_accepted",
    metadata: { types: [...new Set(replaced.map((f) => f.type))], count: replaced.length },
  });
  return replaced.length;
}

/**
 * The author says a value does not identify anyone, with one reason for all its occurrences; each reviewer
 * must clear it explicitly.
 */
export async function markNotIdentifying(actorId: string, bundle: NonNullable<DraftBundle>, pick: ValuePick & { reason: string }) {
  const finding = occurrencesOf(scanDraft(bundle.learning.id, draftText(bundle.draft)), bundle.learning.id, pick)[0];
  if (!finding) return { ok: false as const, message: CHANGED };
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .insert(learningFindingDecisions)
      .values({
        id: newId(),
        learningId: bundle.learning.id,
        findingHash: finding.hash,
        field: finding.field,
        type: finding.type,
        text: finding.text,
        reason: pick.reason,
        createdAt: now(),
      })
      .onConflictDoUpdate({ target: [learningFindingDecisions.learningId, learningFindingDecisions.findingHash], set: { reason: pick.reason } });
    // Type only: the trail never holds the finding text.
    await writeAudit(tx, {
      actorId,
      action: "learning.finding_not_identifying",
      targetType: "learning",
      targetId: bundle.learning.id,
      metadata: { type: finding.type },
    });
  });
  return { ok: true as const };
}

export async function undoNotIdentifying(actorId: string, learningId: string, hash: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(learningFindingDecisions).where(and(eq(learningFindingDecisions.learningId, learningId), eq(learningFindingDecisions.findingHash, hash)));
    await writeAudit(tx, { actorId, action: "learning.finding_decision_undone", targetType: "learning", targetId: learningId });
  });
}

/** Findings the author has neither replaced nor marked "not identifying". */
export async function unhandledFindings(learningId: string, text: DraftText, q: Queryable | null = null): Promise<FieldFinding[]> {
  const handled = new Set((await findingDecisions(learningId, q)).map((d) => d.findingHash));
  return scanDraft(learningId, text).filter((f) => !handled.has(f.hash));
}

export type SubmitOutcome = { ok: true } | { ok: false; errors: Record<string, string>; unhandled?: number };

/** Saves and sends the draft to reviewer one, if it is complete, consented and checked. */
export async function submitDraft(actorId: string, bundle: NonNullable<DraftBundle>, fields: DraftFields): Promise<SubmitOutcome> {
  await saveDraft(actorId, bundle.learning.id, fields, { autosave: true });
  const errors = submissionErrors(fields, { kind: bundle.draft.kind, currentYear: now().getUTCFullYear() });
  if (Object.keys(errors).length)
    return { ok: false, errors: { ...errors, form: "A few things need attention before this can go to reviewers; they are marked below." } };
  const fresh = (await loadDraft(bundle.learning.id))!;
  const unhandled = await unhandledFindings(bundle.learning.id, draftText(fresh.draft));
  if (unhandled.length) {
    return {
      ok: false,
      unhandled: unhandled.length,
      errors: {
        form: `The check for identifiers found ${unhandled.length} thing${unhandled.length === 1 ? "" : "s"} to look at. Open the check, then accept each placeholder or say why it does not identify anyone.`,
      },
    };
  }
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(learningDrafts)
      .set({ stage: "awaiting_first", submission: sql`${learningDrafts.submission} + 1`, firstApproverId: null, submittedAt: now(), updatedAt: now() })
      .where(and(eq(learningDrafts.learningId, bundle.learning.id), eq(learningDrafts.stage, "editing")));
    const decisions = await findingDecisions(bundle.learning.id, tx);
    await writeAudit(tx, {
      actorId,
      action: "learning.submitted",
      targetType: "learning",
      targetId: bundle.learning.id,
      metadata: { kind: bundle.draft.kind, notIdentifying: decisions.length },
    });
    await notifyReviewers(tx, [actorId], bundle.learning.id, "A case learning is waiting for a first review");
  });
  return { ok: true };
}

/** Tells every reviewer except the people named (the author, reviewer one). */
export async function notifyReviewers(tx: Queryable, except: string[], learningId: string, message: string) {
  const reviewers = await tx.select({ id: users.id }).from(users).where(learningReviewersSql());
  await notify(
    tx,
    reviewers
      .filter((r) => !except.includes(r.id))
      .map((r) => ({ userId: r.id, kind: "learning_review", message, href: `/learnings/drafts/${learningId}/review` })),
  );
}
