import { sql } from "drizzle-orm";
import { customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** A withdrawn resource stays in the database (and its history) but leaves lists, search and the feed. */
export const RESOURCE_STATUSES = ["published", "withdrawn"] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/** The resource library: public works (papers, policies, toolkits…) curated by editors. */
export const resources = pgTable(
  "resources",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    /** Markdown; optional when `url` is set. */
    body: text("body"),
    url: text("url"),
    type: text("type").notNull(),
    topics: text("topics")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    audiences: text("audiences")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** ISO 3166-1 alpha-2; empty means international. */
    countries: text("countries")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** ISO 639-1. */
    language: text("language").notNull(),
    year: integer("year"),
    authors: text("authors")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    publisher: text("publisher").notNull().default(""),
    accessNote: text("access_note").notNull().default(""),
    status: text("status", { enum: RESOURCE_STATUSES }).notNull().default("published"),
    /** Incremented on every edit; matches the newest revision. */
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Postgres full-text search for /resources?q= and for search in reduced mode (no engine). Kept by
     * the database itself, in the 'simple' configuration so every language is treated alike.
     */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`to_tsvector('simple', title || ' ' || summary || ' ' || coalesce(body, '') || ' ' || publisher)`,
    ),
  },
  (t) => [
    uniqueIndex("resources_slug_key").on(t.slug),
    index("resources_status_created_idx").on(t.status, t.createdAt),
    // The library's order (newest year first, then title), so a page reads 20 rows instead of sorting them all.
    // The list's order as one ascending key, for keyset paging (app/library/listing.server.ts).
    index("resources_list_order_idx").on(t.status, sql`(-coalesce(${t.year}, 0))`, t.title, t.id),
    index("resources_search_idx").using("gin", t.searchVector),
  ],
);
export type Resource = typeof resources.$inferSelect;

/** Every saved version of a resource, so editors can see what changed, when and by whom. */
export const resourceRevisions = pgTable(
  "resource_revisions",
  {
    id: text("id").primaryKey(),
    resourceId: text("resource_id")
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    editorId: text("editor_id").references(() => users.id, { onDelete: "set null" }),
    /** A short note from the editor ("fixed the DOI"), optional. */
    note: text("note").notNull().default(""),
    /** The names of the fields that changed from the previous version. */
    changedFields: text("changed_fields")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("resource_revisions_version_key").on(t.resourceId, t.version)],
);
export type ResourceRevision = typeof resourceRevisions.$inferSelect;

export const SUGGESTION_STATUSES = ["pending", "accepted", "declined"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** A member's suggestion for the library, waiting in the editors' queue. */
export const resourceSuggestions = pgTable(
  "resource_suggestions",
  {
    id: text("id").primaryKey(),
    suggestedBy: text("suggested_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    url: text("url"),
    summary: text("summary").notNull(),
    note: text("note").notNull().default(""),
    status: text("status", { enum: SUGGESTION_STATUSES }).notNull().default("pending"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    declineReason: text("decline_reason"),
    resourceId: text("resource_id").references(() => resources.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("resource_suggestions_status_idx").on(t.status, t.createdAt), index("resource_suggestions_by_idx").on(t.suggestedBy)],
);
export type ResourceSuggestion = typeof resourceSuggestions.$inferSelect;

export const IMPORT_FORMATS = ["csv", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * An uploaded import file between "check" and "import the valid rows". Keeping the file here lets the
 * confirm step re-validate exactly what was checked, without the browser sending it twice.
 */
export const resourceImports = pgTable("resource_imports", {
  id: text("id").primaryKey(),
  uploadedBy: text("uploaded_by")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  format: text("format", { enum: IMPORT_FORMATS }).notNull(),
  fileName: text("file_name").notNull().default(""),
  content: text("content").notNull(),
  importedCount: integer("imported_count"),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
export type ResourceImport = typeof resourceImports.$inferSelect;
