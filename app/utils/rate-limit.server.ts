import { inArray, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { rateLimits } from "../../db/schema";
import { now } from "./clock.server";
import { sha256 } from "./ids.server";

export type Bucket = {
  /** What is counted, e.g. "sign-in:account" or "sign-in:ip". */
  scope: string;
  /** Whom it is counted for (an email, an IP). Stored only as a hash. */
  subject: string;
  limit: number;
  windowMs: number;
};

/** The stored key for a bucket: the scope in clear (for operators), the subject hashed (no emails in rows). */
const bucketKey = (bucket: Pick<Bucket, "scope" | "subject">) => `${bucket.scope}:${sha256(bucket.subject)}`;

/**
 * Counts one attempt in every bucket and says whether all of them are still within their limit. Counting
 * and deciding happen in one INSERT … ON CONFLICT … RETURNING statement: the row lock makes concurrent
 * attempts queue, so with a limit of 10 exactly 10 of 60 simultaneous attempts are allowed, in every
 * process. A window starts at the first attempt and lasts windowMs; refused attempts are counted too.
 */
export async function takeAttempt(db: Queryable, buckets: Bucket[]): Promise<{ allowed: boolean; retryAfterMs: number }> {
  const at = now();
  // A raw Date parameter works on PGlite but not on postgres.js: pass it as text and cast.
  const atSql = sql`${at.toISOString()}::timestamptz`;
  const rows = await db
    .insert(rateLimits)
    .values(buckets.map((b) => ({ key: bucketKey(b), attempts: 1, resetsAt: new Date(at.getTime() + b.windowMs) })))
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        attempts: sql`case when rate_limits.resets_at <= ${atSql} then 1 else rate_limits.attempts + 1 end`,
        resetsAt: sql`case when rate_limits.resets_at <= ${atSql} then excluded.resets_at else rate_limits.resets_at end`,
      },
    })
    .returning({ key: rateLimits.key, attempts: rateLimits.attempts, resetsAt: rateLimits.resetsAt });
  let allowed = true;
  let retryAfterMs = 0;
  for (const b of buckets) {
    const row = rows.find((r) => r.key === bucketKey(b));
    if (row && row.attempts > b.limit) {
      allowed = false;
      retryAfterMs = Math.max(retryAfterMs, new Date(row.resetsAt).getTime() - at.getTime());
    }
  }
  return { allowed, retryAfterMs };
}

/** Gives back one attempt (e.g. after a successful sign-in, so only failures use up the limit). */
export async function refundAttempt(db: Queryable, buckets: Pick<Bucket, "scope" | "subject">[]) {
  await db
    .update(rateLimits)
    .set({ attempts: sql`greatest(${rateLimits.attempts} - 1, 0)` })
    .where(inArray(rateLimits.key, buckets.map(bucketKey)));
}

/** How many attempts a bucket has used in its current window (for tests and operators). */
export async function attemptsUsed(db: Queryable, bucket: Pick<Bucket, "scope" | "subject">) {
  const [row] = await db
    .select()
    .from(rateLimits)
    .where(inArray(rateLimits.key, [bucketKey(bucket)]));
  return row && new Date(row.resetsAt) > now() ? row.attempts : 0;
}
