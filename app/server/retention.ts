import { sql } from "drizzle-orm";
import { executeRows, type Database } from "../../db/client";
import { log } from "../utils/log.server";

/**
 * What is kept and for how long, beyond the rows' own purpose. Each purge deletes rows nobody can use
 * any more; none of them is content a person wrote and might want back.
 */
export const RETENTION = {
  /** A rate-limit counter whose window closed a day ago counts nothing any more. */
  rateLimitDays: 1,
  /** Used or expired one-time links are kept a week, so support can see that a link was used. */
  usedTokensDays: 7,
  /** The scheduler's record of which job ran when. */
  jobRunsDays: 30,
  /** Sent platform emails (their bodies are blanked when sent): the record that an email went. */
  sentEmailsDays: 30,
} as const;

export type PurgeCounts = {
  expiredSessions: number;
  expiredRateLimits: number;
  usedOrExpiredTokens: number;
  leftoverDraftFindings: number;
  oldJobRuns: number;
  oldSentEmails: number;
};

async function deleted(db: Database, query: ReturnType<typeof sql>): Promise<number> {
  const rows = await executeRows<{ n: number | string }>(db, sql`with gone as (${query} returning 1) select count(*)::int as n from gone`);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Purges expired sessions, rate-limit counters whose window closed long ago, used or expired
 * one-time email links, and findings left behind by drafts that no longer exist (publication deletes
 * them; a crash or withdrawal could leave some). Each purge is counted in the log. One transaction,
 * so a failure purges nothing and the next run tries again.
 */
export async function purgeExpiredRecords(db: Database): Promise<PurgeCounts> {
  const counts = await db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    return {
      expiredSessions: await deleted(t, sql`delete from sessions where expires_at < now()`),
      expiredRateLimits: await deleted(t, sql`delete from rate_limits where resets_at < now() - make_interval(days => ${RETENTION.rateLimitDays})`),
      usedOrExpiredTokens: await deleted(
        t,
        sql`delete from email_tokens
            where used_at < now() - make_interval(days => ${RETENTION.usedTokensDays})
               or expires_at < now() - make_interval(days => ${RETENTION.usedTokensDays})`,
      ),
      leftoverDraftFindings: await deleted(
        t,
        sql`delete from learning_finding_decisions f
            where not exists (select 1 from learning_drafts d where d.learning_id = f.learning_id)`,
      ),
      oldJobRuns: await deleted(t, sql`delete from job_runs where started_at < now() - make_interval(days => ${RETENTION.jobRunsDays})`),
      oldSentEmails: await deleted(t, sql`delete from email_outbox where sent_at < now() - make_interval(days => ${RETENTION.sentEmailsDays})`),
    };
  });
  log("retention.purged", counts);
  return counts;
}
