import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

import { SITE_ROLES } from "./vocabulary";

export { PERMISSIONS, SITE_ROLES, type Permission, type SiteRole } from "./vocabulary";

export const EMAIL_PREFERENCES = ["immediate", "digest", "off"] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: SITE_ROLES }).notNull().default("member"),
    permissions: text("permissions")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    country: text("country"),
    timeZone: text("time_zone").notNull().default("UTC"),
    emailPreference: text("email_preference", { enum: EMAIL_PREFERENCES }).notNull().default("off"),
    calendarToken: text("calendar_token"),
    suspendedAt: timestamp("suspended_at", { withTimezone: true }),
    suspendedReason: text("suspended_reason"),
    /**
     * Set when the person asks for their account to be deleted: it is erased at this moment unless they
     * sign in and keep it first (app/accounts/deletion.server.ts).
     */
    deletionDueAt: timestamp("deletion_due_at", { withTimezone: true }),
    /** What happens to their circle posts at erasure: kept under "Former member", or removed. */
    deletionPosts: text("deletion_posts", { enum: ["keep", "remove"] }),
    /** Set once the account's personal data is erased; the row stays only as "Former member". */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    uniqueIndex("users_calendar_token_key").on(t.calendarToken),
    index("users_deletion_due_idx")
      .on(t.deletionDueAt)
      .where(sql`${t.deletionDueAt} is not null`),
  ],
);
export type User = typeof users.$inferSelect;

/**
 * Sessions (app/utils/sessions.server.ts). `id` is the SHA-256 of the token in the cookie, never the token
 * itself. `expiresAt` slides (14 days); `createdAt` enforces the absolute 30-day cap.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const EMAIL_TOKEN_PURPOSES = ["verify_email", "reset_password"] as const;

/** One-time links sent by email. Only a SHA-256 of the token is stored. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: EMAIL_TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("email_tokens_hash_key").on(t.tokenHash)],
);

/**
 * Fixed-window attempt counters (sign-in per account and per IP, confirmation-link resends), one row per
 * key. A counter is bumped and read in one INSERT … ON CONFLICT statement, so a limit holds under
 * concurrency and across processes. Keys carry hashes, never an email address.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  attempts: integer("attempts").notNull(),
  resetsAt: timestamp("resets_at", { withTimezone: true }).notNull(),
});

export const organisations = pgTable(
  "organisations",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    country: text("country"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organisations_slug_key").on(t.slug)],
);

export const organisationMembers = pgTable(
  "organisation_members",
  {
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    isAdmin: boolean("is_admin").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("organisation_members_user_idx").on(t.userId)],
);
