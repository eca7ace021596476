import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";

export const CIRCLE_KINDS = ["open", "request", "invite"] as const;
export type CircleKind = (typeof CIRCLE_KINDS)[number];

export const MEMBERSHIP_STATUSES = ["pending", "active", "declined", "removed", "left"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** How a member appears to others in one circle. */
export const MEMBER_IDENTITIES = ["display_name", "pseudonym"] as const;
export type MemberIdentity = (typeof MEMBER_IDENTITIES)[number];

export const POST_STATUSES = ["visible", "held", "hidden", "deleted"] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const RSVP_STATUSES = ["going", "waitlist"] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];

export const circles = pgTable(
  "circles",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    purpose: text("purpose").notNull(),
    kind: text("kind", { enum: CIRCLE_KINDS }).notNull(),
    language: text("language").notNull(),
    timeZone: text("time_zone").notNull(),
    capacity: integer("capacity"),
    /** A new member's first N posts wait for a facilitator or moderator before others see them. */
    firstPostsHeld: integer("first_posts_held").notNull().default(2),
    /** The ground-rules version members must have accepted to read or post. */
    rulesVersion: integer("rules_version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // /circles pages by keyset on (name, id).
  (t) => [uniqueIndex("circles_slug_key").on(t.slug), index("circles_name_idx").on(t.name, t.id)],
);
export type Circle = typeof circles.$inferSelect;

/** Circle moderators. A facilitator is always also an active member of the circle. */
export const circleFacilitators = pgTable(
  "circle_facilitators",
  {
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.circleId, t.userId] }), index("circle_facilitators_user_idx").on(t.userId)],
);

export const circleRulesVersions = pgTable(
  "circle_rules_versions",
  {
    id: text("id").primaryKey(),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    publishedBy: text("published_by").references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("circle_rules_versions_circle_version_key").on(t.circleId, t.version)],
);

export const circleMemberships = pgTable(
  "circle_memberships",
  {
    id: text("id").primaryKey(),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: MEMBERSHIP_STATUSES }).notNull(),
    /** The requester's short message (request-to-join circles). */
    requestMessage: text("request_message"),
    /** Why a request was declined or a member removed; shown to that member only. */
    decisionReason: text("decision_reason"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    identity: text("identity", { enum: MEMBER_IDENTITIES }).notNull().default("display_name"),
    pseudonym: text("pseudonym"),
    /** Lower-cased, space-collapsed pseudonym: unique within a circle. */
    pseudonymKey: text("pseudonym_key"),
    acceptedRulesVersion: integer("accepted_rules_version"),
    mutedUntil: timestamp("muted_until", { withTimezone: true }),
    muteReason: text("mute_reason"),
    approvedPostCount: integer("approved_post_count").notNull().default(0),
    joinedAt: timestamp("joined_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("circle_memberships_circle_user_key").on(t.circleId, t.userId),
    // Only members who are in the circle hold a name: a request, a departure or a removal reserves none,
    // so the "name taken" answer cannot reveal that someone asked to join or was removed.
    uniqueIndex("circle_memberships_pseudonym_key")
      .on(t.circleId, t.pseudonymKey)
      .where(sql`${t.status} = 'active'`),
    index("circle_memberships_user_idx").on(t.userId, t.status),
    index("circle_memberships_circle_status_idx").on(t.circleId, t.status),
  ],
);
export type CircleMembership = typeof circleMemberships.$inferSelect;

/** Emailed invitations to invite-only circles. Only a SHA-256 of the token is stored. */
export const circleInvitations = pgTable(
  "circle_invitations",
  {
    id: text("id").primaryKey(),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: text("used_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("circle_invitations_token_key").on(t.tokenHash), index("circle_invitations_circle_idx").on(t.circleId)],
);

export const circleThreads = pgTable(
  "circle_threads",
  {
    id: text("id").primaryKey(),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    authorMembershipId: text("author_membership_id")
      .notNull()
      .references(() => circleMemberships.id),
    lastPostAt: timestamp("last_post_at", { withTimezone: true }).notNull().defaultNow(),
    /** Visible replies, kept by a trigger on circle_posts (migration 0005), so the list never counts a thread's posts. */
    replyCount: integer("reply_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The circle page lists threads by keyset on (last_post_at, id), newest first.
  (t) => [index("circle_threads_list_idx").on(t.circleId, t.lastPostAt, t.id)],
);

/**
 * Thread openers and replies in one table (`isOpener`). Authors are memberships, never users, so a post
 * row cannot be joined to an account by anyone who only sees posts.
 */
export const circlePosts = pgTable(
  "circle_posts",
  {
    id: text("id").primaryKey(),
    threadId: text("thread_id")
      .notNull()
      .references(() => circleThreads.id, { onDelete: "cascade" }),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    authorMembershipId: text("author_membership_id")
      .notNull()
      .references(() => circleMemberships.id),
    isOpener: boolean("is_opener").notNull().default(false),
    body: text("body").notNull(),
    /**
     * The body rendered by renderMarkdown (marked, then sanitize-html) when it was written or edited, so a page
     * read does not render it again. Trusted only when bodyHtmlVersion is the renderer's current version; a
     * trigger clears both whenever the body changes without them (migration 0005).
     */
    bodyHtml: text("body_html"),
    bodyHtmlVersion: integer("body_html_version"),
    contentWarning: text("content_warning"),
    quoteOfPostId: text("quote_of_post_id"),
    status: text("status", { enum: POST_STATUSES }).notNull().default("visible"),
    holdReason: text("hold_reason"),
    deleteReason: text("delete_reason"),
    /** "author" or "moderator": who removed it, for the placeholder text. */
    deletedByRole: text("deleted_by_role"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
  },
  (t) => [
    index("circle_posts_thread_page_idx").on(t.threadId, t.createdAt, t.id),
    // The thread list joins each thread to its opening post: one index entry, not every post of the thread.
    index("circle_posts_opener_idx")
      .on(t.threadId)
      .where(sql`is_opener`),
    index("circle_posts_circle_status_idx").on(t.circleId, t.status),
    index("circle_posts_author_idx").on(t.authorMembershipId),
  ],
);
export type CirclePost = typeof circlePosts.$inferSelect;

/** Earlier versions of a post, kept when it is edited (by its author or a moderator). */
export const circlePostRevisions = pgTable(
  "circle_post_revisions",
  {
    id: text("id").primaryKey(),
    postId: text("post_id")
      .notNull()
      .references(() => circlePosts.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    contentWarning: text("content_warning"),
    editedBy: text("edited_by").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("circle_post_revisions_post_idx").on(t.postId, t.createdAt)],
);

/** "Support" reactions: a count shown on the post, one per member. */
export const circlePostSupports = pgTable(
  "circle_post_supports",
  {
    postId: text("post_id")
      .notNull()
      .references(() => circlePosts.id, { onDelete: "cascade" }),
    membershipId: text("membership_id")
      .notNull()
      .references(() => circleMemberships.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The thread page asks which of a page's posts this member supports: by membership, not a scan.
  (t) => [primaryKey({ columns: [t.postId, t.membershipId] }), index("circle_post_supports_membership_idx").on(t.membershipId, t.postId)],
);

export const circleThreadFollows = pgTable(
  "circle_thread_follows",
  {
    threadId: text("thread_id")
      .notNull()
      .references(() => circleThreads.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index("circle_thread_follows_user_idx").on(t.userId)],
);

export const circleGatherings = pgTable(
  "circle_gatherings",
  {
    id: text("id").primaryKey(),
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    onlineUrl: text("online_url"),
    place: text("place"),
    capacity: integer("capacity"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    /** Bumped on every change, for the .ics SEQUENCE. */
    sequence: integer("sequence").notNull().default(0),
    /** Set when a facilitator cancels: the gathering stays listed (and in feeds, as STATUS:CANCELLED) but takes no RSVPs. */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** The last edit or cancellation, for the .ics DTSTAMP/LAST-MODIFIED. */
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("circle_gatherings_circle_idx").on(t.circleId, t.startsAt), index("circle_gatherings_starts_idx").on(t.startsAt)],
);
export type CircleGathering = typeof circleGatherings.$inferSelect;

export const circleGatheringRsvps = pgTable(
  "circle_gathering_rsvps",
  {
    gatheringId: text("gathering_id")
      .notNull()
      .references(() => circleGatherings.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: RSVP_STATUSES }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.gatheringId, t.userId] }),
    index("circle_gathering_rsvps_queue_idx").on(t.gatheringId, t.status, t.createdAt),
    index("circle_gathering_rsvps_user_idx").on(t.userId),
  ],
);
