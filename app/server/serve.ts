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
