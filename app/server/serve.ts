import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createHttpApp } from "./http";
import { getEnv } from "../utils/env.server";

/** Loads the Remix server build and listens. Returns the server so callers can stop it. */
export async function serveBuild(options: { buildDir?: string; port?: number; host?: string } = {}) {
  const env = getEnv();
  const buildDir = path.resolve(options.buildDir ?? "build");
  const build = (await import(pathToFileURL(path.join(buildDir, "index.js")).href)) as ServerBuild;
  const app = createHttpApp({
    build,
    publicDir: buildDir === path.resolve("build") ? path.resolve("public") : path.join(buildDir, "public"),
    mode: env.NODE_ENV,
    publicUrl: env.PUBLIC_URL,
  });
  const port = options.port ?? env.PORT;
  const host = options.host ?? env.HOST;
  const server: Server = await new Promise((resolve) => {
    const s = host ? app.listen(port, host, () => resolve(s)) : app.listen(port, () => resolve(s));
  });
  return server;
}

/**
 * Serves the build with the background work (search worker, scheduled jobs) and stops both cleanly on
 * SIGTERM/SIGINT, closing the database so the process exits (remix-serve alone would hang on it).
 */
export async function serveUntilStopped(handle: { close: () => Promise<void> }, options: { buildDir?: string } = {}) {
  const server = await serveBuild(options);
  const { startBackgroundWork } = await import("./background");
  const stopBackground = await startBackgroundWork();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stopBackground();
    server.close();
    await handle.close().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return server;
}
