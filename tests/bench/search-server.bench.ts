// The web server's start time and memory with a large library, on a PostgreSQL server: how long
// until /search finds the newest resource (not merely until /healthz answers), and the process's
// resident memory then and after a round of searches. Start time must not grow with the library.
//
//   DATABASE_URL=postgres://… npx tsx tests/bench/search-server.bench.ts [--resources=20000] [--build=DIR]
//
// Resources are synthetic (app/library/synthetic.ts) and go through the domain's own insert path.
// Run it from another checkout (e.g. main) to measure that version the same way (ADR 006).

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createDatabase, migrateDatabase } from "../../db/client";
import { insertResource } from "~/library/resources.server";
import { generateSyntheticResources } from "~/library/synthetic";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const RESOURCES = Number(arg("resources") ?? 20_000);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("Set DATABASE_URL to a PostgreSQL server this benchmark may create a scratch database on.");
  process.exit(2);
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function main() {
  const { default: postgres } = await import("postgres");
  const name = `rn_server_${randomBytes(5).toString("hex")}`;
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-server-bench-"));
  let buildDir = arg("build");
  const ownBuild = !buildDir;
  try {
    const handle = await createDatabase({ url: url.toString(), max: 2 });
    await migrateDatabase(handle);
    const inputs = generateSyntheticResources(RESOURCES, 7);
    const loadStart = performance.now();
    for (let start = 0; start < inputs.length; start += 500) {
      await handle.db.transaction(async (tx) => {
        for (const input of inputs.slice(start, start + 500)) await insertResource(tx, input, { actorId: null });
      });
    }
    // Nothing left for an outbox worker: only the start-up itself is measured.
    await handle.db.execute(sql`update search_outbox set processed_at = now() where processed_at is null`);
    await handle.db.execute(sql`analyze`);
    console.log(`${RESOURCES.toLocaleString("en")} resources written in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);
    await handle.close();

    if (!buildDir) {
      mkdirSync(path.resolve(".test-build"), { recursive: true });
      buildDir = mkdtempSync(path.join(path.resolve(".test-build"), "server-bench-"));
      const built = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "build"], {
        env: { ...process.env, REMIX_BUILD_DIR: buildDir, NODE_ENV: "production" },
        encoding: "utf8",
      });
      if (built.status !== 0) throw new Error(`remix build failed:\n${built.stderr}`);
    }
    const probe = String(RESOURCES); // the last title ends with "(N)"
    const port = await freePort();
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/e2e-serve.ts", buildDir], {
      env: { ...process.env, DATABASE_URL: url.toString(), DATA_DIR: dataDir, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const base = `http://127.0.0.1:${port}`;
    let healthyMs = 0;
    let searchReadyMs = 0;
    while (!searchReadyMs) {
      if (performance.now() - started > 300_000) throw new Error("the server was not ready within 5 minutes");
      try {
        if (!healthyMs && (await fetch(`${base}/healthz`)).ok) healthyMs = performance.now() - started;
        if (healthyMs) {
          const html = await (await fetch(`${base}/search?q=${encodeURIComponent(probe)}`)).text();
          if (!html.includes("Nothing found.") && !html.includes("simpler mode")) searchReadyMs = performance.now() - started;
        }
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const rssAtStart = rssMb(child.pid!);
    for (const q of ["harm", "restorative", "disclosure", "clinican", "open discl", "second victim", "medication", "trust"]) {
      await (await fetch(`${base}/search?q=${encodeURIComponent(q)}`)).text();
    }
    const rssAfter = rssMb(child.pid!);
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    console.log(`server: /healthz after ${(healthyMs / 1000).toFixed(1)} s; search ready (finds "${probe}") after ${(searchReadyMs / 1000).toFixed(1)} s`);
    console.log(`server RSS: ${rssAtStart.toFixed(0)} MB when search was ready, ${rssAfter.toFixed(0)} MB after 8 searches`);
  } finally {
    if (ownBuild && buildDir) rmSync(buildDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
}

await main();
