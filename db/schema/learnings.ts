import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";

/**
 * Case learnings. A learning's identity (`learnings`) outlives its working copy: the raw draft
 * (`learning_drafts`), the author's finding decisions and the reviews exist only until publication and are
 * deleted in the publishing transaction, so only de-identified text (`learning_versions`) and an audit trail
 * without identifying text remain.
 */
export const LEARNING_STATUSES = ["draft", "published", "withdrawn"] as const;
export type LearningStatus = (typeof LEARNING_STATUSES)[number];

export const LEARNING_VISIBILITIES = ["public", "members"] as const;
export type LearningVisibility = (typeof LEARNING_VISIBILITIES)[number];

/** Where a working copy is in the two-person review. */
export const DRAFT_STAGES = ["editing", "awaiting_first", "awaiting_second"] as const;
export type DraftStage = (typeof DRAFT_STAGES)[number];

export const DRAFT_KINDS = ["new", "correction"] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const CONSENT_BASES = ["obtained", "not_sought"] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

/** The restorative-question sections, keyed by stable names. Values are Markdown. */
export type LearningSections = Record<string, string>;

export const learnings = pgTable(
  "learnings",
  {
    id: text("id").primaryKey(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Set at first publication, from the de-identified title, so it never carries raw text. */
    slug: text("slug"),
    status: text("status", { enum: LEARNING_STATUSES }).notNull().default("draft"),
    visibility: text("visibility", { enum: LEARNING_VISIBILITIES }),
    currentVersionId: text("current_version_id"),
    firstPublishedAt: timestamp("first_published_at", { withTimezone: true }),
    lastPublishedAt: timestamp("last_published_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("learnings_slug_key").on(t.slug),
    index("learnings_author_idx").on(t.authorId),
    index("learnings_published_idx").on(t.status, t.lastPublishedAt, t.id),
  ],
);
export type Learning = typeof learnings.$inferSelect;

/** Published, de-identified text. Immutable: a correction adds a version. */
export const learningVersions = pgTable(
  "learning_versions",
  {
    id: text("id").primaryKey(),
    learningId: text("learning_id")
      .notNull()
      .references(() => learnings.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    setting: text("setting").notNull(),
    eventType: text("event_type").notNull(),
    country: text("country").notNull(),
    year: integer("year").notNull(),
    language: text("language").notNull().default("en"),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sections: jsonb("sections").$type<LearningSections>().notNull(),
    consentBasis: text("consent_basis", { enum: CONSENT_BASES }).notNull(),
    /** The visible "updated" note of a correction. */
    correctionNote: text("correction_note"),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("learning_versions_learning_version_key").on(t.learningId, t.version),
    index("learning_versions_filters_idx").on(t.setting, t.eventType, t.country, t.year),
  ],
);
export type LearningVersion = typeof learningVersions.$inferSelect;

/** The raw working copy, private to its author and, once submitted, to reviewers. Deleted at publication. */
export const learningDrafts = pgTable(
  "learning_drafts",
  {
    learningId: text("learning_id")
      .primaryKey()
      .references(() => learnings.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: DRAFT_KINDS }).notNull().default("new"),
    stage: text("stage", { enum: DRAFT_STAGES }).notNull().default("editing"),
    title: text("title").notNull().default(""),
    setting: text("setting"),
    eventType: text("event_type"),
    country: text("country"),
    year: integer("year"),
    language: text("language").notNull().default("en"),
    /** Comma-separated, as typed; checked for identifiers like the rest of the text. */
    tags: text("tags").notNull().default(""),
    sections: jsonb("sections").$type<LearningSections>().notNull().default({}),
    consentBasis: text("consent_basis", { enum: CONSENT_BASES }),
    consentPatientFamily: text("consent_patient_family"),
    consentPatientFamilyOn: text("consent_patient_family_on"),
    consentStaff: text("consent_staff"),
    consentStaffOn: text("consent_staff_on"),
    consentNotSoughtReason: text("consent_not_sought_reason"),
    correctionNote: text("correction_note"),
    requestedVisibility: text("requested_visibility", { enum: LEARNING_VISIBILITIES }).notNull().default("public"),
    /** Counts submissions, so that approvals always belong to the text they approved. */
    submission: integer("submission").notNull().default(0),
    firstApproverId: text("first_approver_id"),
    returnComments: text("return_comments"),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("learning_drafts_stage_idx").on(t.stage)],
);
export type LearningDraft = typeof learningDrafts.$inferSelect;

/** Findings the author marked "not identifying". Holds the finding text only until publication. */
export const learningFindingDecisions = pgTable(
  "learning_finding_decisions",
  {
    id: text("id").primaryKey(),
    learningId: text("learning_id")
      .notNull()
      .references(() => learnings.id, { onDelete: "cascade" }),
    /** sha256 of (learning id, type, text, field): what reviewers clear and the gate compares. */
    findingHash: text("finding_hash").notNull(),
    field: text("field").notNull(),
    type: text("type").notNull(),
    text: text("text").notNull(),
    reason: text("reason").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("learning_finding_decisions_key").on(t.learningId, t.findingHash)],
);

export const REVIEW_DECISIONS = ["approved", "returned"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Reviews of one submission. Deleted at publication; the audit log keeps who approved and when. */
export const learningReviews = pgTable(
  "learning_reviews",
  {
    id: text("id").primaryKey(),
    learningId: text("learning_id")
      .notNull()
      .references(() => learnings.id, { onDelete: "cascade" }),
    reviewerId: text("reviewer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    stage: smallint("stage").notNull(),
    submission: integer("submission").notNull(),
    decision: text("decision", { enum: REVIEW_DECISIONS }).notNull(),
    checklist: text("checklist")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    clearedHashes: text("cleared_hashes")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    comments: text("comments"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("learning_reviews_learning_idx").on(t.learningId, t.submission)],
);
export type LearningReview = typeof learningReviews.$inferSelect;

export const REFLECTION_STATUSES = ["visible", "held", "hidden"] as const;
export type ReflectionStatus = (typeof REFLECTION_STATUSES)[number];

/** Short reflections by signed-in members on a published learning. */
export const learningReflections = pgTable(
  "learning_reflections",
  {
    id: text("id").primaryKey(),
    learningId: text("learning_id")
      .notNull()
      .references(() => learnings.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    status: text("status", { enum: REFLECTION_STATUSES }).notNull().default("visible"),
    hiddenReason: text("hidden_reason"),
    hiddenBy: text("hidden_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("learning_reflections_learning_idx").on(t.learningId, t.createdAt)],
);

/** A member's (or the screening's, flaggerId null) concern about a reflection. */
export const learningReflectionFlags = pgTable(
  "learning_reflection_flags",
  {
    id: text("id").primaryKey(),
    reflectionId: text("reflection_id")
      .notNull()
      .references(() => learningReflections.id, { onDelete: "cascade" }),
    flaggerId: text("flagger_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("learning_reflection_flags_once_key").on(t.reflectionId, t.flaggerId)],
);
