// `npm run test:faults [-- --seconds 60 --writers 50 --only restart,stop,sigterm,kill9]`: injects faults
// into the production server under write load and prints, for each, acknowledged writes against writes
// found in the database, 5xx answers, crashes and recovery time. Needs root (it runs a private
// PostgreSQL 15 server as the postgres user). Takes several minutes; not part of CI (the short form
// is tests/integration/reliability/faults.test.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase, migrateDatabase } from "../../db/client";
import { startAppProcess, type AppProcess } from "../support/faults/app-process";
import { canRunThrowawayPostgres, startThrowawayPostgres } from "../support/faults/postgres-server";
import { countFound, probePage, startWriters, timeUntilPagesServe, type WriterTally } from "../support/faults/writers";
import { runMeilisearchOutage } from "../support/faults/meilisearch-outage";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const SECONDS = Number(arg("seconds", "60"));
const WRITERS = Number(arg("writers", "50"));
/** A folder to write each server's log into (its JSON lines and any error it printed), for tracing 5xx answers. */
const LOG_DIR = arg("log", "");
const ONLY = new Set(arg("only", "load,kill9,restart,stop,sigterm,meili").split(","));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (!canRunThrowawayPostgres()) {
  console.error("test:faults needs root and PostgreSQL 15 in /usr/lib/postgresql/15/bin (or PG_BIN).");
  process.exit(2);
}

console.log("Building the production bundle…");
mkdirSync(path.resolve(".test-build"), { recursive: true });
const buildDir = mkdtempSync(path.join(path.resolve(".test-build"), "faults-"));
const built = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "build"], {
  env: { ...process.env, REMIX_BUILD_DIR: buildDir, NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "inherit"],
});
if (built.status !== 0) process.exit(1);

const pg = await startThrowawayPostgres();
const handle = await createDatabase({ url: pg.url, max: 2 });
await migrateDatabase(handle);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-faults-"));
const results: Array<Record<string, string | number>> = [];
let crashes = 0;

async function start(env: Record<string, string> = { SEARCH_WORKER: "off" }): Promise<AppProcess> {
  const server = await startAppProcess({ buildDir, env: { DATABASE_URL: pg.url, DATA_DIR: dataDir, ...env } });
  void server.exited.then(({ code, signal }) => {
    if (code !== 0 && signal !== "SIGKILL" && signal !== "SIGTERM") crashes += 1;
  });
  return server;
}

/** From the server's log: how long after `since` it logged that the database answered again (-1 if it did not). */
function knewMs(output: string, since: number): number {
  for (const line of output.split("\n")) {
    if (!line.includes('"event":"database.reachable_again"')) continue;
    const at = Date.parse((JSON.parse(line) as { at: string }).at);
    if (at >= since - 1_000) return at - since;
  }
  return -1;
}

async function report(name: string, tally: WriterTally, extra: Record<string, string | number> = {}) {
  const found = await countFound(handle.db, tally.acknowledged);
  const row = {
    scenario: name,
    attempted: tally.attempted,
    acknowledged: tally.acknowledged.length,
    found,
    lost: tally.acknowledged.length - found,
    "503": tally.status503,
    "other 5xx": tally.status5xx,
    "no answer": tally.noAnswer,
    "slowest ms": tally.slowestMs,
    crashes,
    ...extra,
  };
  results.push(row);
  console.log(JSON.stringify(row));
}

try {
  if (ONLY.has("load")) {
    console.log(`\n${WRITERS} writers for ${SECONDS} s…`);
    const server = await start();
    const w = startWriters(server.url, WRITERS);
    await sleep(SECONDS * 1000);
    await report("load", await w.stop(), { "writes/s": Math.round((w.tally.acknowledged.length / SECONDS) * 10) / 10 });
    server.child.kill("SIGTERM");
    await server.exited;
  }

  if (ONLY.has("kill9")) {
    console.log("\nkill -9 of the app mid-burst, then a restart…");
    const server = await start();
    const w = startWriters(server.url, WRITERS);
    await sleep(Math.min(10, SECONDS / 3) * 1000);
    server.child.kill("SIGKILL");
    await server.exited;
    const restartedAt = Date.now();
    const again = await start();
    const startMs = Date.now() - restartedAt;
    // Writers keep their old URL; measure what the acknowledged writes left behind.
    const tally = await w.stop();
    await report("kill -9 (app)", tally, { "restart ms": startMs });
    again.child.kill("SIGTERM");
    await again.exited;
  }

  if (ONLY.has("restart") || ONLY.has("stop")) {
    const server = await start();
    for (const [name, downMs] of [
      ["restart", 0],
      ["stop 30 s", 30_000],
    ] as const) {
      if (!ONLY.has(name === "restart" ? "restart" : "stop")) continue;
      console.log(`\ndatabase ${name} under load…`);
      const w = startWriters(server.url, WRITERS);
      await sleep(5_000);
      const stoppedAt = Date.now();
      pg.stop("fast");
      const whileAway = await probePage(server.url);
      await sleep(downMs);
      const whileAwayLater = await probePage(server.url);
      pg.start();
      const backAt = Date.now();
      // Health answers on its own connection: it shows when the server knew, apart from how busy its pages are.
      const [recoveryMs, healthMs] = await Promise.all([timeUntilPagesServe(server.url, 60_000), timeUntilPagesServe(server.url, 60_000, "/healthz")]);
      await sleep(5_000);
      const tally = await w.stop();
      const when = (times: number[]) => times.map((t) => (t < backAt ? `${t - stoppedAt} ms after the stop` : `${t - backAt} ms after the return`)).join("; ");
      if (tally.other5xxAt.length) console.log(`other 5xx: ${when(tally.other5xxAt)}`);
      if (tally.noAnswerAt.length) console.log(`no answer (gave up): ${when(tally.noAnswerAt)}`);
      if (LOG_DIR) writeFileSync(path.join(LOG_DIR, `server-${name.replace(/\W+/g, "-")}.log`), server.output());
      await report(`database ${name}`, tally, {
        "page while away": `${whileAway.status} in ${whileAway.ms} ms`,
        "page later": `${whileAwayLater.status} in ${whileAwayLater.ms} ms`,
        "recovery ms": recoveryMs,
        "health ok ms": healthMs,
        "server knew ms": knewMs(server.output(), backAt),
        "server alive": server.alive() ? "yes" : "no",
      });
    }
    server.child.kill("SIGTERM");
    await server.exited;
  }

  if (ONLY.has("sigterm")) {
    console.log("\nSIGTERM mid-burst…");
    const server = await start();
    const w = startWriters(server.url, WRITERS);
    await sleep(10_000);
    const before = w.tally.acknowledged.length;
    const signalledAt = Date.now();
    server.child.kill("SIGTERM");
    const exit = await server.exited;
    const tally = await w.stop();
    await report("SIGTERM", tally, {
      "acknowledged after the signal": tally.acknowledged.length - before,
      exit: `${exit.code ?? exit.signal} after ${Date.now() - signalledAt} ms`,
    });
  }
  if (ONLY.has("meili")) {
    console.log("\nMeilisearch outage (30 s) under resource writes…");
    const row = await runMeilisearchOutage({
      db: handle.db,
      downMs: 30_000,
      writers: Math.min(WRITERS, 10),
      start: (env) => start(env),
      logTo: LOG_DIR && path.join(LOG_DIR, "server-meilisearch.log"),
    });
    results.push({ ...row, crashes });
    console.log(JSON.stringify(row));
  }
} finally {
  await handle.close().catch(() => {});
  pg.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
}

console.log("\nSummary");
console.table(results);
process.exit(results.some((r) => Number(r.lost) > 0) || crashes > 0 ? 1 : 0);
