import { searchOutboxEnabled } from "~/search/documents.server";
import { sql } from "drizzle-orm";
import { readFileSync } from "node:fs";
import path from "node:path";
import { executeRows, type Database } from "../../db/client";
import { searchHealth } from "~/search/search.server";
import { pingDatabase } from "~/server/availability";
import { getProbeDatabase } from "./probe.server";

let version: string | undefined;
function appVersion() {
  version ??= (JSON.parse(readFileSync(path.resolve("package.json"), "utf8")) as { version: string }).version;
  return version;
}

const STEP_TIMEOUT_MS = 1_000;

async function withDeadline<T>(work: Promise<T>, fallback: T, ms = STEP_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([work.catch(() => fallback), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export type OutboxState = { lag: number; failing: number } | null;

/**
 * Search outbox rows not yet synced, and how many of them have already failed at least once: a failing
 * outbox means search results are going stale, whatever the engine itself says.
 */
export async function readOutboxState(db: Database): Promise<OutboxState> {
  const [row] = await executeRows<{ lag: number | string; failing: number | string }>(
    db,
    sql`select count(*)::int as lag, (count(*) filter (where attempts > 0))::int as failing
        from search_outbox where processed_at is null`,
  );
  return { lag: Number(row?.lag ?? 0), failing: Number(row?.failing ?? 0) };
}

/** Emails (immediate notifications and queued platform emails) waiting for more than five minutes. */
export async function readEmailBacklog(db: Database): Promise<number> {
  const [row] = await executeRows<{ n: number | string }>(
    db,
    sql`select (select count(*) from notifications n join users u on u.id = n.user_id
                where n.emailed_at is null and n.email_wanted and u.email_preference = 'immediate'
                  and n.created_at < now() - interval '5 minutes')
             + (select count(*) from email_outbox where sent_at is null and created_at < now() - interval '5 minutes') as n`,
  );
  return Number(row?.n ?? 0);
}

/**
 * The health document served at /healthz. It runs on the probe connection with a one-second deadline
 * per step, so it answers within about two seconds even when the page pool is saturated or the
 * database is away.
 */
export async function checkHealth() {
  const db = await getProbeDatabase();
  const dbOk = await pingDatabase(db, STEP_TIMEOUT_MS);
  if (!dbOk) {
    return { status: "error", db: "error", search: "unknown", outboxLag: null, outboxFailing: null, emailBacklog: null, version: appVersion() };
  }
  const [outbox, emailBacklog, engine] = await Promise.all([
    withDeadline(readOutboxState(db), null as OutboxState),
    withDeadline(readEmailBacklog(db), null as number | null),
    withDeadline(
      searchHealth().then((h) => h.status as string),
      "unknown",
    ),
  ]);
  // Failing outbox rows mean results are going stale, whatever the engine itself reports.
  const search = outbox && outbox.failing > 0 ? "degraded" : engine;
  return {
    status: "ok",
    db: "ok",
    search,
    // Postgres search needs no outbox: the lag is reported only when the outbox is in use.
    outboxLag: outbox && searchOutboxEnabled() ? outbox.lag : null,
    outboxFailing: outbox?.failing ?? null,
    emailBacklog,
    version: appVersion(),
  };
}
