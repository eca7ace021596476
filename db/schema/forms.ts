import { pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per form that created something. Every create form carries a token made when the form was
 * rendered; the (actor, token) key makes a double submit (a double click, a retry after a timeout, the
 * back button) find the first result instead of creating a second row. `resultId` says what was created.
 */
export const formSubmissions = pgTable(
  "form_submissions",
  {
    actor: text("actor").notNull(),
    token: text("token").notNull(),
    kind: text("kind").notNull(),
    resultId: text("result_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actor, t.token] })],
);
