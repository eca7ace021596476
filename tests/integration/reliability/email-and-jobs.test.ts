// Email delivery claims each notification once, only emails what arrived while email was on, and
// scheduled jobs run once per slot however many callers race for it. On PGlite and PostgreSQL.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, users } from "../../../db/schema";
import { executeRows } from "../../../db/client";
import { deliverEmails } from "../../../app/notifications/email-delivery.server";
import { notify } from "../../../app/notifications/notifications.server";
import { runDueJobs, runJobOnce } from "../../../app/server/jobs";
import { startTestApp, type TestApp } from "../../support/app";
import { openSecondHandle, testDriver } from "../../support/database";
import { readMailbox } from "../../support/mail";
import { createUser, signIn } from "../../support/people";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function notifyMany(userId: string, n: number, tag: string) {
  await app.db.transaction(async (tx) => {
    await notify(
      tx,
      Array.from({ length: n }, (_, i) => ({ userId, kind: "test.note", message: `${tag} ${i}`, href: `/notifications#${tag}-${i}` })),
    );
  });
}

describe(`email delivery (${testDriver()})`, () => {
  it("switching email from Off to Immediately emails only what arrives after the switch", async () => {
    const person = await createUser(app.db);
    await notifyMany(person.id, 9, "Before the switch");
    const client = app.client();
    await signIn(client, person.email);
    const saved = await client.post("/account", { displayName: person.displayName, country: "", timeZone: "UTC", emailPreference: "immediate" });
    expect(saved.status).toBeLessThan(400);
    const [row] = await app.db.select({ p: users.emailPreference }).from(users).where(eq(users.id, person.id));
    expect(row!.p).toBe("immediate");

    await deliverEmails("immediate");
    expect((await readMailbox(app.dataDir)).filter((m) => m.to === person.email)).toHaveLength(0);

    await notifyMany(person.id, 1, "After the switch");
    await deliverEmails("immediate");
    const mail = (await readMailbox(app.dataDir)).filter((m) => m.to === person.email);
    expect(mail.map((m) => m.subject)).toEqual(["After the switch 0"]);
    // In-app, all ten are still there to read.
    const inApp = await app.db.select().from(notifications).where(eq(notifications.userId, person.id));
    expect(inApp).toHaveLength(10);
  });

  it("concurrent deliveries (and a second database handle on PostgreSQL) send every email exactly once", async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => createUser(app.db)));
    for (const p of people) await app.db.update(users).set({ emailPreference: "immediate" }).where(eq(users.id, p.id));
    for (const p of people) await notifyMany(p.id, 15, `Race ${p.id.slice(0, 8)}`);
    const second = await openSecondHandle(app.db);
    const runs = Array.from({ length: 6 }, (_, i) => deliverEmails("immediate", i % 2 && second ? { db: second.db } : {}));
    const counts = await Promise.all(runs);
    await second?.close();
    expect(counts.reduce((a, b) => a + b, 0)).toBe(90);
    const subjects = (await readMailbox(app.dataDir)).filter((m) => m.subject.startsWith("Race ")).map((m) => `${m.to}|${m.subject}`);
    expect(subjects).toHaveLength(90);
    expect(new Set(subjects).size).toBe(90);
    const left = await executeRows<{ n: number }>(app.db, sql`select count(*)::int as n from notifications where email_wanted and emailed_at is null`);
    expect(Number(left[0]!.n)).toBe(0);
  });

  it("a digest lists everything pending in one email, once", async () => {
    const person = await createUser(app.db);
    await app.db.update(users).set({ emailPreference: "digest" }).where(eq(users.id, person.id));
    await notifyMany(person.id, 4, "Digest item");
    const [a, b] = await Promise.all([deliverEmails("digest"), deliverEmails("digest")]);
    expect(a + b).toBe(4);
    const mail = (await readMailbox(app.dataDir)).filter((m) => m.to === person.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toContain("(4)");
  });
});

describe(`scheduled jobs (${testDriver()})`, () => {
  it("each job runs once per slot however many processes race for it", async () => {
    let runs = 0;
    const job = {
      name: "test.counted",
      run: async () => {
        runs += 1;
      },
    };
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => runJobOnce(app.db, job, "2026-11-29T10:00")));
    expect(outcomes.filter((o) => o === "ran")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "skipped")).toHaveLength(7);
    expect(runs).toBe(1);
    expect(await runJobOnce(app.db, job, "2026-11-29T10:05")).toBe("ran");
    expect(runs).toBe(2);
  });

  it("runs daily jobs only from their hour and records a failed run without stopping the others", async () => {
    const ran: string[] = [];
    const jobs = [
      {
        name: "test.daily",
        slot: (at: Date) => (at.getUTCHours() >= 7 ? at.toISOString().slice(0, 10) : null),
        run: async () => {
          ran.push("daily");
        },
      },
      {
        name: "test.broken",
        slot: () => "once",
        run: async () => {
          throw new Error("boom");
        },
      },
      {
        name: "test.after",
        slot: () => "once",
        run: async () => {
          ran.push("after");
        },
      },
    ];
    expect(await runDueJobs(app.db, new Date("2026-11-29T06:59:00Z"), jobs)).toEqual({ "test.broken": "failed", "test.after": "ran" });
    expect(await runDueJobs(app.db, new Date("2026-11-29T07:01:00Z"), jobs)).toEqual({
      "test.daily": "ran",
      "test.broken": "skipped",
      "test.after": "skipped",
    });
    expect(await runDueJobs(app.db, new Date("2026-11-29T23:00:00Z"), jobs)).toEqual({
      "test.daily": "skipped",
      "test.broken": "skipped",
      "test.after": "skipped",
    });
    expect(ran).toEqual(["after", "daily"]);
    const [broken] = await executeRows<{ outcome: string }>(app.db, sql`select outcome from job_runs where job = 'test.broken'`);
    expect(broken!.outcome).toBe("failed");
  });
});
