import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { log } from "../utils/log.server";

const PROBE_TIMEOUT_MS = 1_000;
/** While the database is away it is probed this often, so pages come back soon after it does. */
const DOWN_PROBE_EVERY_MS = 250;
/** A probe result is reused for this long, so a burst of failing requests makes one probe, not hundreds. */
const FRESH_MS = 200;

export type DatabaseAvailability = {
  /** True when the last probe failed: requests are answered with the kind 503 page at once. */
  knownDown: () => boolean;
  /** Probes now (or reuses a result younger than 200 ms); resolves within about a second. */
  check: () => Promise<boolean>;
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
 * Watches whether the database answers, on the probe connection (not the page pool). It probes only
 * on demand (after a page failed) and, once the database is known to be away, every 250 ms until it
 * answers again, so pages switch back within a fraction of a second of its return.
 */
export function watchDatabaseAvailability(probeDb: Database): DatabaseAvailability {
  let down = false;
  let downSince = 0;
  let checkedAt = 0;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const probe = (): Promise<boolean> => {
    inFlight ??= pingDatabase(probeDb).then((ok) => {
      checkedAt = Date.now();
      inFlight = null;
      if (!ok && !down) {
        down = true;
        downSince = checkedAt;
        log("database.unreachable");
        scheduleWhileDown();
      } else if (ok && down) {
        down = false;
        log("database.reachable_again", { downMs: checkedAt - downSince });
      }
      return ok;
    });
    return inFlight;
  };
  const scheduleWhileDown = () => {
    if (stopped || !down) return;
    timer = setTimeout(() => void probe().then(scheduleWhileDown), DOWN_PROBE_EVERY_MS);
    timer.unref();
  };

  return {
    knownDown: () => down,
    check: () => (Date.now() - checkedAt < FRESH_MS && !inFlight ? Promise.resolve(!down) : probe()),
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
