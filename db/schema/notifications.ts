import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./accounts";

/**
 * In-app notifications. `message` is written by the platform ("Someone replied in a thread you follow"),
 * never copied from user posts, so a notification can never leak post text or link a pseudonym.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    message: text("message").notNull(),
    href: text("href").notNull(),
    /**
     * Whether the person wanted email (any preference but "off") when this was created. Turning email on
     * later does not send the backlog: only what arrives after the switch is emailed.
     */
    emailWanted: boolean("email_wanted").notNull().default(false),
    /** Set while one process is emailing this notification, so no other process sends it too. */
    emailLeaseUntil: timestamp("email_lease_until", { withTimezone: true }),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    index("notifications_email_pending_idx")
      .on(t.createdAt)
      .where(sql`${t.emailedAt} is null and ${t.emailWanted}`),
  ],
);

/**
 * One row per run of a scheduled job (job name + time slot). The process that inserts the row runs the
 * job; every other process finds the row there and skips, so each run happens once however many app
 * processes are up.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    job: text("job").notNull(),
    slot: text("slot").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    outcome: text("outcome"),
  },
  (t) => [primaryKey({ columns: [t.job, t.slot] })],
);

/**
 * Emails written by the platform itself (sign-up confirmation, password reset, circle invitations,
 * directory notices), queued in the transaction of the write that asks for them and sent afterwards by the
 * background deliverer, which claims each row (FOR UPDATE SKIP LOCKED and a lease) so no two processes send
 * it. A failed send keeps the row for the next attempt. Once sent, the body (which may hold a single-use link)
 * is blanked; the row stays as a record that it went, for how long retention keeps it.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: text("id").primaryKey(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    attempts: integer("attempts").notNull().default(0),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    /** The error's name only (never the address or the text). */
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("email_outbox_pending_idx")
      .on(t.createdAt)
      .where(sql`${t.sentAt} is null`),
  ],
);
