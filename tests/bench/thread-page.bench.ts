// `npm run bench:thread`: how fast is a circle thread page with 5,000 replies, on page 1 and deep in the
// thread? Builds the app into a temp folder, serves it over real HTTP on an in-memory PGlite, seeds one
// thread with 5,000 replies and prints p50/p95 response times. A figure, not a pass/fail test.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createHttpApp } from "../../app/server/http";
import { useDatabase } from "../../app/utils/db.server";
import { hashPassword } from "../../app/utils/password.server";
import { encodeCursor } from "../../app/circles/threads.server";
import { createDatabase, migrateDatabase } from "../../db/client";
import { circleFacilitators, circleMemberships, circlePosts, circleRulesVersions, circles, circleThreads, users } from "../../db/schema";
import { HttpClient } from "../support/http-client";

const REPLIES = 5000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);

const root = path.resolve(".test-build");
mkdirSync(root, { recursive: true });
const buildDir = mkdtempSync(path.join(root, "bench-"));
const dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-bench-"));
process.env.DATA_DIR = dataDir;
process.env.NODE_ENV = "production";
console.log("Building the app…");
const built = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "build"], {
  env: { ...process.env, REMIX_BUILD_DIR: buildDir },
  encoding: "utf8",
});
if (built.status !== 0) throw new Error(built.stderr);

const handle = await createDatabase({ dataDir: "memory://" });
await migrateDatabase(handle);
useDatabase(handle);
const db = handle.db;

console.log(`Seeding one thread with ${REPLIES} replies…`);
const userId = randomUUID();
const password = "a calm and quiet harbour";
await db.insert(users).values({
  id: userId,
  email: "bench@example.org",
  displayName: "Bench Reader",
  passwordHash: await hashPassword(password),
  role: "facilitator",
  emailVerifiedAt: new Date(),
});
const circleId = randomUUID();
await db.insert(circles).values({
  id: circleId,
  slug: "bench-circle",
  name: "Bench circle",
  purpose: "Benchmark.",
  kind: "open",
  language: "en",
  timeZone: "UTC",
  firstPostsHeld: 0,
});
await db.insert(circleRulesVersions).values({ id: randomUUID(), circleId, version: 1, bodyMarkdown: "Be kind." });
await db.insert(circleFacilitators).values({ circleId, userId });
const membershipId = randomUUID();
await db.insert(circleMemberships).values({ id: membershipId, circleId, userId, status: "active", acceptedRulesVersion: 1, joinedAt: new Date() });
const threadId = randomUUID();
const start = Date.now() - REPLIES * 60_000;
await db.insert(circleThreads).values({ id: threadId, circleId, title: "A long thread", authorMembershipId: membershipId, createdAt: new Date(start) });
const posts = Array.from({ length: REPLIES + 1 }, (_, i) => ({
  id: randomUUID(),
  threadId,
  circleId,
  authorMembershipId: membershipId,
  isOpener: i === 0,
  body: i === 0 ? "The opening post." : `Reply **${i}**: thank you for sharing this; I recognise a lot of it.`,
  status: "visible" as const,
  createdAt: new Date(start + i * 60_000),
}));
for (let i = 0; i < posts.length; i += 500) await db.insert(circlePosts).values(posts.slice(i, i + 500));

const build = (await import(pathToFileURL(path.join(buildDir, "index.js")).href)) as ServerBuild;
const app = createHttpApp({ build, publicDir: path.join(buildDir, "public"), mode: "production" });
const server = await new Promise<import("node:http").Server>((resolve) => {
  const s = app.listen(0, "127.0.0.1", () => resolve(s));
});
const client = new HttpClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
const login = await client.post("/login", { email: "bench@example.org", password });
if (login.status !== 302) throw new Error(`sign-in failed: ${login.status}`);

const base = `/circles/bench-circle/threads/${threadId}`;
const pages = {
  "page 1": base,
  "deep page (after reply 4,000)": `${base}?after=${encodeCursor(posts[4000]!)}`,
  "latest page": `${base}?last=1`,
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
console.log(`\nThread page with ${REPLIES} replies, ${ROUNDS} requests each (after 5 warm-up requests), PGlite in memory:\n`);
for (const [label, url] of Object.entries(pages)) {
  for (let i = 0; i < 5; i++) await (await client.get(url)).text();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    const r = await client.get(url);
    await r.text();
    if (r.status !== 200) throw new Error(`${label}: ${r.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(32)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms`);
}
const plan = (
  (await handle.db.execute(
    (await import("drizzle-orm"))
      .sql`explain select id from circle_posts where thread_id = ${threadId} and (created_at, id) > (${posts[4000]!.createdAt.toISOString()}::timestamptz, ${posts[4000]!.id}) order by created_at, id limit 51`,
  )) as unknown as { rows: Array<Record<string, string>> }
).rows;
console.log(`\n  Query plan (deep page):\n${plan.map((row) => `    ${Object.values(row)[0]}`).join("\n")}`);

server.close();
await handle.close();
rmSync(buildDir, { recursive: true, force: true });
rmSync(dataDir, { recursive: true, force: true });
