// The short CI form of `npm run test:faults`: a database restart and a SIGTERM under write load, against
// the production server in its own process and a private PostgreSQL server this test may stop.
// Runs where PostgreSQL is available (the Postgres pass of CI); skipped on the PGlite pass.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, migrateDatabase, type DatabaseHandle } from "../../../db/client";
import { startAppProcess, type AppProcess } from "../../support/faults/app-process";
import { canRunThrowawayPostgres, startThrowawayPostgres, type ThrowawayPostgres } from "../../support/faults/postgres-server";
import { countFound, probePage, startWriters, timeUntilPagesServe } from "../../support/faults/writers";

const enabled = !!process.env.DATABASE_URL && canRunThrowawayPostgres();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// The targets are 2 s, and `npm run test:faults` measures them. This short form checks behaviour, not speed:
// CI machines are shared (a clean-clone run here saw load average 25, where starting the server alone took
// most of a minute), so it allows 10 s. The old behaviour (15–30 s waits, a crashed process) still fails it.
const DEADLINE_MS = 10_000;
// Each scenario starts a production server and runs writers for several seconds; on a loaded machine that
// outlasts the project's 60 s default.
const SCENARIO_TIMEOUT_MS = 240_000;

describe.skipIf(!enabled)("faults on PostgreSQL (short form)", () => {
  let pg: ThrowawayPostgres;
  let handle: DatabaseHandle;
  let dataDir: string;
  const servers: AppProcess[] = [];

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    handle = await createDatabase({ url: pg.url, max: 2 });
    await migrateDatabase(handle);
    dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-faults-"));
  });
  afterAll(async () => {
    for (const s of servers) if (s.alive()) s.child.kill("SIGKILL");
    await handle?.close().catch(() => {});
    pg?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async () => {
    const server = await startAppProcess({ buildDir: inject("buildDir"), env: { DATABASE_URL: pg.url, DATA_DIR: dataDir, SEARCH_WORKER: "off" } });
    servers.push(server);
    return server;
  };

  it(
    "survives a database restart under load: a kind 503 while it is away, serving again soon after its return, nothing acknowledged lost",
    async () => {
      const server = await start();
      const writers = startWriters(server.url, 10);
      await sleep(2_000);
      pg.stop("fast");
      const first = await probePage(server.url);
      await sleep(1_000);
      const during = await probePage(server.url);
      const page = await fetch(`${server.url}/learnings`).catch((error) => {
        throw new Error(`the server stopped answering (${String(error)}):\n${server.output().slice(-4000)}`);
      });
      const kindPage = await page.text();
      await sleep(1_000);
      const duringLater = await probePage(server.url);
      pg.start();
      const recoveryMs = await timeUntilPagesServe(server.url, 10_000);
      await sleep(1_500);
      const tally = await writers.stop();
      const found = await countFound(handle.db, tally.acknowledged);
      console.info(
        `db restart: acknowledged ${tally.acknowledged.length}, found ${found}, 503 ${tally.status503}, other 5xx ${tally.status5xx}, no answer ${tally.noAnswer}, statuses ${JSON.stringify(tally.statuses)}, first page after the stop ${first.status} in ${first.ms} ms, page while away ${during.status} in ${during.ms} ms, recovery ${recoveryMs} ms`,
      );

      expect(server.alive()).toBe(true);
      expect(first.status).toBe(503);
      expect(first.ms).toBeLessThan(DEADLINE_MS);
      expect(during.status).toBe(503);
      expect(during.ms).toBeLessThan(DEADLINE_MS);
      expect(duringLater).toMatchObject({ status: 503 });
      expect(duringLater.ms).toBeLessThan(DEADLINE_MS);
      expect(kindPage).toContain("We will be back in a moment");
      expect(recoveryMs).toBeGreaterThanOrEqual(0);
      expect(recoveryMs).toBeLessThan(DEADLINE_MS);
      expect(tally.acknowledged.length).toBeGreaterThan(0);
      expect(found).toBe(tally.acknowledged.length);
      // A query that fails because the database is away marks its request (entry.server's handleError),
      // so even a failure in the instant it goes or returns is the kind 503, never a 500.
      expect(tally.status5xx).toBe(0);
      expect(tally.noAnswer).toBe(0);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      server.child.kill("SIGTERM");
      await server.exited;
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    "on SIGTERM lets the requests in flight finish, then exits cleanly; every acknowledged write is in the database",
    async () => {
      const server = await start();
      const writers = startWriters(server.url, 20);
      await sleep(5_000);
      const before = writers.tally.acknowledged.length;
      server.child.kill("SIGTERM");
      const exit = await Promise.race([server.exited, sleep(25_000).then(() => null)]);
      const tally = await writers.stop();
      const found = await countFound(handle.db, tally.acknowledged);
      console.info(
        `sigterm: acknowledged ${tally.acknowledged.length} (${before} before the signal), found ${found}, 5xx ${tally.status5xx}, refused after close ${tally.noAnswer}`,
      );

      expect(exit).toEqual({ code: 0, signal: null });
      expect(tally.acknowledged.length).toBeGreaterThan(before);
      expect(found).toBe(tally.acknowledged.length);
      expect(tally.status5xx).toBe(0);
      expect(server.output()).toContain('"event":"server.stopped"');
      expect(server.output()).toMatch(/"cutOff":0/);
    },
    SCENARIO_TIMEOUT_MS,
  );
});
