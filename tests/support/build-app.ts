import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

/**
 * Builds the Remix app once per test run into its own folder, so integration tests exercise the real
 * server bundle over real HTTP, and never overwrite a build someone is serving.
 */
export default function setup(project: TestProject) {
  const root = path.resolve(".test-build");
  spawnSync("mkdir", ["-p", root]);
  const dir = mkdtempSync(path.join(root, "run-"));
  const result = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "build"], {
    env: { ...process.env, REMIX_BUILD_DIR: dir, NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`remix build failed:\n${result.stderr}`);
  // The static files beside the build (favicon, robots.txt), as `npm start` serves them from ./public.
  cpSync(path.resolve("public"), path.join(dir, "public"), {
    recursive: true,
    filter: (src) => path.relative(path.resolve("public"), src).split(path.sep)[0] !== "build",
  });
  project.provide("buildDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    buildDir: string;
  }
}
