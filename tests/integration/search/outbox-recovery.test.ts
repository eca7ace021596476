// The search outbox recovers quickly: a crashed worker's rows are free again after a short lease, a live
// worker's heartbeat keeps its rows to itself however long the engine takes, and once the engine is back
// after an outage, rows waiting out a long backoff are sent at once. On PGlite and PostgreSQL.
import { isNull, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { searchOutbox } from "../../../db/schema";
import type { DatabaseHandle, Queryable } from "../../../db/client";
import { SEARCH_SOURCES } from "../../../app/search/sources.server";
import type { SearchDocument } from "../../../app/search/engine/types";
import { drainOutbox, LEASE_MS, processOutboxBatch, startOutboxWorker } from "../../../app/search/outbox.server";
import { watchEngineRecovery } from "../../../app/search/outbox-recovery.server";
import { createTestDatabase, testDriver } from "../../support/database";
import { createUser } from "../../support/people";
import { insertTestResource, RecordingEngine } from "./search-app";

let handle: DatabaseHandle;
let editorId: string;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  globalThis.__restorativeSearchOutbox = true;
  handle = await createTestDatabase();
  editorId = (await createUser(handle.db, { permissions: ["editor"] })).id;
});
afterAll(async () => {
  globalThis.__restorativeSearchOutbox = undefined;
  await handle?.close();
});
afterEach(async () => {
  globalThis.__restorativeClock = undefined;
  // Each test starts from an outbox with nothing pending.
  await handle.db.execute(sql`update search_outbox set processed_at = now(), leased_until = null where processed_at is null`);
});

const pendingRows = () => handle.db.select().from(searchOutbox).where(isNull(searchOutbox.processedAt));

/** An engine that can be switched off (every write refused, as by a server that is down) and on. */
class SwitchableEngine extends RecordingEngine {
  up = true;
  override async upsert(docs: SearchDocument[], indexUid?: string) {
    if (!this.up) throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
    return super.upsert(docs, indexUid);
  }
  override async health() {
    return this.up;
  }
}

/** An engine whose writes take `delayMs`. */
class SlowEngine extends RecordingEngine {
  constructor(private readonly delayMs: number) {
    super();
  }
  override async upsert(docs: SearchDocument[], indexUid?: string) {
    await sleep(this.delayMs);
    return super.upsert(docs, indexUid);
  }
}

describe(`search outbox recovery (${testDriver()})`, () => {
  it("frees the rows of a worker that crashed mid-batch after the short lease, not a minute later", async () => {
    const { id } = await insertTestResource(handle.db, editorId, { title: "Lease check after a crash" });
    // What a worker that claimed the row and then died leaves behind: a lease, no heartbeat.
    await handle.db.execute(sql`update search_outbox set leased_until = now() + make_interval(secs => ${LEASE_MS / 1000}) where processed_at is null`);
    const engine = new RecordingEngine();
    expect((await drainOutbox({ db: handle.db, engine })).claimed).toBe(0);

    globalThis.__restorativeClock = () => new Date(Date.now() + LEASE_MS + 1_000);
    expect(LEASE_MS).toBeLessThanOrEqual(15_000);
    const outcome = await drainOutbox({ db: handle.db, engine });
    expect(outcome).toMatchObject({ claimed: 1, processed: 1, failed: 0 });
    expect(engine.upserts.get(`resource:${id}`)).toBe(1);
    expect(await pendingRows()).toHaveLength(0);
  });

  it("renews a live worker's lease while a slow engine works, so no other worker takes its rows", async () => {
    const { id } = await insertTestResource(handle.db, editorId, { title: "Lease check with a slow engine" });
    const slow = new SlowEngine(1_500);
    const other = new RecordingEngine();
    const first = processOutboxBatch({ db: handle.db, engine: slow, leaseMs: 500, heartbeatMs: 100 });
    // Well past the first lease: without the heartbeat the other worker would claim the row now.
    await sleep(900);
    expect((await processOutboxBatch({ db: handle.db, engine: other, leaseMs: 500, heartbeatMs: 100 })).claimed).toBe(0);
    expect(await first).toMatchObject({ claimed: 1, processed: 1 });
    expect(slow.upserts.get(`resource:${id}`)).toBe(1);
    expect(other.upserts.size).toBe(0);
    const [row] = await handle.db
      .select()
      .from(searchOutbox)
      .where(sql`entity_id = ${id}`);
    expect(row!.processedAt).not.toBeNull();
    expect(row!.leasedUntil).toBeNull();
  });

  it("keeps the lease of the rows still being sent when other rows of the batch already failed", async () => {
    const good = await insertTestResource(handle.db, editorId, { title: "Lease kept for the good row" });
    const bad = await insertTestResource(handle.db, editorId, { title: "A row that cannot be read" });
    const resource = SEARCH_SOURCES.resource;
    const sources = {
      ...SEARCH_SOURCES,
      // One record at a time, and one of them cannot be read: it is marked failed before the slow send.
      resource: {
        kind: resource.kind,
        listIds: resource.listIds,
        load: async (db: Queryable, id: string) => {
          if (id === bad.id) throw new Error("cannot read this record");
          return resource.load(db, id);
        },
      },
    };
    const slow = new SlowEngine(1_000);
    const outcome = await processOutboxBatch({ db: handle.db, engine: slow, sources, leaseMs: 400, heartbeatMs: 100 });
    expect(outcome).toMatchObject({ claimed: 2, processed: 1, failed: 1 });
    expect(slow.upserts.get(`resource:${good.id}`)).toBe(1);
    const rows = await pendingRows();
    expect(rows.map((r) => r.entityId)).toEqual([bad.id]);
    expect(rows[0]!.leasedUntil).toBeNull();
  });

  it("releases rows backing off after an outage the moment a probe finds the engine back, and only then", async () => {
    await insertTestResource(handle.db, editorId, { title: "Backoff check one" });
    await insertTestResource(handle.db, editorId, { title: "Backoff check two" });
    // Rows that failed for a long outage: the next try is minutes away.
    await handle.db.execute(
      sql`update search_outbox set attempts = 8, last_error = 'connect ECONNREFUSED', next_attempt_at = now() + interval '5 minutes' where processed_at is null`,
    );
    let healthy = false;
    const recovery = watchEngineRecovery({ db: handle.db, probe: async () => healthy, worker: "test", probeEveryMs: 0 });
    expect(await recovery.afterDrain(0)).toBe(0);
    expect(recovery.state()).toBe("down");
    expect((await drainOutbox({ db: handle.db, engine: new RecordingEngine() })).claimed).toBe(0);

    healthy = true;
    expect(await recovery.afterDrain(0)).toBe(2);
    expect(recovery.state()).toBe("up");
    const engine = new RecordingEngine();
    expect(await drainOutbox({ db: handle.db, engine })).toMatchObject({ processed: 2, failed: 0 });
    expect((await engine.titlesFor("backoff check")).sort()).toEqual(["Backoff check one", "Backoff check two"]);
  });

  it("keeps the backoff of a row the engine refuses while it is healthy, so it is not retried in a loop", async () => {
    await insertTestResource(handle.db, editorId, { title: "Refused document" });
    const recovery = watchEngineRecovery({ db: handle.db, probe: async () => true, worker: "test", probeEveryMs: 0 });
    expect(await recovery.afterDrain(0)).toBe(0);
    expect(recovery.state()).toBe("up");
    await handle.db.execute(
      sql`update search_outbox set attempts = 3, last_error = 'invalid document', next_attempt_at = now() + interval '8 seconds' where processed_at is null`,
    );
    expect(await recovery.afterDrain(1)).toBe(0);
    const [row] = await pendingRows();
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 5_000);
  });

  it("a running worker catches up within seconds of the engine's return, whatever backoff the rows had reached", async () => {
    const engine = new SwitchableEngine();
    engine.up = false;
    const stop = startOutboxWorker({ db: handle.db, engine, pollMs: 50, probeEveryMs: 100, name: "test" });
    try {
      const { id } = await insertTestResource(handle.db, editorId, { title: "Caught up after the outage" });
      for (let i = 0; i < 100 && !(await pendingRows()).some((r) => r.attempts > 0); i += 1) await sleep(50);
      // As after a long outage: the next try would be five minutes away.
      await handle.db.execute(sql`update search_outbox set next_attempt_at = now() + interval '5 minutes' where processed_at is null`);
      const backAt = Date.now();
      engine.up = true;
      while ((await pendingRows()).length && Date.now() - backAt < 10_000) await sleep(50);
      expect(await pendingRows()).toHaveLength(0);
      expect(Date.now() - backAt).toBeLessThan(3_000);
      expect(engine.upserts.get(`resource:${id}`)).toBe(1);
    } finally {
      await stop();
    }
  });
});
