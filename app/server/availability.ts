import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { log } from "../utils/log.server";

const PROBE_TIMEOUT_MS = 1_000;
/** While the database is away it is probed this often, so pages come back soon after it does. */
const DOWN_PROBE_EVERY_MS = 250;
/** While it answers, it is probed this often, so an outage is noticed before pages queue on it. */
const UP_PROBE_EVERY_MS = 500;
/** A probe result is reused for this long, so a burst of failing requests makes one probe, not hundreds. */
const FRESH_MS = 200;

export type DatabaseAvailability = {
  /** True when the last probe failed: requests are answered with the kind 503 page at once. */
  knownDown: () => boolean;
  /** Probes now (or reuses an "away" younger than 200 ms, or a probe under way); resolves within about a second. */
  check: () => Promise<boolean>;
  /**
   * True when the database was away at some moment since `since` (a request's start), or a pooled
   * connection closed in the last five seconds: a page that failed then met the outage, not a bug.
   */
  outageSince: (since: number) => boolean;
  /**
   * Calls `listener` when the database is next found to be away (soon, if it is away now), once; returns the function
   * that cancels it. A listener, not a promise: a request that raced a long-lived promise would stay reachable from it
   * until the next outage, which leaked every request's response while the database was up.
   */
  onDown: (listener: () => void) => () => void;
  stop: () => void;
};

/** Runs `select 1` with a deadline; a hung connection counts as down. */
export async function pingDatabase(db: Database, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true as const), deadline]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Watches whether the database answers, on the probe connection (not the page pool): twice a second
 * while it does, at once after a page failed, and every 250 ms while it is away, so pages switch to the
 * kind 503 within about half a second of an outage and back within a fraction of a second of its return.
 */
export function watchDatabaseAvailability(
  probeDb: Database,
  options: { refusesConnections?: () => Promise<boolean>; lastConnectionClosedAt?: () => number } = {},
): DatabaseAvailability {
  const { refusesConnections, lastConnectionClosedAt } = options;
  let down = false;
  let downSince = 0;
  let recoveredAt = 0;
  let checkedAt = 0;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const downListeners = new Set<() => void>();
  const announceDown = () => {
    const listeners = [...downListeners];
    downListeners.clear();
    for (const listener of listeners) listener();
  };

  const probe = (): Promise<boolean> => {
    // A refused TCP connection answers in a millisecond; the driver would retry until its connect timeout.
    const ping = async () => !(refusesConnections && (await refusesConnections())) && (await pingDatabase(probeDb));
    inFlight ??= ping().then((ok) => {
      checkedAt = Date.now();
      inFlight = null;
      if (!ok && !down) {
        down = true;
        downSince = checkedAt;
        log("database.unreachable");
        announceDown();
        schedule();
      } else if (ok && down) {
        down = false;
        recoveredAt = checkedAt;
        log("database.reachable_again", { downMs: checkedAt - downSince });
      }
      return ok;
    });
    return inFlight;
  };
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void probe().then(schedule), down ? DOWN_PROBE_EVERY_MS : UP_PROBE_EVERY_MS);
    timer.unref();
  };
  schedule();

  return {
    knownDown: () => down,
    // A recent "away" is reused; a recent "fine" is not, since a page has just failed and may be the first sign.
    // A probe already under way may have started before the failure, so a "fine" from it is asked again.
    check: async () => {
      if (down && Date.now() - checkedAt < FRESH_MS && !inFlight) return false;
      const joined = inFlight !== null;
      const ok = await probe();
      return ok && joined ? probe() : ok;
    },
    outageSince: (since) => down || recoveredAt >= since || (!!lastConnectionClosedAt && Date.now() - lastConnectionClosedAt() < 5_000),
    onDown: (listener) => {
      if (down) {
        queueMicrotask(listener);
        return () => {};
      }
      downListeners.add(listener);
      return () => void downListeners.delete(listener);
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** The page people see while the database is away: calm, honest, and it does not blame them. */
export function unavailablePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back in a moment · Restorative Network</title>
<link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1f2933}a{color:#1d4f91}</style>
</head>
<body>
<main id="main">
<h1>We will be back in a moment</h1>
<p>The site cannot reach its records just now. This is on our side, not yours, and it usually passes within a minute.</p>
<p>If you were sending something, it may not have been saved. Use your browser's Back button: what you typed should still be there, so you can send it again shortly.</p>
<p><a href="">Try this page again</a>. If you need to talk to someone now, please contact your local support or emergency line.</p>
</main>
</body>
</html>
`;
}
