import { sendDailyDigest, sendGatheringReminders } from "../circles/gatherings.server";
import { deidentify } from "../deid/index";
import { expireOverdueRequests } from "../directory/requests.server";
import { sendVerificationExpiryReminders } from "../directory/verification.server";
import { deliverEmails } from "../notifications/notifications.server";
import { pruneFormSubmissions } from "../utils/form-token.server";
import { getDb } from "../utils/db.server";
import { log } from "../utils/log.server";

const EVERY_MS = 5 * 60_000;
const DIGEST_HOUR_UTC = 7;

type Job = { name: string; run: () => Promise<unknown> };

// Each job is idempotent (it records what it sent), so two processes running them do no harm.
const FREQUENT: Job[] = [
  { name: "emails.immediate", run: () => deliverEmails("immediate") },
  { name: "gatherings.reminders", run: () => sendGatheringReminders() },
  { name: "directory.expire_requests", run: () => expireOverdueRequests() },
  { name: "directory.verification_reminders", run: () => sendVerificationExpiryReminders() },
  { name: "forms.prune_tokens", run: async () => pruneFormSubmissions(await getDb()) },
];
const DAILY: Job = { name: "emails.daily_digest", run: () => sendDailyDigest() };

async function runJob(job: Job) {
  try {
    await job.run();
  } catch (error) {
    // Logs carry the job's name and the error type, never content.
    log("jobs.failed", { job: job.name, error: String((error as Error)?.name ?? "Error") });
  }
}

/**
 * Scheduled work: emails, reminders and expiries every five minutes, the daily digest once a day at
 * 07:00 UTC. Also loads the de-identifier's dictionaries now, so the first post screened is not slow.
 * Returns a function that stops the schedule.
 */
export function startScheduledJobs(): () => Promise<void> {
  let lastDigestDay = "";
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      for (const job of FREQUENT) await runJob(job);
      const nowUtc = new Date();
      const day = nowUtc.toISOString().slice(0, 10);
      if (nowUtc.getUTCHours() === DIGEST_HOUR_UTC && day !== lastDigestDay) {
        lastDigestDay = day;
        await runJob(DAILY);
      }
    })();
  };
  const warmUp = setTimeout(() => deidentify("Warm-up text seen on 1 March 2024 by Dr Example at Example Hospital."), 100);
  const first = setTimeout(tick, 30_000);
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  return async () => {
    clearTimeout(warmUp);
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
