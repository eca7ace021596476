// The platform's own emails (sign-up confirmation, password reset, invitations, directory notices) are queued
// in email_outbox in the write's own transaction and sent after the commit by the claimed deliverer: a
// rolled-back write queues nothing, a failing transport loses nothing, and racing deliverers send each once.
// On PGlite and PostgreSQL; tests/integration/reliability/two-processes.test.ts does it with two app processes.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "../../../db/schema";
import { deliverQueuedEmails } from "../../../app/notifications/email-outbox.server";
import { queueEmail } from "../../../app/utils/email.server";
import { startTestApp, type TestApp } from "../../support/app";
import { openSecondHandle, testDriver } from "../../support/database";
import { readMailboxFolder } from "../../support/mail";
import { createUser } from "../../support/people";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const queuedTo = (to: string) => app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
const mailTo = (to: string) => readMailboxFolder(app.dataDir).filter((m) => m.to === to);

describe(`platform emails go through the email outbox (${testDriver()})`, () => {
  it("a sign-up queues its confirmation with the account, and the request sends nothing itself", async () => {
    const response = await app.client().post("/signup", { email: "queued.signup@example.org", displayName: "Queued", password: "lanterns along the river" });
    expect(response.status).toBe(302);
    const [row] = await queuedTo("queued.signup@example.org");
    expect(row!.subject).toBe("Confirm your email for Restorative Network");
    expect(row!.sentAt).toBeNull();
    expect(mailTo("queued.signup@example.org")).toHaveLength(0);

    expect(await deliverQueuedEmails({ db: app.db })).toBeGreaterThanOrEqual(1);
    expect(mailTo("queued.signup@example.org")).toHaveLength(1);
    const [sent] = await queuedTo("queued.signup@example.org");
    expect(sent!.sentAt).not.toBeNull();
    expect(sent!.body).toBe(""); // the single-use link does not stay at rest once sent
  });

  it("a write that rolls back leaves no email behind", async () => {
    await expect(
      app.db.transaction(async (tx) => {
        await queueEmail(tx, { to: "rolled.back@example.org", subject: "Never", text: "Never sent" });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await queuedTo("rolled.back@example.org")).toHaveLength(0);
  });

  it("keeps an email the transport refused, tries again after a pause, and sends it once", async () => {
    const person = await createUser(app.db);
    await deliverQueuedEmails({ db: app.db }); // nothing else pending
    // The dev mailbox is this site's transport; a file where its folder should be makes every send fail.
    const mailFolder = path.join(app.dataDir, "mail");
    rmSync(mailFolder, { recursive: true, force: true });
    writeFileSync(mailFolder, "not a folder");
    try {
      expect((await app.client().post("/forgot-password", { email: person.email })).status).toBeLessThan(400);
      expect(await deliverQueuedEmails({ db: app.db })).toBe(0);
      const [failed] = await queuedTo(person.email);
      expect(failed!.sentAt).toBeNull();
      expect(failed!.attempts).toBe(1);
      expect(failed!.lastError).toBeTruthy();
      expect(failed!.leaseUntil!.getTime()).toBeGreaterThan(Date.now() + 20_000); // backs off, no hot loop
      expect(failed!.body).toContain("/reset-password?token=");
    } finally {
      rmSync(mailFolder, { force: true });
    }
    expect(await deliverQueuedEmails({ db: app.db })).toBe(0); // still pausing
    await app.db
      .update(emailOutbox)
      .set({ leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(emailOutbox.toAddress, person.email));
    const sent = await Promise.all([1, 2, 3].map(() => deliverQueuedEmails({ db: app.db })));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    const mail = mailTo(person.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("Choose a new password for Restorative Network");
    const [row] = await queuedTo(person.email);
    expect(row!.attempts).toBe(2);
    expect(row!.sentAt).not.toBeNull();
  });

  it("racing deliverers (a second database handle on PostgreSQL) send each queued email exactly once", async () => {
    const addresses = Array.from({ length: 40 }, (_, i) => `race.${i}@example.org`);
    await app.db.transaction((tx) =>
      queueEmail(
        tx,
        addresses.map((to) => ({ to, subject: `Race ${to}`, text: "Hello" })),
      ),
    );
    const second = await openSecondHandle(app.db);
    try {
      const counts = await Promise.all(Array.from({ length: 6 }, (_, i) => deliverQueuedEmails({ db: i % 2 && second ? second.db : app.db })));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    } finally {
      await second?.close();
    }
    const subjects = readMailboxFolder(app.dataDir)
      .filter((m) => m.subject.startsWith("Race "))
      .map((m) => m.subject);
    expect(subjects).toHaveLength(40);
    expect(new Set(subjects).size).toBe(40);
  });
});
