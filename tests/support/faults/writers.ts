import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { users } from "../../../db/schema";
import type { Database } from "../../../db/client";

export type WriterTally = {
  attempted: number;
  /** Emails of accounts whose sign-up the server acknowledged (302 to the check-email page). */
  acknowledged: string[];
  /** 5xx answers; 503 is counted apart: it is the kind "back in a moment" page. */
  status5xx: number;
  status503: number;
  /** Every status other than the acknowledgement, by code (0 for no answer). */
  statuses: Record<number, number>;
  /** Requests that got no HTTP answer at all (connection refused or reset). */
  noAnswer: number;
  /** When the last 503 or failure was seen, and the first success after it. */
  lastFailureAt: number;
  firstSuccessAfterFailureAt: number;
  /** Slowest answer to any request, in ms: a hung page shows here. */
  slowestMs: number;
  /** When each non-503 5xx arrived (ms since the epoch), to line them up with the server's log. */
  other5xxAt: number[];
  /** When each request that got no answer gave up (ms since the epoch). */
  noAnswerAt: number[];
};

const run = randomBytes(3).toString("hex");

/**
 * Writers that each create accounts through the real sign-up form as fast as the server answers. Each
 * acknowledged write carries a unique email, looked up in the database afterwards. Writers send
 * different X-Forwarded-For addresses (the server trusts its loopback proxy), like people on many networks.
 */
export function startWriters(url: string, count: number, options: { requestTimeoutMs?: number } = {}) {
  const tally: WriterTally = {
    attempted: 0,
    acknowledged: [],
    status5xx: 0,
    status503: 0,
    statuses: {},
    noAnswer: 0,
    lastFailureAt: 0,
    firstSuccessAfterFailureAt: 0,
    slowestMs: 0,
    other5xxAt: [],
    noAnswerAt: [],
  };
  let sequence = 0;
  const one = async (writer: number) => {
    sequence += 1;
    const email = `fault-${run}-${writer}-${sequence}@example.org`;
    const body = new URLSearchParams({ email, displayName: `Writer ${writer}`, password: "quiet harbour lanterns glow" });
    tally.attempted += 1;
    const started = Date.now();
    try {
      const r = await fetch(`${url}/signup`, {
        method: "POST",
        body,
        redirect: "manual",
        headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": `10.9.${writer}.1` },
        signal: AbortSignal.timeout(options.requestTimeoutMs ?? 30_000),
      });
      await r.arrayBuffer().catch(() => undefined);
      tally.slowestMs = Math.max(tally.slowestMs, Date.now() - started);
      if (r.status === 302 && (r.headers.get("location") ?? "").includes("/signup/check-email")) {
        tally.acknowledged.push(email);
        if (tally.lastFailureAt && !tally.firstSuccessAfterFailureAt) tally.firstSuccessAfterFailureAt = Date.now();
        return;
      }
      tally.statuses[r.status] = (tally.statuses[r.status] ?? 0) + 1;
      if (r.status === 503) tally.status503 += 1;
      else if (r.status >= 500) {
        tally.status5xx += 1;
        tally.other5xxAt.push(Date.now());
      }
    } catch {
      tally.slowestMs = Math.max(tally.slowestMs, Date.now() - started);
      tally.noAnswer += 1;
      tally.noAnswerAt.push(Date.now());
    }
    tally.lastFailureAt = Date.now();
    tally.firstSuccessAfterFailureAt = 0;
    await new Promise((r) => setTimeout(r, 50));
  };
  return runWriters(count, one, tally);
}

/** Runs `count` writers, each calling `one` until stopped; `stop()` waits for the requests in flight. */
export function runWriters<T>(count: number, one: (writer: number) => Promise<void>, tally: T) {
  let stopped = false;
  const loops = Array.from({ length: count }, async (_, writer) => {
    while (!stopped) await one(writer);
  });
  return {
    tally,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      return tally;
    },
  };
}

/** How many acknowledged sign-ups are really in the database. */
export async function countFound(db: Database, emails: string[]): Promise<number> {
  let found = 0;
  for (let i = 0; i < emails.length; i += 500) {
    const chunk = emails.slice(i, i + 500);
    found += (await db.select({ id: users.id }).from(users).where(inArray(users.email, chunk))).length;
  }
  return found;
}

/**
 * Polls a database-backed page until it answers 200; returns the time it took, or -1 after `timeoutMs`.
 * A slow answer is waited for (not abandoned after a few seconds), so a server that is busy rather than
 * broken is measured, not reported as never recovering.
 */
export async function timeUntilPagesServe(url: string, timeoutMs = 30_000, path = "/learnings"): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const r = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(Math.max(1_000, timeoutMs - (Date.now() - started))) });
      await r.arrayBuffer();
      if (r.status === 200) return Date.now() - started;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return -1;
}

/** Time for a database-backed page to answer, and its status. */
export async function probePage(url: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  try {
    const r = await fetch(`${url}/learnings`, { signal: AbortSignal.timeout(10_000) });
    await r.arrayBuffer();
    return { status: r.status, ms: Date.now() - started };
  } catch {
    return { status: 0, ms: Date.now() - started };
  }
}
