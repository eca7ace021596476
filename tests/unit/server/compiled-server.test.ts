// Production runs compiled JavaScript (build/server/*.js from scripts/server-build.mjs), never a TypeScript loader.
// This compiles every entry into a scratch folder inside the project (so packages resolve from node_modules) and
// runs the compiled start and migrate entries with plain node.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_ENTRIES, buildServer } from "../../../scripts/server-build.mjs";

const entries = SERVER_ENTRIES as Record<string, string>;
let out: string;
beforeAll(async () => {
  out = mkdtempSync(path.resolve(".cache", "server-build-"));
  await buildServer(out);
}, 120_000);
afterAll(() => out && rmSync(out, { recursive: true, force: true }));

describe("the compiled server", () => {
  it("has one JavaScript file per entry, and every npm script that runs the server goes through it", () => {
    for (const [name, source] of Object.entries(entries)) {
      expect(existsSync(source), source).toBe(true);
      expect(existsSync(path.join(out, `${name}.js`)), name).toBe(true);
    }
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string>; dependencies: Record<string, string> };
    for (const [script, entry] of [
      ["start", "start"],
      ["worker", "worker"],
      ["db:migrate", "migrate"],
      ["backup", "backup"],
      ["restore", "restore"],
      ["db:rerender-markdown", "rerender-markdown"],
    ]) {
      // The processes that de-identify also start with V8's --no-regexp-tier-up (app/deid/regexp-engine.ts).
      expect(pkg.scripts[script!], script).toMatch(new RegExp(`^node (?:--no-regexp-tier-up )?scripts/run\\.mjs ${entry}$`));
    }
    expect(pkg.scripts.build).toContain("node scripts/server-build.mjs");
    expect(Object.keys(pkg.dependencies), "no TypeScript loader among the production dependencies").not.toContain("tsx");
  });

  it("starts with plain node and reads its settings like the source does", () => {
    const result = spawnSync(process.execPath, [path.join(out, "start.js")], { env: { ...process.env, PORT: "99999" }, encoding: "utf8", timeout: 60_000 });
    expect(result.stderr.trim()).toBe('Invalid environment variable PORT: must be between 1 and 65535 (got "99999").');
    expect(result.status).toBe(1);
  });

  it("applies the migrations with plain node", () => {
    const dataDir = mkdtempSync(path.resolve(".cache", "migrate-"));
    try {
      const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
      delete (env as Record<string, string | undefined>).DATABASE_URL;
      const result = spawnSync(process.execPath, [path.join(out, "migrate.js")], { env, encoding: "utf8", timeout: 120_000 });
      expect(result.stderr).toBe("");
      expect(result.stdout.trim()).toBe("Migrations applied (pglite).");
      expect(result.status).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});
