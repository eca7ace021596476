import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { POST_STATUSES, circleMemberships, circlePosts, circles } from "./circles";

export const FLAG_REASONS = ["unsafe", "identifies", "harassment", "spam", "other"] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/**
 * A member's flag on a post. The reporter is kept for moderators only and never shown to the author.
 * Automatic flags (from a watched word with the action "flag") have no reporter.
 */
export const postFlags = pgTable(
  "post_flags",
  {
    id: text("id").primaryKey(),
    postId: text("post_id")
      .notNull()
      .references(() => circlePosts.id, { onDelete: "cascade" }),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason", { enum: FLAG_REASONS }).notNull(),
    note: text("note"),
    automatic: boolean("automatic").notNull().default(false),
    /** Set when a reviewer acts on the post; resolved flags no longer count towards hiding it. */
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One flag per member per post; automatic flags have no reporter (NULLs are distinct).
    uniqueIndex("post_flags_post_reporter_key").on(t.postId, t.reporterId),
    index("post_flags_open_idx").on(t.circleId, t.resolvedAt),
  ],
);

export const MODERATION_ACTIONS = ["approve", "hide", "edit", "delete", "warn", "mute", "remove", "restore", "approve_join", "decline_join"] as const;
export type ModerationActionKind = (typeof MODERATION_ACTIONS)[number];

/** Every decision a reviewer takes from a queue: the record an author can appeal. */
export const moderationActions = pgTable(
  "moderation_actions",
  {
    id: text("id").primaryKey(),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    postId: text("post_id").references(() => circlePosts.id, { onDelete: "set null" }),
    membershipId: text("membership_id").references(() => circleMemberships.id, { onDelete: "set null" }),
    /** The person the action is about (the post's author or the requester). */
    subjectUserId: text("subject_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    actorId: text("actor_id")
      .notNull()
      .references(() => users.id),
    action: text("action", { enum: MODERATION_ACTIONS }).notNull(),
    reason: text("reason"),
    mutedUntil: timestamp("muted_until", { withTimezone: true }),
    /** The post's status when the decision was taken and right after it, so a reversal undoes exactly that. */
    postStatusBefore: text("post_status_before", { enum: POST_STATUSES }),
    postStatusAfter: text("post_status_after", { enum: POST_STATUSES }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("moderation_actions_subject_idx").on(t.subjectUserId, t.createdAt), index("moderation_actions_post_idx").on(t.postId)],
);
export type ModerationAction = typeof moderationActions.$inferSelect;

export const APPEAL_STATUSES = ["open", "upheld", "overturned"] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** One appeal per action, assigned to a site moderator other than the one who acted. */
export const appeals = pgTable(
  "appeals",
  {
    id: text("id").primaryKey(),
    actionId: text("action_id")
      .notNull()
      .references(() => moderationActions.id, { onDelete: "cascade" }),
    appellantId: text("appellant_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    assignedTo: text("assigned_to").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: APPEAL_STATUSES }).notNull().default("open"),
    decisionNote: text("decision_note"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("appeals_action_key").on(t.actionId), index("appeals_assigned_idx").on(t.assignedTo, t.status)],
);

export const WATCHED_WORD_ACTIONS = ["block", "hold", "flag"] as const;
export type WatchedWordAction = (typeof WATCHED_WORD_ACTIONS)[number];

/** Site-wide (circleId null) and per-circle watched words and phrases, with `*` wildcards. */
export const watchedWords = pgTable(
  "watched_words",
  {
    id: text("id").primaryKey(),
    /** "site" or the circle id: one column so that (scope, pattern) can be unique. */
    scope: text("scope").notNull(),
    circleId: text("circle_id").references(() => circles.id, { onDelete: "cascade" }),
    /** Normalised: trimmed, single spaces, lower case, no accents. */
    pattern: text("pattern").notNull(),
    action: text("action", { enum: WATCHED_WORD_ACTIONS }).notNull(),
    note: text("note"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("watched_words_scope_pattern_key").on(t.scope, t.pattern)],
);
export type WatchedWord = typeof watchedWords.$inferSelect;

export const CARE_ALERT_STATUSES = ["open", "acknowledged", "closed"] as const;
export type CareAlertStatus = (typeof CARE_ALERT_STATUSES)[number];

/** A post that expressed distress: a call for care, kept apart from the moderation queue. */
export const careAlerts = pgTable(
  "care_alerts",
  {
    id: text("id").primaryKey(),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    postId: text("post_id")
      .notNull()
      .references(() => circlePosts.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: CARE_ALERT_STATUSES }).notNull().default("open"),
    peerRequestedAt: timestamp("peer_requested_at", { withTimezone: true }),
    acknowledgedBy: text("acknowledged_by").references(() => users.id, { onDelete: "set null" }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    closedBy: text("closed_by").references(() => users.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closingNote: text("closing_note"),
    /** When the author closed the private care panel under their post; until then it stays on every visit. */
    authorDismissedAt: timestamp("author_dismissed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("care_alerts_post_key").on(t.postId), index("care_alerts_status_idx").on(t.status, t.createdAt)],
);

/** The history of a care alert: raised, peer supporter asked for, acknowledged, closed. */
export const careAlertEvents = pgTable(
  "care_alert_events",
  {
    id: text("id").primaryKey(),
    alertId: text("alert_id")
      .notNull()
      .references(() => careAlerts.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["raised", "peer_requested", "acknowledged", "closed"] }).notNull(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("care_alert_events_alert_idx").on(t.alertId, t.createdAt)],
);

export const REVEAL_STATUSES = ["pending", "approved", "declined"] as const;
export type RevealStatus = (typeof REVEAL_STATUSES)[number];

/** Revealing the account behind a pseudonym: asked by one site moderator, decided by a different one. */
export const revealRequests = pgTable(
  "reveal_requests",
  {
    id: text("id").primaryKey(),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    membershipId: text("membership_id")
      .notNull()
      .references(() => circleMemberships.id, { onDelete: "cascade" }),
    requestedBy: text("requested_by")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    status: text("status", { enum: REVEAL_STATUSES }).notNull().default("pending"),
    decidedBy: text("decided_by").references(() => users.id),
    decisionNote: text("decision_note"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reveal_requests_status_idx").on(t.status, t.createdAt),
    // The database itself refuses a reveal decided by the moderator who asked for it.
    check("reveal_requests_two_people", sql`${t.decidedBy} is null or ${t.decidedBy} <> ${t.requestedBy}`),
  ],
);
