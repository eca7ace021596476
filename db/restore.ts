// `npm run restore -- FILE [--yes]`: replaces the database with a backup made by `npm run backup`.
// Asks first, since it overwrites what is there; `--yes` skips the question for scripts. With no
// terminal to ask (CI, cron) and no --yes, it refuses rather than guess.
import { createInterface } from "node:readline/promises";
import { backupTargetFromEnv, restoreBackup } from "./backup";

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim().toLowerCase() === "restore";
  } finally {
    rl.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("Say which backup to restore: npm run restore -- backups/restorative-<date>.dump (add --yes to skip the question).");
    process.exit(2);
  }
  const target = backupTargetFromEnv();
  const where =
    target.kind === "postgres" ? `the PostgreSQL database in DATABASE_URL (${new URL(target.url).pathname.slice(1)})` : `the PGlite folder ${target.dataDir}`;
  if (!args.includes("--yes")) {
    if (!process.stdin.isTTY) {
      console.error(`Restoring replaces everything in ${where}. There is no terminal to ask, so nothing was changed; run it again with --yes to go ahead.`);
      process.exit(2);
    }
    const ok = await confirm(`This replaces everything in ${where} with ${file}.\nType "restore" to go ahead: `);
    if (!ok) {
      console.log("Nothing was changed.");
      return;
    }
  }
  const started = Date.now();
  const { keptAside } = await restoreBackup(target, file);
  console.log(`Restored ${file} into ${where} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (keptAside) console.log(`The previous data folder is kept at ${keptAside}; delete it once you are happy with the restore.`);
  console.log("Run `npm run db:migrate` if the backup is older than this release, then start the server.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
