// `npm run backup [-- --out DIR]`: writes a dated backup of the database (see db/backup.ts).
import path from "node:path";
import { backupTargetFromEnv, writeBackup } from "./backup";

function argValue(args: string[], name: string) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const outDir = path.resolve(argValue(args, "--out") ?? process.env.BACKUP_DIR ?? "backups");
  const target = backupTargetFromEnv();
  const started = Date.now();
  const file = await writeBackup(target, outDir);
  console.log(`Backup written: ${file} (${target.kind}, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
