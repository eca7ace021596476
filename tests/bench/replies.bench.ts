// `npm run bench:replies [-- --clients 50 --seconds 10]`: replies per second to ONE busy thread, with that
// many members replying at once through the domain's write verb (postReply: screening first, then one
// transaction each for the post, follows, notifications to every follower, audit, kept counters), on the
// PostgreSQL server in DATABASE_URL (a scratch database is created and dropped). It measures contention
// on the thread's row, which is what limits a busy thread; HTTP and rendering are left out on purpose.
import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { createDatabase, migrateDatabase } from "../../db/client";
import { circleMemberships, circlePosts, circleRulesVersions, circles, circleThreads, users } from "../../db/schema";
import { contextFor } from "../../app/circles/access.server";
import { postReply } from "../../app/circles/posts.server";
import { useDatabase } from "../../app/utils/db.server";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const CLIENTS = Number(arg("clients", "50"));
const SECONDS = Number(arg("seconds", "10"));
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("bench:replies needs DATABASE_URL (a PostgreSQL server): row-lock contention is what it measures.");
  process.exit(2);
}

const name = `rn_bench_replies_${randomBytes(4).toString("hex")}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const handle = await createDatabase({ url: url.toString(), max: CLIENTS + 2 });
useDatabase(handle); // the verbs open their own transactions on the app's database

try {
  await migrateDatabase(handle);
  const db = handle.db;
  const circleId = randomUUID();
  await db.insert(circles).values({
    id: circleId,
    slug: "busy-circle",
    name: "Busy circle",
    purpose: "Benchmark.",
    kind: "open",
    language: "en",
    timeZone: "UTC",
    firstPostsHeld: 0,
  });
  await db.insert(circleRulesVersions).values({ id: randomUUID(), circleId, version: 1, bodyMarkdown: "Be kind." });
  const members = await Promise.all(
    Array.from({ length: CLIENTS }, async (_, i) => {
      const userId = randomUUID();
      await db
        .insert(users)
        .values({ id: userId, email: `replier-${i}@example.org`, displayName: `Replier ${i}`, passwordHash: "-", emailVerifiedAt: new Date() });
      await db.insert(circleMemberships).values({ id: randomUUID(), circleId, userId, status: "active", acceptedRulesVersion: 1, joinedAt: new Date() });
      return userId;
    }),
  );
  const [circle] = await db.select().from(circles).where(eq(circles.id, circleId));
  const people = await Promise.all(
    members.map(async (id) => {
      const [user] = await db.select().from(users).where(eq(users.id, id));
      const { passwordHash: _unused, ...sessionUser } = user!;
      return { user: sessionUser, ctx: await contextFor(db, circle!, sessionUser) };
    }),
  );
  const threadId = randomUUID();
  await db.insert(circleThreads).values({ id: threadId, circleId, title: "A busy thread", authorMembershipId: people[0]!.ctx.membership!.id });
  await db.insert(circlePosts).values({
    id: randomUUID(),
    threadId,
    circleId,
    authorMembershipId: people[0]!.ctx.membership!.id,
    isOpener: true,
    body: "The opening post.",
    status: "visible",
  });

  // Warm-up: every member replies once, so all of them follow the thread (each reply then notifies ~all).
  await Promise.all(people.map((p, i) => postReply({ actor: p.user, ctx: p.ctx, threadId, input: { body: `Warm-up reply ${i}.` }, formKey: null })));

  // Sampled from the server: how many of the writers' sessions are waiting on a row lock at each moment.
  const lockWaits: number[] = [];
  const sampler = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const sampling = setInterval(() => {
    void sampler`select count(*)::int as n from pg_stat_activity where datname = ${name} and wait_event_type = 'Lock'`.then(
      ([r]) => lockWaits.push(Number(r!.n)),
      () => {},
    );
  }, 100);
  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();
  await Promise.all(
    people.map(async (p, i) => {
      let n = 0;
      while (Date.now() < deadline) {
        const t = performance.now();
        try {
          await postReply({ actor: p.user, ctx: p.ctx, threadId, input: { body: `Thank you for this, from replier ${i}, reply ${(n += 1)}.` }, formKey: null });
          latencies.push(performance.now() - t);
        } catch {
          failures += 1;
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  clearInterval(sampling);
  await sampler.end({ timeout: 1 });
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const [thread] = await db.select().from(circleThreads).where(eq(circleThreads.id, threadId));
  console.log(
    JSON.stringify({
      clients: CLIENTS,
      seconds: Math.round(elapsed * 10) / 10,
      replies: latencies.length,
      failures,
      "replies/s": Math.round((latencies.length / elapsed) * 10) / 10,
      "p50 ms": Math.round(pct(50)),
      "p95 ms": Math.round(pct(95)),
      "max ms": Math.round(latencies.at(-1) ?? NaN),
      "waiting on a lock (mean)": Math.round((lockWaits.reduce((a, b) => a + b, 0) / Math.max(1, lockWaits.length)) * 10) / 10,
      "waiting on a lock (max)": Math.max(0, ...lockWaits),
      "kept reply count": thread!.replyCount,
      "replies written": latencies.length + CLIENTS,
    }),
  );
} finally {
  await handle.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end({ timeout: 5 });
}
