// `npm run db:check`: fails when db/schema and the committed migrations in db/migrations disagree.
// It runs drizzle-kit generate against a scratch copy of the migrations; any new SQL means drift.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// drizzle-kit wants a relative output folder, so the scratch copy lives under .cache/ (git-ignored).
mkdirSync(".cache", { recursive: true });
const scratch = path.relative(process.cwd(), mkdtempSync(path.join(".cache", "migration-check-")));
try {
  cpSync(path.resolve("db/migrations"), scratch, { recursive: true });
  const before = readdirSync(scratch).filter((f) => f.endsWith(".sql")).length;
  const config = path.join(scratch, "drizzle.check.config.mjs");
  writeFileSync(config, `export default { dialect: "postgresql", schema: "./db/schema/index.ts", out: ${JSON.stringify("./" + scratch)} };\n`);
  const result = spawnSync(process.execPath, [path.resolve("node_modules/drizzle-kit/bin.cjs"), "generate", "--config", config, "--name", "drift"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const after = readdirSync(scratch).filter((f) => f.endsWith(".sql")).length;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0 || (after === before && !/No schema changes/i.test(output))) {
    console.error(`drizzle-kit could not compare the schema with the migrations:\n${output}`);
    process.exitCode = 1;
  } else if (after !== before) {
    console.error("The schema in db/schema does not match the committed migrations. Run `npm run db:generate -- --name <change>` and commit db/migrations.");
    process.exitCode = 1;
  } else {
    console.log(`Schema and migrations agree (${before} migrations).`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
