// `npm run bench:demo -- [--requests 40] [--warmup 10] [--only name,name] [--baseline DIR] [--turns 2]`
// Node CPU (and, on PostgreSQL, statements) per request for the demo network's pages, as `npm start` serves them:
// seeds the demo network into a fresh PGlite directory (or the empty database DATABASE_URL names), starts the
// compiled server, signs in as the demo member, finds one circle, thread, learning and profile through the pages'
// own links, and asks each page one request at a time. See docs/performance.md ("Demo network").
//
// --baseline DIR compares with another checkout of the site (for example `git archive` of main, built, with its
// node_modules): both servers run side by side, each on its own copy of the demo network (PGlite) or on the same
// database (PostgreSQL), and each page is asked of them in turns (A B B A …), so both see the same machine load.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_PASSWORD } from "../../db/seed/accounts";
import { DatabaseWatcher, processCpuMs } from "./load/measure";

const { values: flags } = parseArgs({
  options: {
    requests: { type: "string", default: "40" },
    warmup: { type: "string", default: "10" },
    only: { type: "string" },
    baseline: { type: "string" },
    turns: { type: "string", default: "2" },
  },
});
const requests = Number(flags.requests);
const warmup = Number(flags.warmup);
const turns = flags.baseline ? Number(flags.turns) : 1;
if (!(requests > 0) || !(warmup >= 0) || !(turns >= 1)) throw new Error("--requests and --turns must be above 0 and --warmup 0 or more.");

const DATABASE_URL = process.env.DATABASE_URL;
const scratch: string[] = [];
const servers: ChildProcess[] = [];
let stopping = false;
process.on("exit", () => {
  stopping = true;
  for (const server of servers) if (server.exitCode === null) server.kill("SIGTERM");
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Waits until the process has spent no more than 30 ms of CPU in half a second (start-up work, collections). */
async function idle(pid: number) {
  for (let last = processCpuMs(pid), i = 0; i < 240; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = processCpuMs(pid);
    if (now - last <= 30) return;
    last = now;
  }
}

type Site = { label: string; pid: number; base: string; headers: Record<string, string>; pages: Array<{ name: string; path: string }> };

/** Seeds (unless the database is shared and already seeded), starts the site in `root` and finds the demo pages. */
async function startSite(label: string, root: string, seed: boolean): Promise<Site> {
  const dataDir = DATABASE_URL ? null : mkdtempSync(path.join(os.tmpdir(), "rn-demo-bench-"));
  if (dataDir) scratch.push(dataDir);
  const env = { ...process.env, ...(dataDir ? { DATA_DIR: dataDir } : {}) };
  if (seed) {
    const seeded = spawnSync(process.execPath, ["--import", "tsx", "db/seed.ts", "--force"], { cwd: root, env, encoding: "utf8" });
    if (seeded.status !== 0) throw new Error(`Seeding the demo network (${label}) failed: ${seeded.stderr}`);
    if (!seeded.stdout.includes("Demo network seeded")) throw new Error("The database was not empty; bench:demo needs an empty one.");
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_NODE_ARGS passes node flags to the server, as in bench:load (e.g. "--cpu-prof --cpu-prof-dir=prof").
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, "scripts/run.mjs", "start"], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: base },
    stdio: ["ignore", "ignore", "inherit"],
  });
  servers.push(server);
  server.on("exit", (code, signal) => {
    if (!stopping) console.error(`The server (${label}) stopped: exit code ${code}, signal ${signal}.`);
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (server.exitCode !== null || i > 1200) throw new Error(`The server (${label}) did not start within 5 minutes.`);
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
  if (!cookie) throw new Error(`Signing in as the demo member (${label}) failed (status ${login.status}).`);
  const headers = { Cookie: cookie, "Accept-Encoding": "br, gzip" };

  /** The first link on a page whose address matches. */
  async function firstLink(page: string, pattern: RegExp) {
    const html = await (await fetch(`${base}${page}`, { headers })).text();
    for (const [, href] of html.matchAll(/href="([^"]+)"/g)) if (pattern.test(href!)) return href!.replaceAll("&amp;", "&");
    throw new Error(`No link matching ${pattern} on ${page} (${label}).`);
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
  ].filter((p) => !flags.only || flags.only.split(",").some((o) => p.name.includes(o.trim())));
  return { label, pid: server.pid!, base, headers, pages };
}

/** Node CPU ms and statements per request for one page of one site, `requests` times after `warmup`. */
async function measure(site: Site, page: string, watcher: DatabaseWatcher | null) {
  for (let i = 0; i < warmup; i++) await (await fetch(`${site.base}${page}`, { headers: site.headers })).arrayBuffer();
  await idle(site.pid);
  const db0 = await watcher?.snapshot();
  const cpu0 = processCpuMs(site.pid);
  for (let i = 0; i < requests; i++) {
    const r = await fetch(`${site.base}${page}`, { headers: site.headers, redirect: "manual" });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${page} (${site.label}) answered ${r.status}.`);
  }
  const cpu = (processCpuMs(site.pid) - cpu0) / requests;
  const db = watcher && db0 ? DatabaseWatcher.spent(db0, await watcher.snapshot()) : null;
  return { cpu, statements: db?.statements != null ? db.statements / requests : null };
}

const sites = [await startSite("this checkout", process.cwd(), true)];
if (flags.baseline) sites.unshift(await startSite("baseline", path.resolve(flags.baseline), !DATABASE_URL));
const watcher = DATABASE_URL ? await DatabaseWatcher.open(DATABASE_URL) : null;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (xs: Array<number | null>) => (xs.every((x) => x !== null) ? mean(xs as number[]).toFixed(1) : "n/a");

console.log(
  `Demo network on ${DATABASE_URL ? "PostgreSQL" : "PGlite"}, signed in as the demo member; ${requests} requests a page after ${warmup}, one at a time` +
    (flags.baseline ? `, ${turns} turns a site alternating (${flags.baseline} = before); load average ${os.loadavg()[0]!.toFixed(1)}.` : "."),
);
if (flags.baseline) {
  console.log(`| page | Node CPU ms/req before | after | after/before |${watcher ? " stmts/req before | after |" : ""}`);
  console.log(`|---|---:|---:|---:|${watcher ? "---:|---:|" : ""}`);
} else {
  console.log(`| page | path | Node CPU ms/req |${watcher ? " stmts/req |" : ""}`);
  console.log(`|---|---|---:|${watcher ? "---:|" : ""}`);
}
for (const [index, page] of sites.at(-1)!.pages.entries()) {
  const results = sites.map(() => ({ cpu: [] as number[], statements: [] as Array<number | null> }));
  for (let turn = 0; turn < turns; turn++) {
    // A B, then B A: neither site always goes first.
    const order = turn % 2 === 0 ? sites.keys() : [...sites.keys()].reverse();
    for (const s of order) {
      const { cpu, statements } = await measure(sites[s]!, sites[s]!.pages[index]!.path, watcher);
      results[s]!.cpu.push(cpu);
      results[s]!.statements.push(statements);
    }
  }
  const [before, after] = results.length === 2 ? results : [null, results[0]!];
  if (before) {
    const ratio = (mean(after!.cpu) / mean(before.cpu)).toFixed(2);
    const stmts = watcher ? ` ${fmt(before.statements)} | ${fmt(after!.statements)} |` : "";
    const turnsText = `${before.cpu.map((c) => c.toFixed(1)).join("/")} → ${after!.cpu.map((c) => c.toFixed(1)).join("/")}`;
    console.log(`| ${page.name} | ${mean(before.cpu).toFixed(1)} | ${mean(after!.cpu).toFixed(1)} | ${ratio} (${turnsText}) |${stmts}`);
  } else {
    console.log(`| ${page.name} | \`${page.path}\` | ${mean(after!.cpu).toFixed(1)} |${watcher ? ` ${fmt(after!.statements)} |` : ""}`);
  }
}
await watcher?.close();
process.exit(0);
