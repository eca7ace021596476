// The retention job purges what nobody can use any more, and nothing else. On PGlite and PostgreSQL.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, emailTokens, learningDrafts, learningFindingDecisions, learnings, sessions, rateLimits } from "../../../db/schema";
import { executeRows, type DatabaseHandle } from "../../../db/client";
import { purgeExpiredRecords } from "../../../app/server/retention";
import { createTestDatabase, testDriver } from "../../support/database";
import { createUser } from "../../support/people";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const ago = (ms: number) => new Date(Date.now() - ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function ids(table: string) {
  const rows = await executeRows<{ id: string }>(handle.db, sql`select id::text as id from ${sql.identifier(table)} order by id`);
  return rows.map((r) => r.id);
}

describe(`retention purge (${testDriver()})`, () => {
  it("purges expired sessions, old rate-limit counters, used or expired links and orphaned findings, and counts each", async () => {
    const db = handle.db;
    const person = await createUser(db);
    await db.insert(sessions).values([
      { id: "s-expired", userId: person.id, expiresAt: ago(HOUR) },
      { id: "s-live", userId: person.id, expiresAt: new Date(Date.now() + DAY) },
    ]);
    await db.insert(rateLimits).values([
      { key: "account:old", attempts: 3, resetsAt: ago(2 * DAY) },
      { key: "account:recent", attempts: 2, resetsAt: new Date(Date.now() + 10 * 60_000) },
    ]);
    await db.insert(emailTokens).values([
      { id: "t-used-long-ago", userId: person.id, purpose: "reset_password", tokenHash: "h1", expiresAt: ago(8 * DAY - HOUR), usedAt: ago(8 * DAY) },
      { id: "t-expired-long-ago", userId: person.id, purpose: "verify_email", tokenHash: "h2", expiresAt: ago(10 * DAY) },
      { id: "t-used-today", userId: person.id, purpose: "reset_password", tokenHash: "h3", expiresAt: new Date(Date.now() + HOUR), usedAt: ago(HOUR) },
      { id: "t-live", userId: person.id, purpose: "verify_email", tokenHash: "h4", expiresAt: new Date(Date.now() + DAY) },
    ]);
    await db.insert(learnings).values([
      { id: "l-published", authorId: person.id, status: "published" },
      { id: "l-drafting", authorId: person.id },
    ]);
    await db.insert(learningDrafts).values({ learningId: "l-drafting", title: "Still being written" });
    await db.insert(learningFindingDecisions).values([
      { id: "f-orphan", learningId: "l-published", findingHash: "x1", field: "title", type: "PERSON", text: "Left behind", reason: "not identifying" },
      { id: "f-kept", learningId: "l-drafting", findingHash: "x2", field: "title", type: "PERSON", text: "In use", reason: "not identifying" },
    ]);

    await db.insert(emailOutbox).values([
      { id: "e-sent-long-ago", toAddress: person.email, subject: "Old", body: "", sentAt: ago(31 * DAY) },
      { id: "e-sent-today", toAddress: person.email, subject: "New", body: "", sentAt: ago(HOUR) },
      { id: "e-unsent-long-ago", toAddress: person.email, subject: "Still trying", body: "Kept until sent", createdAt: ago(40 * DAY) },
    ]);

    const counts = await purgeExpiredRecords(db);
    expect(counts).toMatchObject({ expiredSessions: 1, expiredRateLimits: 1, usedOrExpiredTokens: 2, leftoverDraftFindings: 1, oldSentEmails: 1 });
    expect(await ids("email_outbox")).toEqual(["e-sent-today", "e-unsent-long-ago"]);
    expect(await ids("sessions")).toEqual(["s-live"]);
    expect((await executeRows<{ key: string }>(db, sql`select key from rate_limits`)).map((r) => r.key)).toEqual(["account:recent"]);
    expect(await ids("email_tokens")).toEqual(["t-live", "t-used-today"]);
    expect(await ids("learning_finding_decisions")).toEqual(["f-kept"]);

    // A second run finds nothing left to purge.
    expect(await purgeExpiredRecords(db)).toEqual({
      expiredSessions: 0,
      expiredRateLimits: 0,
      usedOrExpiredTokens: 0,
      leftoverDraftFindings: 0,
      oldJobRuns: 0,
      oldSentEmails: 0,
    });
  });
});
