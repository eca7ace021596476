// Two real app processes (the production server, each with its scheduled jobs and email deliverer) on one
// PostgreSQL database and one shared mailbox folder, as operators run them behind a load balancer:
// - the daily digest job, ticking every second in both, sends each of 20 digests once;
// - notification emails and the platform's own emails (sign-up confirmations sent through A and B at once)
//   each leave once, whichever process's deliverer claims them;
// - the library's facet counts, kept in each process, follow a change made through the other at once.
//
// Needs a database server (DATABASE_URL), as CI's PostgreSQL 15 pass provides: PGlite is one process.

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { executeRows } from "../../../db/client";
import { users } from "../../../db/schema";
import { notify } from "../../../app/notifications/notifications.server";
import { createTestDatabase } from "../../support/database";
import { startAppProcess, type AppProcess } from "../../support/faults/app-process";
import { HttpClient } from "../../support/http-client";
import { readMailboxFolder } from "../../support/mail";
import { createUser, signIn } from "../../support/people";
import { resourceFields } from "../search/search-app";

const serverUrl = process.env.DATABASE_URL;

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stop(app: AppProcess | undefined) {
  if (!app?.alive()) return;
  app.child.kill("SIGTERM");
  await Promise.race([app.exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (app.alive()) app.child.kill("SIGKILL");
}

describe.skipIf(!serverUrl)("jobs, emails and kept counts across two app processes on one PostgreSQL database", () => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: AppProcess | undefined;
  let b: AppProcess | undefined;
  let dataDir: string;
  const digestPeople: Array<{ id: string; email: string }> = [];
  const mail = () => readMailboxFolder(dataDir);

  beforeAll(async () => {
    handle = await createTestDatabase();
    // Twenty people who chose the daily digest, with two notifications each, before the processes start.
    for (let i = 0; i < 20; i++) {
      const person = await createUser(handle.db, { email: `digest.${i}@example.org` });
      await handle.db.update(users).set({ emailPreference: "digest" }).where(eq(users.id, person.id));
      await handle.db.transaction((tx) =>
        notify(
          tx,
          [1, 2].map((n) => ({ userId: person.id, kind: "test.note", message: `Something happened ${n}`, href: `/notifications#${n}` })),
        ),
      );
      digestPeople.push({ id: person.id, email: person.email });
    }
    dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-two-jobs-"));
    // Both tick every second, and the digest is due from midnight UTC: both race for every run.
    const env = { DATABASE_URL: handle.url!, DATA_DIR: dataDir, MEILISEARCH_URL: "", SMTP_URL: "", JOBS_TICK_SECONDS: "1", DIGEST_HOUR_UTC: "0" };
    [a, b] = await Promise.all([startAppProcess({ buildDir: inject("buildDir"), env }), startAppProcess({ buildDir: inject("buildDir"), env })]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
    await handle?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("sends each of 20 daily digests once, though both processes tick for it every second", async () => {
    const digests = () => mail().filter((m) => m.subject.startsWith("Your daily summary"));
    await until("20 digests", async () => digests().length >= 20);
    await new Promise((r) => setTimeout(r, 3_000)); // several more ticks in both processes
    const sent = digests();
    expect(sent).toHaveLength(20);
    expect(new Set(sent.map((m) => m.to))).toEqual(new Set(digestPeople.map((p) => p.email)));
    for (const m of sent) expect(m.subject).toContain("(2)");
    const runs = await executeRows<{ outcome: string }>(handle.db, sql`select outcome from job_runs where job = 'emails.daily_digest'`);
    expect(runs.map((r) => r.outcome)).toEqual(["ran"]);
  });

  it("emails each notification and each sign-up confirmation once, whichever process sent it", async () => {
    const people = await Promise.all(Array.from({ length: 10 }, (_, i) => createUser(handle.db, { email: `immediate.${i}@example.org` })));
    for (const p of people) await handle.db.update(users).set({ emailPreference: "immediate" }).where(eq(users.id, p.id));
    for (const p of people) {
      await handle.db.transaction((tx) =>
        notify(
          tx,
          [1, 2, 3].map((n) => ({ userId: p.id, kind: "test.note", message: `Reply ${n} for ${p.email}`, href: `/notifications#${n}` })),
        ),
      );
    }
    const signUps = Array.from({ length: 16 }, (_, i) => `signup.${i}@example.org`);
    const responses = await Promise.all(
      signUps.map((email, i) =>
        new HttpClient((i % 2 ? a! : b!).url).post("/signup", { email, displayName: `Person ${i}`, password: "a lantern by the quiet river" }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(signUps.map(() => 302));

    await until("every email sent", async () => {
      const [left] = await executeRows<{ n: number }>(
        handle.db,
        sql`select (select count(*) from email_outbox where sent_at is null) + (select count(*) from notifications where email_wanted and emailed_at is null) as n`,
      );
      return Number(left!.n) === 0;
    });
    await new Promise((r) => setTimeout(r, 2_000));
    const replies = mail().filter((m) => m.subject.startsWith("Reply "));
    expect(replies).toHaveLength(30);
    expect(new Set(replies.map((m) => `${m.to}|${m.subject}`)).size).toBe(30);
    for (const email of signUps) {
      expect(
        mail().filter((m) => m.to === email && m.subject === "Confirm your email for Restorative Network"),
        email,
      ).toHaveLength(1);
    }
  });

  it("shows library counts changed through process A on process B's next request", async () => {
    const count = async (app: AppProcess) => {
      const html = (await new HttpClient(app.url).html("/resources?type=guide")).html.replace(/<!-- -->/g, "");
      const total = Number(html.match(/<h2 id="library-list">(\d+) resources?<\/h2>/)?.[1] ?? NaN);
      const fiji = Number(html.match(/Fiji <span class="facet-count">\((\d+)\)<\/span>/)?.[1] ?? 0);
      return { total, fiji };
    };
    const editor = await createUser(handle.db, { permissions: ["editor"] });
    const client = new HttpClient(a!.url);
    await signIn(client, editor.email);
    const before = await count(b!);
    expect(await count(b!)).toEqual(before); // kept by B

    const created = await client.post("/resources/new", resourceFields({ title: "Fiji circle guide", type: "guide", countries: "FJ" }));
    expect(created.status).toBe(302);
    expect(await count(b!)).toEqual({ total: before.total + 1, fiji: before.fiji + 1 });

    const where = created.headers.get("location")!;
    const withdrawn = await client.post(
      `${where}/edit`,
      resourceFields({ title: "Fiji circle guide", type: "guide", countries: "FJ", status: "withdrawn", expectedVersion: "1" }),
    );
    expect(withdrawn.status).toBe(302);
    expect(await count(b!)).toEqual(before);
    expect(await count(a!)).toEqual(before);
  });
});
