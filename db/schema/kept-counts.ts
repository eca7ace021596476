import { bigint, pgTable, text } from "drizzle-orm/pg-core";

/**
 * One row per kind of kept count ("directory", "library"): its version goes up, by trigger, in the same
 * statement as any write that could change the counts. Every app process keeps facet counts under the version
 * it read, so a write in one process retires the counts kept by all of them at once (ADR 015).
 */
export const keptCountVersions = pgTable("kept_count_versions", {
  scope: text("scope").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
