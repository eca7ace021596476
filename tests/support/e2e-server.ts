import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Browser tests run against the production build: build it, seed the demo network into a fresh
 * database (PGlite in a temp folder, or DATABASE_URL), then start the real server and wait for /healthz.
 */
export default async function setup(project: TestProject) {
  const root = path.resolve(".test-build");
  spawnSync("mkdir", ["-p", root]);
  const buildDir = mkdtempSync(path.join(root, "e2e-"));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-e2e-"));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATA_DIR: dataDir, REMIX_BUILD_DIR: buildDir };
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, args, { env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  };
  run([path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "build"]);
  cpSync(path.resolve("public"), path.join(buildDir, "public"), {
    recursive: true,
    filter: (src) => path.relative(path.resolve("public"), src).split(path.sep)[0] !== "build",
  });
  run(["--import", "tsx", "db/seed.ts", "--force"]);
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "tests/support/e2e-serve.ts", buildDir], {
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const r = await fetch(`${baseUrl}/healthz`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error("the e2e server did not start within 120 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide("e2eBaseUrl", baseUrl);
  project.provide("e2eDataDir", dataDir);
  project.provide("e2eBuildDir", buildDir);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eDataDir: string;
    /** The production build the server runs, for suites that serve it in-process with their own data. */
    e2eBuildDir: string;
  }
}
