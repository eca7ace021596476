import { sql } from "drizzle-orm";
import { executeRows, type Database } from "../../db/client";
import { now } from "~/utils/clock.server";
import { log } from "~/utils/log.server";
import { ResilientSearchEngine } from "./engine/resilient";
import type { SearchEngine } from "./engine/types";

// Catching up after a search outage. Rows that failed back off (2 s, 4 s… up to 5 minutes), which is
// right while the engine is away and wrong once it is back: a ten-minute outage would otherwise leave
// search stale for up to five more minutes. So while the engine is away the worker probes it every
// couple of seconds, and the first probe that succeeds makes every backed-off row due at once.
//
// Only a return from an outage releases rows. A row that fails while the engine is healthy (a document
// the engine refuses) keeps its backoff, so it is not retried in a tight loop.

/** How often the engine is probed while it is away. */
export const RECOVERY_PROBE_EVERY_MS = 2_000;
/** A probe that takes longer than this counts as "still away". */
const PROBE_TIMEOUT_MS = 2_000;

/** Whether the engine that receives the writes answers; for Meilisearch behind the fallback, Meilisearch itself. */
export async function writeTargetHealthy(engine: SearchEngine): Promise<boolean> {
  const target = engine instanceof ResilientSearchEngine ? engine.primary : engine;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([target.health().catch(() => false), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Makes every row that is waiting out a backoff due now. Returns how many. */
export async function releaseBackedOffRows(db: Database): Promise<number> {
  const at = now().toISOString();
  const rows = await executeRows(
    db,
    sql`update search_outbox set next_attempt_at = ${at}::timestamptz
        where processed_at is null and attempts > 0 and next_attempt_at > ${at}::timestamptz
        returning id`,
  );
  return rows.length;
}

async function anyBackingOff(db: Database): Promise<boolean> {
  const rows = await executeRows(
    db,
    sql`select 1 from search_outbox where processed_at is null and attempts > 0 and next_attempt_at > ${now().toISOString()}::timestamptz limit 1`,
  );
  return rows.length > 0;
}

type EngineState = "unknown" | "up" | "down";

/**
 * Follows the write target's state for one worker. Call `afterDrain` after each drain with how many
 * rows failed; it returns how many backed-off rows it released (so the worker drains again at once).
 * A worker starts "unknown": rows left backing off by an earlier process are released if the engine answers.
 */
export function watchEngineRecovery(options: { db: Database; probe: () => Promise<boolean>; worker: string; probeEveryMs?: number }) {
  const probeEveryMs = options.probeEveryMs ?? RECOVERY_PROBE_EVERY_MS;
  let state: EngineState = "unknown";
  let probedAt = 0;
  let downSince = 0;

  return {
    state: () => state,
    afterDrain: async (failed: number): Promise<number> => {
      if (state === "up" && failed === 0) return 0;
      if (state === "down" && Date.now() - probedAt < probeEveryMs) return 0;
      if (state === "unknown" && !(await anyBackingOff(options.db))) {
        state = "up";
        return 0;
      }
      probedAt = Date.now();
      const healthy = await options.probe();
      if (!healthy) {
        if (state !== "down") {
          downSince = probedAt;
          log("search_outbox.engine_away", { worker: options.worker });
        }
        state = "down";
        return 0;
      }
      // Healthy, but rows failed: the engine refused them for their own reasons; their backoff stands.
      if (state === "up") return 0;
      const released = await releaseBackedOffRows(options.db);
      log("search_outbox.engine_back", { worker: options.worker, released, awayMs: downSince ? Date.now() - downSince : null });
      state = "up";
      return released;
    },
  };
}
