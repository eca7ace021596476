// `npm run bench:demo -- [--requests 40] [--warmup 10] [--only name,name]`
// Node CPU (and, on PostgreSQL, statements) per request for the demo network's pages, as `npm start` serves them:
// seeds the demo network into a fresh PGlite directory (or the empty database DATABASE_URL names), starts the
// compiled server, signs in as the demo member, finds one circle, thread, learning and profile through the pages'
// own links, and asks each page one request at a time. See docs/performance.md ("Demo network").
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_PASSWORD } from "../../db/seed/accounts";
import { DatabaseWatcher, processCpuMs } from "./load/measure";

const { values: flags } = parseArgs({
  options: { requests: { type: "string", default: "40" }, warmup: { type: "string", default: "10" }, only: { type: "string" } },
});
const requests = Number(flags.requests);
const warmup = Number(flags.warmup);
if (!(requests > 0) || !(warmup >= 0)) throw new Error("--requests must be above 0 and --warmup 0 or more.");

const DATABASE_URL = process.env.DATABASE_URL;
const dataDir = DATABASE_URL ? null : mkdtempSync(path.join(os.tmpdir(), "rn-demo-bench-"));
const env = { ...process.env, ...(dataDir ? { DATA_DIR: dataDir } : {}) };

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function idle(pid: number) {
  for (let last = processCpuMs(pid), i = 0; i < 240; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = processCpuMs(pid);
    if (now - last <= 30) return;
    last = now;
  }
}

const seed = spawnSync(process.execPath, ["--import", "tsx", "db/seed.ts", "--force"], { env, encoding: "utf8" });
if (seed.status !== 0) throw new Error(`Seeding the demo network failed: ${seed.stderr}`);
if (!seed.stdout.includes("Demo network seeded")) throw new Error("The database was not empty; bench:demo needs an empty one.");

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// BENCH_SERVER_NODE_ARGS passes node flags to the server, as in bench:load (e.g. "--cpu-prof --cpu-prof-dir=prof").
const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
const server = spawn(process.execPath, [...nodeArgs, "scripts/run.mjs", "start"], {
  env: { ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: base },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", () => {
  stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 1200) throw new Error("The server did not start within 5 minutes.");
    await new Promise((r) => setTimeout(r, 250));
  }
  await idle(server.pid!);
  const login = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "member@example.org", password: DEMO_PASSWORD, redirectTo: "" }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("rn_session="));
  if (!cookie) throw new Error(`Signing in as the demo member failed (status ${login.status}).`);
  const headers = { Cookie: cookie, "Accept-Encoding": "br, gzip" };

  /** The first link on a page whose address matches. */
  async function firstLink(page: string, pattern: RegExp) {
    const html = await (await fetch(`${base}${page}`, { headers })).text();
    for (const [, href] of html.matchAll(/href="([^"]+)"/g)) if (pattern.test(href!)) return href!.replaceAll("&amp;", "&");
    throw new Error(`No link matching ${pattern} on ${page}.`);
  }
  const circle = await firstLink("/circles", /^\/circles\/[^/?]+$/);
  const thread = await firstLink(circle, /^\/circles\/[^/]+\/threads\/(?!new$)[^/?]+$/);
  const pages = [
    { name: "/ (signed in)", path: "/" },
    { name: "/circles", path: "/circles" },
    { name: "a circle", path: circle },
    { name: "a thread", path: thread },
    { name: "/learnings", path: "/learnings" },
    { name: "a learning", path: await firstLink("/learnings", /^\/learnings\/(?!(mine|new|reviews)$)[^/?]+$/) },
    { name: "/facilitators", path: "/facilitators" },
    { name: "a profile", path: await firstLink("/facilitators", /^\/facilitators\/(?!(me|concerns)$)[^/?]+$/) },
    { name: "/resources", path: "/resources" },
    { name: "/search?q=apology", path: "/search?q=apology" },
  ];

  const watcher = DATABASE_URL ? await DatabaseWatcher.open(DATABASE_URL) : null;
  console.log(
    `Demo network on ${DATABASE_URL ? "PostgreSQL" : "PGlite"}, signed in as the demo member; ${requests} requests a page after ${warmup}, one at a time.`,
  );
  console.log(`| page | path | Node CPU ms/req |${watcher ? " stmts/req |" : ""}`);
  console.log(`|---|---|---:|${watcher ? "---:|" : ""}`);
  for (const p of pages.filter((p) => !flags.only || flags.only.split(",").some((o) => p.name.includes(o.trim())))) {
    for (let i = 0; i < warmup; i++) await (await fetch(`${base}${p.path}`, { headers })).arrayBuffer();
    await idle(server.pid!);
    const db0 = await watcher?.snapshot();
    const cpu0 = processCpuMs(server.pid!);
    for (let i = 0; i < requests; i++) {
      const r = await fetch(`${base}${p.path}`, { headers, redirect: "manual" });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${p.path} answered ${r.status}.`);
    }
    const cpu = (processCpuMs(server.pid!) - cpu0) / requests;
    const db = watcher && db0 ? DatabaseWatcher.spent(db0, await watcher.snapshot()) : null;
    const statements = db?.statements != null ? ` ${(db.statements / requests).toFixed(1)} |` : watcher ? " n/a |" : "";
    console.log(`| ${p.name} | \`${p.path}\` | ${cpu.toFixed(1)} |${statements}`);
  }
  await watcher?.close();
} finally {
  stop();
}
