import { sql } from "drizzle-orm";
import { boolean, customType, date, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";

/** Postgres full-text vector; written with SQL (see app/directory/profiles.server.ts), never read by the app. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const FEE_KINDS = ["pro_bono", "range", "funded"] as const;
export type FeeKind = (typeof FEE_KINDS)[number];
export const FEE_UNITS = ["per hour", "per process"] as const;

/**
 * One public profile per facilitator. Contact details and conflict-of-interest notes live here too,
 * but only the functions in app/directory read them, and only for the people the policy allows.
 */
export const facilitatorProfiles = pgTable(
  "facilitator_profiles",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    displayName: text("display_name").notNull(),
    pronouns: text("pronouns"),
    /** Markdown, rendered through renderMarkdown. */
    bio: text("bio").notNull(),
    country: text("country").notNull(),
    region: text("region"),
    city: text("city"),
    timeZone: text("time_zone").notNull(),
    languages: text("languages").array().notNull(),
    modalities: text("modalities").array().notNull(),
    harmTypes: text("harm_types").array().notNull(),
    settings: text("settings").array().notNull(),
    approaches: text("approaches").array().notNull(),
    /** harm types ∪ settings, deduplicated: the one array the `specialty` filter and facet read. */
    specialties: text("specialties").array().notNull(),
    competency: text("competency").notNull(),
    processesFacilitated: integer("processes_facilitated").notNull().default(0),
    supervisor: text("supervisor"),
    organisation: text("organisation").notNull(),
    coFacilitates: boolean("co_facilitates").notNull().default(false),
    feeKind: text("fee_kind", { enum: FEE_KINDS }).notNull(),
    feeCurrency: text("fee_currency"),
    feeMin: integer("fee_min"),
    feeMax: integer("fee_max"),
    feeUnit: text("fee_unit", { enum: FEE_UNITS }),
    feeFundedBy: text("fee_funded_by"),
    availability: text("availability").notNull(),
    /** Admins only. */
    conflictNotes: text("conflict_notes"),
    /** Shared only with the requester of an accepted contact request. */
    contactEmail: text("contact_email").notNull(),
    contactPhone: text("contact_phone"),
    /** A facilitator may take their profile out of the directory without losing it. */
    listed: boolean("listed").notNull().default(true),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedUntil: timestamp("verified_until", { withTimezone: true }),
    verifiedBy: text("verified_by").references(() => users.id, { onDelete: "set null" }),
    /** The verifiedUntil a 30-day reminder was sent for: makes the reminder job idempotent. */
    reminderSentFor: timestamp("reminder_sent_for", { withTimezone: true }),
    searchVector: tsvector("search_vector"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("facilitator_profiles_slug_key").on(t.slug),
    uniqueIndex("facilitator_profiles_user_key").on(t.userId),
    index("facilitator_profiles_country_idx").on(t.country, t.region),
    index("facilitator_profiles_languages_idx").using("gin", t.languages),
    index("facilitator_profiles_modalities_idx").using("gin", t.modalities),
    index("facilitator_profiles_specialties_idx").using("gin", t.specialties),
    index("facilitator_profiles_approaches_idx").using("gin", t.approaches),
    index("facilitator_profiles_search_idx").using("gin", t.searchVector),
    // Keyset paging by "recently verified": the sort key and the id.
    index("facilitator_profiles_verified_idx").on(t.verifiedAt.desc(), t.id),
  ],
);
export type FacilitatorProfile = typeof facilitatorProfiles.$inferSelect;

/** Training records; evidence is a reference or a file stored under DATA_DIR/uploads. */
export const facilitatorTraining = pgTable(
  "facilitator_training",
  {
    id: text("id").primaryKey(),
    profileId: text("profile_id")
      .notNull()
      .references(() => facilitatorProfiles.id, { onDelete: "cascade" }),
    programme: text("programme").notNull(),
    provider: text("provider").notNull(),
    completedOn: date("completed_on").notNull(),
    expiresOn: date("expires_on"),
    evidenceRef: text("evidence_ref"),
    /** Random file name under DATA_DIR/uploads; never the uploaded name. */
    evidenceFile: text("evidence_file"),
    evidenceType: text("evidence_type"),
    evidenceName: text("evidence_name"),
    evidenceBytes: integer("evidence_bytes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("facilitator_training_profile_idx").on(t.profileId)],
);
export type FacilitatorTraining = typeof facilitatorTraining.$inferSelect;

export const CONCERN_KINDS = ["training", "conduct", "conflict_of_interest", "other"] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number];

/** Concerns about a facilitator. Seen by admins only, never by the facilitator. */
export const facilitatorConcerns = pgTable(
  "facilitator_concerns",
  {
    id: text("id").primaryKey(),
    profileId: text("profile_id")
      .notNull()
      .references(() => facilitatorProfiles.id, { onDelete: "cascade" }),
    raisedBy: text("raised_by").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: CONCERN_KINDS }).notNull(),
    details: text("details").notNull(),
    replyEmail: text("reply_email"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("facilitator_concerns_open_idx").on(t.resolvedAt, t.createdAt)],
);

export const CONTACT_REQUEST_STATUSES = ["pending", "accepted", "declined", "expired"] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];
export const TIMEFRAMES = ["within_2_weeks", "within_month", "within_3_months", "flexible"] as const;
export type Timeframe = (typeof TIMEFRAMES)[number];

/** An organisation's request to a facilitator. Contact details are shared only once it is accepted. */
export const contactRequests = pgTable(
  "contact_requests",
  {
    id: text("id").primaryKey(),
    profileId: text("profile_id")
      .notNull()
      .references(() => facilitatorProfiles.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    requesterId: text("requester_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    harmType: text("harm_type").notNull(),
    setting: text("setting").notNull(),
    modality: text("modality").notNull(),
    languages: text("languages").array().notNull(),
    timeframe: text("timeframe", { enum: TIMEFRAMES }).notNull(),
    message: text("message").notNull(),
    status: text("status", { enum: CONTACT_REQUEST_STATUSES }).notNull().default("pending"),
    declineReason: text("decline_reason"),
    /** createdAt + 48 hours. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    /** The request this one was copied from ("send to another facilitator"). */
    copiedFromId: text("copied_from_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("contact_requests_profile_idx").on(t.profileId, t.createdAt),
    index("contact_requests_requester_idx").on(t.requesterId, t.createdAt),
    index("contact_requests_pending_idx")
      .on(t.expiresAt)
      .where(sql`status = 'pending'`),
  ],
);
export type ContactRequest = typeof contactRequests.$inferSelect;
