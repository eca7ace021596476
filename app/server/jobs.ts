import { sql } from "drizzle-orm";
import { executeRows, type Database } from "../../db/client";
import { eraseDueAccounts } from "../accounts/deletion.server";
import { sendDailyDigest, sendGatheringReminders } from "../circles/gatherings.server";
import { expireOverdueRequests } from "../directory/requests.server";
import { sendVerificationExpiryReminders } from "../directory/verification.server";
import { pruneFormSubmissions } from "../utils/form-token.server";
import { getDb } from "../utils/db.server";
import { getEnv } from "../utils/env.server";
import { log } from "../utils/log.server";
import { purgeExpiredRecords } from "./retention";

const FREQUENT_SLOT_MS = 5 * 60_000;
const FIRST_TICK_MS = 30_000;

export type ScheduledJob = {
  name: string;
  /** The run this moment belongs to (e.g. "2026-11-29T22:05" or "2026-11-29"); null when not due yet. */
  slot: (at: Date) => string | null;
  run: (db: Database) => Promise<unknown>;
};

const everyFiveMinutes = (at: Date) => new Date(Math.floor(at.getTime() / FREQUENT_SLOT_MS) * FREQUENT_SLOT_MS).toISOString().slice(0, 16);
const dailyFrom = (hourUtc: number) => (at: Date) => (at.getUTCHours() >= hourUtc ? at.toISOString().slice(0, 10) : null);

export const SCHEDULED_JOBS: ScheduledJob[] = [
  { name: "gatherings.reminders", slot: everyFiveMinutes, run: () => sendGatheringReminders() },
  { name: "directory.expire_requests", slot: everyFiveMinutes, run: () => expireOverdueRequests() },
  { name: "directory.verification_reminders", slot: everyFiveMinutes, run: () => sendVerificationExpiryReminders() },
  { name: "emails.daily_digest", slot: (at) => dailyFrom(getEnv().DIGEST_HOUR_UTC)(at), run: () => sendDailyDigest() },
  { name: "retention.purge", slot: dailyFrom(3), run: (db) => purgeExpiredRecords(db) },
  { name: "accounts.erase_due", slot: everyFiveMinutes, run: (db) => eraseDueAccounts(db) },
  { name: "forms.prune_tokens", slot: everyFiveMinutes, run: (db) => pruneFormSubmissions(db) },
];

export type RunOutcome = "ran" | "skipped" | "failed";

/**
 * Runs `job` for `slot` only if no process has claimed that slot yet. The claim is one insert into
 * job_runs (primary key job + slot) with ON CONFLICT DO NOTHING, so however many processes tick at the
 * same moment, exactly one of them runs the job; it works the same on PGlite and PostgreSQL.
 */
export async function runJobOnce(db: Database, job: Pick<ScheduledJob, "name" | "run">, slot: string): Promise<RunOutcome> {
  const claimed = await executeRows(db, sql`insert into job_runs (job, slot) values (${job.name}, ${slot}) on conflict do nothing returning job`);
  if (!claimed.length) return "skipped";
  let outcome: RunOutcome = "ran";
  try {
    await job.run(db);
  } catch (error) {
    outcome = "failed";
    // Logs carry the job's name and the error type, never content.
    log("jobs.failed", { job: job.name, slot, error: String((error as Error)?.name ?? "Error") });
  }
  await db.execute(sql`update job_runs set finished_at = now(), outcome = ${outcome} where job = ${job.name} and slot = ${slot}`);
  return outcome;
}

/** One pass over the schedule: every job whose current slot is due and unclaimed runs, one after another. */
export async function runDueJobs(db: Database, at = new Date(), jobs = SCHEDULED_JOBS) {
  const outcomes: Record<string, RunOutcome> = {};
  for (const job of jobs) {
    const slot = job.slot(at);
    if (slot === null) continue;
    try {
      outcomes[job.name] = await runJobOnce(db, job, slot);
    } catch (error) {
      outcomes[job.name] = "failed";
      log("jobs.claim_failed", { job: job.name, error: String((error as Error)?.name ?? "Error") });
    }
  }
  return outcomes;
}

/**
 * Scheduled work, safe to start in every app process: every JOBS_TICK_SECONDS (a minute) the process looks for
 * due runs and claims them (see runJobOnce). Returns a function that stops the schedule after the current pass.
 * The de-identifier's dictionaries (~120 MB) are not loaded here: they load on the first text screened, so a
 * process that only serves pages stays small (docs/performance.md).
 */
export function startScheduledJobs(): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let busy = false;
  const tick = () => {
    // A pass still running when the next tick comes (a short JOBS_TICK_SECONDS, a slow job) is not doubled.
    if (stopped || busy) return;
    busy = true;
    running = getDb()
      .then((db) => runDueJobs(db))
      .catch((error) => log("jobs.tick_failed", { error: String((error as Error)?.name ?? "Error") }))
      .finally(() => {
        busy = false;
      });
  };
  const tickMs = getEnv().JOBS_TICK_SECONDS * 1000;
  const first = setTimeout(tick, Math.min(FIRST_TICK_MS, tickMs));
  const timer = setInterval(tick, tickMs);
  timer.unref();
  first.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
