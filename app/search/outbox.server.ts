import { sql } from "drizzle-orm";
import { executeRows, type Database } from "../../db/client";
import type { SearchEntityKind } from "../../db/schema";
import { now } from "~/utils/clock.server";
import type { SearchDocument, SearchEngine } from "./engine/types";
import { log } from "~/utils/log.server";
import { watchEngineRecovery, writeTargetHealthy } from "./outbox-recovery.server";
import { loadDocuments, SEARCH_SOURCES, searchDocumentId, type SearchSource } from "./sources.server";

// The search sync worker. Writers add an outbox row in the transaction of their change; this worker
// claims due rows, reads each record's CURRENT snapshot and sends an upsert (or a delete when the
// record is gone or no longer public), then marks the rows done. When the engine is unreachable the
// rows are retried with capped exponential backoff, recorded in attempts / next_attempt_at / last_error.
//
// Several workers may run at once (in-process and `npm run worker`). A claim is one short
// transaction that takes due rows with FOR UPDATE SKIP LOCKED and leases them (leased_until), so no
// network call ever happens inside a transaction. The lease is short and a heartbeat renews it while
// the worker works, so the rows of a worker that crashed are claimable again within LEASE_MS. A row is
// not claimed while another row of the same record is leased or backing off: a record's snapshot is
// therefore only ever read by one worker at a time, and a slow worker cannot overwrite a newer
// snapshot with an older one. A worker that loses its lease (its heartbeat could not renew it) sends
// nothing more and marks nothing: the rows belong to whoever claims them next.

export const DEFAULT_BATCH_SIZE = 100;
/** How long a claim holds its rows without a heartbeat: a crashed worker's rows wait at most this long. */
export const LEASE_MS = 10_000;
/** The heartbeat renews the lease this often while a batch is being worked on. */
export const HEARTBEAT_MS = 3_000;
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/** Delay before the next try after `attempts` failures: 2 s, 4 s, 8 s… capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

type ClaimedRow = { id: number; entity_kind: SearchEntityKind; entity_id: string; attempts: number };
/** The rows of one claim and the lease instant that proves they are still ours. */
type Claim = {
  rows: ClaimedRow[];
  lease: Date;
  /** Rows not yet marked done or failed: the ones the heartbeat still renews. */
  held: Set<number>;
  /** Renewals and marks run one after another, so a mark never races a renewal of the same rows. */
  queue: Promise<unknown>;
};

/** Runs `work` after the claim's earlier renewals and marks have finished. */
function inTurn<T>(claim: Claim, work: () => Promise<T>): Promise<T> {
  const run = claim.queue.then(work, work);
  claim.queue = run.catch(() => {});
  return run;
}

export type OutboxWorkerOptions = {
  db: Database;
  engine: SearchEngine;
  batchSize?: number;
  sources?: Record<SearchEntityKind, SearchSource>;
  indexUid?: string;
  /** Lease and heartbeat periods (LEASE_MS, HEARTBEAT_MS); tests shorten them. */
  leaseMs?: number;
  heartbeatMs?: number;
};

export type BatchOutcome = { claimed: number; processed: number; failed: number };

async function claimBatch(db: Database, batchSize: number, leaseMs: number): Promise<Claim> {
  const at = now().toISOString();
  const lease = new Date(now().getTime() + leaseMs);
  const rows = await db.transaction((tx) =>
    executeRows<ClaimedRow>(
      tx,
      sql`with due as (
            select o.id from search_outbox o
            where o.processed_at is null
              and o.next_attempt_at <= ${at}::timestamptz
              and (o.leased_until is null or o.leased_until <= ${at}::timestamptz)
              and not exists (
                select 1 from search_outbox busy
                where busy.entity_kind = o.entity_kind and busy.entity_id = o.entity_id and busy.processed_at is null
                  and (busy.next_attempt_at > ${at}::timestamptz or busy.leased_until > ${at}::timestamptz))
            order by o.id
            limit ${batchSize}
            for update of o skip locked)
          update search_outbox s set leased_until = ${lease.toISOString()}::timestamptz
          from due where s.id = due.id
          returning s.id, s.entity_kind, s.entity_id, s.attempts`,
    ),
  );
  return { rows, lease, held: new Set(rows.map((r) => r.id)), queue: Promise.resolve() };
}

const idList = (ids: number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
/** Only rows this claim still holds: a lease another worker has since taken is left alone. */
const stillOurs = (claim: Claim) => sql`leased_until = ${claim.lease.toISOString()}::timestamptz`;

/**
 * Pushes the claim's lease forward. Returns false when the rows are no longer ours (the lease ran out
 * and another worker took them) or the database could not be reached.
 */
async function renewLease(db: Database, claim: Claim, leaseMs: number): Promise<boolean> {
  if (!claim.held.size) return true;
  const lease = new Date(now().getTime() + leaseMs);
  try {
    const renewed = await executeRows(
      db,
      sql`update search_outbox set leased_until = ${lease.toISOString()}::timestamptz
          where id in (${idList([...claim.held])}) and ${stillOurs(claim)} returning id`,
    );
    if (renewed.length !== claim.held.size) return false;
    claim.lease = lease;
    return true;
  } catch {
    return false;
  }
}

/** Renews the claim's lease every `heartbeatMs` until stopped; `lost()` says whether a renewal failed. */
function keepLeaseAlive(db: Database, claim: Claim, leaseMs: number, heartbeatMs: number) {
  let lost = false;
  const timer = setInterval(() => {
    void inTurn(claim, async () => {
      if (!lost && !(await renewLease(db, claim, leaseMs))) lost = true;
    });
  }, heartbeatMs);
  timer.unref();
  return {
    lost: () => lost,
    stop: async () => {
      clearInterval(timer);
      await claim.queue;
    },
  };
}

async function markDone(db: Database, claim: Claim, ids: number[]) {
  if (!ids.length) return;
  await inTurn(claim, async () => {
    await db.execute(
      sql`update search_outbox set processed_at = ${now().toISOString()}::timestamptz, last_error = null, leased_until = null
          where id in (${idList(ids)}) and ${stillOurs(claim)}`,
    );
    for (const id of ids) claim.held.delete(id);
  });
}

async function markFailed(db: Database, claim: Claim, rows: ClaimedRow[], error: unknown) {
  // Error messages from engines and loaders carry ids and reasons, not record content.
  const message = String((error as Error)?.message ?? error).slice(0, 500);
  await inTurn(claim, async () => {
    for (const row of rows) {
      const attempts = Number(row.attempts) + 1;
      const next = new Date(now().getTime() + backoffMs(attempts));
      await db.execute(
        sql`update search_outbox set attempts = ${attempts}, next_attempt_at = ${next.toISOString()}::timestamptz, last_error = ${message}, leased_until = null
            where id = ${row.id} and ${stillOurs(claim)}`,
      );
      claim.held.delete(row.id);
    }
  });
}

/** Claims one batch of due rows and syncs it, renewing the claim's lease while it works. */
export async function processOutboxBatch(options: OutboxWorkerOptions): Promise<BatchOutcome> {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const claim = await claimBatch(options.db, options.batchSize ?? DEFAULT_BATCH_SIZE, leaseMs);
  if (!claim.rows.length) return { claimed: 0, processed: 0, failed: 0 };
  const heartbeat = keepLeaseAlive(options.db, claim, leaseMs, options.heartbeatMs ?? HEARTBEAT_MS);
  try {
    return await syncClaim(options, claim, heartbeat.lost);
  } finally {
    await heartbeat.stop();
  }
}

async function syncClaim(options: OutboxWorkerOptions, claim: Claim, leaseLost: () => boolean): Promise<BatchOutcome> {
  const { db, engine } = options;
  const sources = options.sources ?? SEARCH_SOURCES;
  // One snapshot per record, however many rows it has in the batch.
  const rowsByRecord = new Map<string, ClaimedRow[]>();
  for (const row of claim.rows) {
    const key = searchDocumentId(row.entity_kind, row.entity_id);
    rowsByRecord.set(key, [...(rowsByRecord.get(key) ?? []), row]);
  }
  const upserts: Array<{ doc: SearchDocument; rows: ClaimedRow[] }> = [];
  const deletes: Array<{ id: string; rows: ClaimedRow[] }> = [];
  let failed = 0;
  // Snapshots are loaded per kind, in one query where the source allows it.
  const recordsByKind = new Map<SearchEntityKind, string[]>();
  for (const rows of rowsByRecord.values()) {
    const { entity_kind: kind, entity_id: entityId } = rows[0]!;
    recordsByKind.set(kind, [...(recordsByKind.get(kind) ?? []), entityId]);
  }
  const fail = async (rows: ClaimedRow[], error: unknown) => {
    failed += rows.length;
    await markFailed(db, claim, rows, error);
  };
  for (const [kind, entityIds] of recordsByKind) {
    const rowsOf = (entityId: string) => rowsByRecord.get(searchDocumentId(kind, entityId))!;
    const accept = (entityId: string, doc: SearchDocument | null) => {
      if (doc) upserts.push({ doc, rows: rowsOf(entityId) });
      else deletes.push({ id: searchDocumentId(kind, entityId), rows: rowsOf(entityId) });
    };
    const source = sources[kind];
    if (!source) {
      await fail(entityIds.flatMap(rowsOf), new Error(`No search source for kind "${kind}"`));
    } else if (source.loadMany) {
      try {
        const loaded = await loadDocuments(source, db, entityIds);
        for (const entityId of entityIds) accept(entityId, loaded.get(entityId) ?? null);
      } catch (error) {
        await fail(entityIds.flatMap(rowsOf), error);
      }
    } else {
      // One at a time, so one record that cannot be read does not hold back the others.
      for (const entityId of entityIds) {
        try {
          accept(entityId, await source.load(db, entityId));
        } catch (error) {
          await fail(rowsOf(entityId), error);
        }
      }
    }
  }

  let processed = 0;
  const send = async <T extends { rows: ClaimedRow[] }>(items: T[], call: () => Promise<void>) => {
    // Rows whose lease was lost may already be with another worker, with a newer snapshot: hands off.
    if (!items.length || leaseLost()) return;
    const rows = items.flatMap((i) => i.rows);
    try {
      await call();
      await markDone(
        db,
        claim,
        rows.map((r) => r.id),
      );
      processed += rows.length;
    } catch (error) {
      failed += rows.length;
      await markFailed(db, claim, rows, error);
    }
  };
  await send(upserts, () =>
    engine.upsert(
      upserts.map((u) => u.doc),
      options.indexUid,
    ),
  );
  await send(deletes, () =>
    engine.delete(
      deletes.map((d) => d.id),
      options.indexUid,
    ),
  );
  return { claimed: claim.rows.length, processed, failed };
}

/**
 * Processes batches until nothing is due (rows that failed wait for their backoff). `afterBatch` is told
 * each batch's outcome and may ask for another batch even when nothing was claimed (rows just released).
 */
export async function drainOutbox(
  options: OutboxWorkerOptions & { maxBatches?: number; afterBatch?: (outcome: BatchOutcome) => Promise<boolean>; stopped?: () => boolean },
): Promise<BatchOutcome> {
  const total: BatchOutcome = { claimed: 0, processed: 0, failed: 0 };
  for (let i = 0; i < (options.maxBatches ?? 1000) && !options.stopped?.(); i += 1) {
    const outcome = await processOutboxBatch(options);
    total.claimed += outcome.claimed;
    total.processed += outcome.processed;
    total.failed += outcome.failed;
    const more = options.afterBatch ? await options.afterBatch(outcome) : false;
    if (!outcome.claimed && !more) break;
  }
  return total;
}

/**
 * Runs the worker until stopped: drains, then waits `pollMs`. After failures it watches the engine
 * (outbox-recovery.server.ts) and, once the engine is back, drains the backed-off rows at once.
 * Returns a stop function that waits for the current batch to finish.
 */
export function startOutboxWorker(
  options: OutboxWorkerOptions & { pollMs?: number; name?: string; probe?: () => Promise<boolean>; probeEveryMs?: number },
): () => Promise<void> {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const pollMs = options.pollMs ?? 1_000;
  const worker = options.name ?? "inline";
  const recovery = watchEngineRecovery({
    db: options.db,
    probe: options.probe ?? (() => writeTargetHealthy(options.engine)),
    worker,
    probeEveryMs: options.probeEveryMs,
  });
  const tick = () => {
    running = (async () => {
      let total: BatchOutcome = { claimed: 0, processed: 0, failed: 0 };
      try {
        // The engine's state is followed after every batch, not only once the outbox is empty: under a
        // steady stream of writes it may never be.
        total = await drainOutbox({ ...options, stopped: () => stopped, afterBatch: async (outcome) => (await recovery.afterDrain(outcome.failed)) > 0 });
      } catch (error) {
        log("search_outbox.error", { worker, error: String((error as Error)?.name ?? "Error") });
      }
      if (total.claimed) log("search_outbox.drained", { worker, ...total });
      if (!stopped) timer = setTimeout(tick, pollMs);
    })();
  };
  tick();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
