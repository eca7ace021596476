// `npm run bench:load -- [--seconds 15] [--cpu-seconds 8] [--warmup 3] [--connections 50] [--only a,b] [--out result.json] [--compare other.json]`
// Serves the production build against the database seed:scale filled (DATABASE_URL, or PGlite in DATA_DIR), drives
// each page from a second process with autocannon, beside a bare node:http server sending the thread page's bytes,
// and prints a table. See docs/performance.md for the steps and a real run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { BENCH_EMAIL, BENCH_PASSWORD } from "../../db/seed-scale/generate";
import { DatabaseWatcher, processCpuMs, processRssMb } from "./load/measure";
import { printComparison, printTable, type Row } from "./load/report";

const { values: flags } = parseArgs({
  options: {
    seconds: { type: "string", default: "15" },
    "cpu-seconds": { type: "string" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    only: { type: "string" },
    out: { type: "string" },
    compare: { type: "string" },
    label: { type: "string" },
  },
});
const seconds = Number(flags.seconds);
const warmup = Number(flags.warmup);
const connections = Number(flags.connections);
const cpuSeconds = Number(flags["cpu-seconds"] ?? Math.max(1, Math.round(seconds / 2)));
if (!(seconds > 0) || !(cpuSeconds > 0) || !(warmup >= 0) || !(connections > 0))
  throw new Error("--seconds, --cpu-seconds, --warmup and --connections must be numbers above 0.");

const DATABASE_URL = process.env.DATABASE_URL;
const tsx = path.resolve("node_modules/tsx/dist/loader.mjs");
const children: ChildProcess[] = [];
const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
process.on("exit", stopAll);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s.`);
}

/** The production server as the operator runs it (`npm start`), started through node itself so the pid is the server's. */
async function startServer() {
  const port = await freePort();
  const dataDir = process.env.DATA_DIR ?? "data";
  // BENCH_SERVER_NODE_ARGS passes node flags to the server, e.g. "--cpu-prof --cpu-prof-dir=prof" to see where its CPU goes.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "scripts/run.mjs", "start"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  // npm start's own script builds the site first when app/ is newer than build/.
  await waitFor(`${base}/healthz`, 300_000);
  return { base, pid: child.pid! };
}

/**
 * fetch, tried again after a reset: while the embedded search index is rebuilt the event loop can stall for longer
 * than node's headers timeout, and the server then drops the connection.
 */
async function fetchAgain(url: string, init: RequestInit, attempts = 4): Promise<Response> {
  for (let i = 1; ; i++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 5_000));
    }
  }
}

async function signIn(base: string) {
  const r = await fetchAgain(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: BENCH_EMAIL, password: BENCH_PASSWORD, redirectTo: "" }),
  });
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("rn_session="));
  if (!cookie) throw new Error(`Signing in as ${BENCH_EMAIL} failed (status ${r.status}); run npm run seed:scale first.`);
  return cookie;
}

/** Requests still in flight when autocannon stops keep the server busy; the next measurement waits for them. */
async function waitForIdle(pid: number, maxMs = 60_000) {
  const until = Date.now() + maxMs;
  for (let last = processCpuMs(pid); Date.now() < until;) {
    await new Promise((r) => setTimeout(r, 500));
    const now = processCpuMs(pid);
    if (now - last <= 30) return; // under 6% of a core over half a second: background work only
    last = now;
  }
}

function drive(base: string, paths: string[], headers: Record<string, string>, secs: number, conns = connections) {
  const r = spawnSync(
    process.execPath,
    ["--import", tsx, "tests/bench/load/drive.ts", JSON.stringify({ base, paths, headers, connections: conns, seconds: secs })],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`autocannon failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as {
    requests: number;
    rps: number;
    p50: number;
    p95: number;
    p99: number;
    errors: number;
    non2xx: number;
    bytes: number;
  };
}

type Target = { name: string; paths: string[]; signedIn: boolean; growth?: boolean };
const TARGETS: Target[] = [
  { name: "/ anonymous", paths: ["/"], signedIn: false },
  { name: "/circles signed in", paths: ["/circles"], signedIn: true, growth: true },
  { name: "circle thread list", paths: ["/circles/circle-1"], signedIn: true, growth: true },
  { name: "big thread, first page", paths: ["/circles/circle-1/threads/t1"], signedIn: true, growth: true },
  { name: "big thread, last page", paths: ["/circles/circle-1/threads/t1?last=1"], signedIn: true, growth: true },
  { name: "/learnings, 2 filters", paths: ["/learnings?setting=hospital_ward&type=medication"], signedIn: false },
  { name: "one learning", paths: ["/learnings/learning-1"], signedIn: false },
  { name: "/facilitators, 3 filters", paths: ["/facilitators?country=NZ&language=en&modality=online"], signedIn: false },
  { name: "one facilitator", paths: ["/facilitators/facilitator-1"], signedIn: false },
  { name: "/resources", paths: ["/resources"], signedIn: false },
  { name: "/resources, 2 facets", paths: ["/resources?type=guide&language=en"], signedIn: false },
  {
    name: "/search, 5 queries",
    paths: ["/search?q=harm", "/search?q=nurse+grief", "/search?q=healng", "/search?q=matenity", "/search?q=restorative+circle"],
    signedIn: false,
  },
];

async function main() {
  const watcher = DATABASE_URL ? await DatabaseWatcher.open(DATABASE_URL) : null;
  const server = await startServer();
  // npm start rebuilds the embedded search index in the background after it starts listening: wait it out.
  await waitForIdle(server.pid, 600_000);
  const cookie = await signIn(server.base);
  const accept = { "Accept-Encoding": "br, gzip" };
  const targets = TARGETS.filter((t) => !flags.only || flags.only.split(",").some((o) => t.name.includes(o.trim())));
  const rows: Row[] = [];
  console.log(
    `Server pid ${server.pid}, ${DATABASE_URL ? "PostgreSQL" : "PGlite"}; ${connections} connections, ${seconds} s per target after ${warmup} s of warm-up.`,
  );

  for (const t of targets) {
    const headers = t.signedIn ? { ...accept, Cookie: cookie } : accept;
    for (const p of t.paths) {
      const status = (await fetchAgain(`${server.base}${p}`, { headers, redirect: "manual" })).status;
      if (status !== 200) console.log(`  ${p} answered ${status}: its requests count as errors below.`);
    }
    if (warmup > 0) drive(server.base, t.paths, headers, warmup, Math.min(connections, 10));
    const r = drive(server.base, t.paths, headers, seconds);
    await waitForIdle(server.pid);
    // CPU and statements per request come from a second run on one connection: at 50 connections on a busy machine
    // the requests still in flight when the run stops (their CPU counted, their responses not) would skew them.
    const cpu0 = processCpuMs(server.pid);
    const db0 = await watcher?.snapshot();
    const one = drive(server.base, t.paths, headers, cpuSeconds, 1);
    const cpu1 = processCpuMs(server.pid);
    const db = watcher && db0 ? DatabaseWatcher.spent(db0, await watcher.snapshot()) : null;
    const n = Math.max(1, one.requests);
    rows.push({
      name: t.name,
      growth: !!t.growth,
      rps: r.rps,
      p50: r.p50,
      p95: r.p95,
      p99: r.p99,
      errors: r.errors + r.non2xx,
      bytesPerRequest: r.bytes / Math.max(1, r.requests),
      nodeCpuMs: (cpu1 - cpu0) / n,
      pgCpuMs: db ? db.cpuMs / n : null,
      statements: db?.statements != null ? db.statements / n : null,
    });
    console.log(`  ${t.name}: ${r.rps.toFixed(0)} req/s`);
  }

  // The limit: the same thread page's bytes (compressed as the app sent them) from a bare node:http server.
  await waitForIdle(server.pid);
  const page = await fetchAgain(`${server.base}/circles/circle-1/threads/t1`, { headers: { Cookie: cookie, ...accept } });
  const bytes = Buffer.from(await page.arrayBuffer());
  const dir = mkdtempSync(path.join(os.tmpdir(), "rn-bare-"));
  // fetch() decodes the body; the bare server needs the encoded bytes, so ask again without decoding.
  const raw = await rawBody(`${server.base}/circles/circle-1/threads/t1`, { Cookie: cookie, ...accept });
  writeFileSync(path.join(dir, "page"), raw.body);
  const bare = spawn(process.execPath, ["--import", tsx, "tests/bench/load/bare-server.ts", path.join(dir, "page"), raw.encoding ?? ""], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(bare);
  const barePort = await new Promise<number>((resolve) => bare.stdout!.once("data", (d: Buffer) => resolve(Number(d.toString().trim()))));
  const bareBase = `http://127.0.0.1:${barePort}`;
  if (warmup > 0) drive(bareBase, ["/"], accept, warmup, 10);
  const b = drive(bareBase, ["/"], accept, seconds);
  await waitForIdle(bare.pid!);
  const b0 = processCpuMs(bare.pid!);
  const bOne = drive(bareBase, ["/"], accept, cpuSeconds, 1);
  const bareCpu = (processCpuMs(bare.pid!) - b0) / Math.max(1, bOne.requests);
  rows.push({
    name: "bare http, thread bytes",
    growth: false,
    rps: b.rps,
    p50: b.p50,
    p95: b.p95,
    p99: b.p99,
    errors: b.errors + b.non2xx,
    bytesPerRequest: b.bytes / Math.max(1, b.requests),
    nodeCpuMs: bareCpu,
    pgCpuMs: null,
    statements: null,
  });

  const rss = processRssMb(server.pid);
  printTable(rows, {
    rssMb: rss,
    label: flags.label ?? "",
    thread: `${(raw.body.length / 1024).toFixed(1)} KB ${raw.encoding ?? "uncompressed"}, ${(bytes.length / 1024).toFixed(1)} KB decoded`,
  });
  if (flags.out) writeFileSync(flags.out, JSON.stringify({ label: flags.label ?? "", at: new Date().toISOString(), rssMb: rss, rows }, null, 2));
  if (flags.compare) printComparison(JSON.parse(readFileSync(flags.compare, "utf8")), { label: flags.label ?? "this run", rows });
  await watcher?.close();
  stopAll();
  rmSync(dir, { recursive: true, force: true });
}

function rawBody(url: string, headers: Record<string, string>) {
  return import("node:http").then(
    ({ get }) =>
      new Promise<{ body: Buffer; encoding: string | undefined }>((resolve, reject) => {
        get(url, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ body: Buffer.concat(chunks), encoding: res.headers["content-encoding"] }));
        }).on("error", reject);
      }),
  );
}

try {
  await main();
} catch (error) {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  console.error(error instanceof Error ? `${error.message}${cause}` : error);
  stopAll();
  process.exitCode = 1;
}
