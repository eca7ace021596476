import { bigint, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const SEARCH_ENTITY_KINDS = ["resource", "learning", "facilitator"] as const;
export type SearchEntityKind = (typeof SEARCH_ENTITY_KINDS)[number];

/**
 * Transactional outbox: every write to an indexed record adds a row here in the same transaction.
 * The sync worker reads the record's current snapshot, so a row says only *which* record changed.
 */
export const searchOutbox = pgTable(
  "search_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    entityKind: text("entity_kind", { enum: SEARCH_ENTITY_KINDS }).notNull(),
    entityId: text("entity_id").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Set while a worker holds the row: short, and renewed by the worker's heartbeat, so the rows of a
     * worker that crashed are free again within seconds. Kept apart from next_attempt_at (the backoff).
     */
    leasedUntil: timestamp("leased_until", { withTimezone: true }),
    lastError: text("last_error"),
    processedAt: timestamp("processed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("search_outbox_pending_idx").on(t.processedAt, t.nextAttemptAt)],
);
