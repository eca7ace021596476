import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createProbeConnection, lastPoolConnectionClosedAt, type DatabaseHandle } from "../../db/client";
import { databaseOptionsFromEnv } from "../../db/options";
import { useProbeDatabase } from "../health/probe.server";
import { getEnv } from "../utils/env.server";
import { log } from "../utils/log.server";
import { watchDatabaseAvailability, type DatabaseAvailability } from "./availability";
import { installDriverCrashGuard } from "./driver-guard";
import { createHttpApp } from "./http";
import { boundHeapGrowth } from "./memory";

type ServeOptions = {
  buildDir?: string;
  port?: number;
  host?: string;
  availability?: DatabaseAvailability;
  draining?: () => boolean;
};

/** Loads the Remix server build and listens. Returns the server so callers can stop it. */
export async function serveBuild(options: ServeOptions = {}) {
  const env = getEnv();
  const buildDir = path.resolve(options.buildDir ?? "build");
  const build = (await import(pathToFileURL(path.join(buildDir, "index.js")).href)) as ServerBuild;
  const app = createHttpApp({
    build,
    publicDir: buildDir === path.resolve("build") ? path.resolve("public") : path.join(buildDir, "public"),
    mode: env.NODE_ENV,
    publicUrl: env.PUBLIC_URL,
    availability: options.availability,
    draining: options.draining,
  });
  const port = options.port ?? env.PORT;
  const host = options.host ?? env.HOST;
  const server: Server = await new Promise((resolve) => {
    const s = host ? app.listen(port, host, () => resolve(s)) : app.listen(port, () => resolve(s));
  });
  // Idle connections stay open longer than a load balancer's idle timeout (60 s on most), so the balancer closes
  // them, never the app just as the balancer reuses one (a reset request). Node's default is 5 s.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

/** Counts requests that have arrived and not yet finished, so shutdown can say what it waited for. */
function countInFlight(server: Server) {
  let inFlight = 0;
  server.on("request", (_req, res) => {
    inFlight += 1;
    res.once("close", () => {
      inFlight -= 1;
    });
  });
  return () => inFlight;
}

/**
 * Serves the build with the background work (search worker, scheduled jobs, email delivery) and shuts
 * down gracefully on SIGTERM/SIGINT: stop accepting connections, let requests in flight finish within
 * SHUTDOWN_GRACE_SECONDS, let the background work finish its current step, and only then close the
 * database pool and exit. A database outage never ends the process (see driver-guard and availability).
 */
export async function serveUntilStopped(handle: DatabaseHandle | { close: () => Promise<void> }, options: { buildDir?: string } = {}) {
  installDriverCrashGuard();
  boundHeapGrowth();
  const probe = "db" in handle ? await createProbeConnection(handle, databaseOptionsFromEnv()) : null;
  useProbeDatabase(probe?.db);
  const availability = probe
    ? watchDatabaseAvailability(probe.db, { refusesConnections: probe.refusesConnections, lastConnectionClosedAt: lastPoolConnectionClosedAt })
    : undefined;
  let draining = false;
  const server = await serveBuild({ ...options, availability, draining: () => draining });
  const inFlight = countInFlight(server);
  // Signals are handled from the moment the server listens, even while background work is starting.
  let stopBackground: () => Promise<void> = async () => {};
  let backgroundStarting: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    draining = true;
    const graceMs = getEnv().SHUTDOWN_GRACE_SECONDS * 1000;
    const waitingFor = inFlight();
    log("server.stopping", { signal, inFlight: waitingFor, graceMs });
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A connection whose request finishes from now on is closed at once instead of kept alive for 65 s.
    server.keepAliveTimeout = 1;
    server.closeIdleConnections();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), graceMs);
    });
    const [outcome] = await Promise.all([
      Promise.race([closed.then(() => "drained" as const), grace]),
      backgroundStarting.then(() => stopBackground()).catch((error) => log("background.stop_failed", { error: String((error as Error)?.name ?? "Error") })),
    ]);
    clearTimeout(timer);
    const cut = outcome === "timeout" ? inFlight() : 0;
    if (outcome === "timeout") server.closeAllConnections();
    availability?.stop();
    await probe?.close().catch(() => {});
    await handle.close().catch(() => {});
    log("server.stopped", { signal, waitedFor: waitingFor, cutOff: cut });
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  backgroundStarting = import("./background").then(async ({ startBackgroundWork }) => {
    const stopWork = await startBackgroundWork();
    if (stopping) return stopWork();
    stopBackground = stopWork;
    log("server.ready");
  });
  await backgroundStarting;
  return server;
}
