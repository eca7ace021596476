// Backups (`npm run backup`, db/backup-cli.ts) and restores (`npm run restore`): writes a dated backup of the database: `pg_dump -Fc` for PostgreSQL
// (DATABASE_URL), PGlite's own dump of its data folder otherwise. See docs/operations.md for the schedule.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseOptionsFromEnv } from "./options";

const PG_BIN_DEFAULT = "/usr/lib/postgresql/15/bin";

/** pg_dump / pg_restore from PG_BIN, else Debian's PostgreSQL 15 folder, else the PATH. */
export function pgTool(name: "pg_dump" | "pg_restore") {
  const dir = process.env.PG_BIN ?? PG_BIN_DEFAULT;
  const full = path.join(dir, name);
  return existsSync(full) ? full : name;
}

/** "2026-11-29T22-05-09Z": sorts by time and is safe in file names on every system. */
export function backupStamp(at = new Date()) {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-");
}

export type BackupTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function backupTargetFromEnv(env: NodeJS.ProcessEnv = process.env): BackupTarget {
  const options = databaseOptionsFromEnv(env);
  return options.url ? { kind: "postgres", url: options.url } : { kind: "pglite", dataDir: options.dataDir! };
}

/** Writes one backup file into `outDir` and returns its path. */
export async function writeBackup(target: BackupTarget, outDir: string, at = new Date()): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  if (target.kind === "postgres") {
    const file = path.join(outDir, `restorative-${backupStamp(at)}.dump`);
    // Custom format: compressed, and pg_restore can restore it whole or table by table.
    execFileSync(pgTool("pg_dump"), ["-Fc", "--no-owner", "-f", file, "-d", target.url], { stdio: ["ignore", "inherit", "inherit"] });
    return file;
  }
  // PGlite takes no lock across processes: dumping a folder a running server is writing could copy it
  // half-written. The lock file below is how `npm start` says it is running.
  if (existsSync(path.join(target.dataDir, "postmaster.pid"))) {
    throw new Error(`The PGlite data folder ${target.dataDir} looks in use (postmaster.pid is there). Stop the server, then run the backup again.`);
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(target.dataDir);
  try {
    const dump = await db.dumpDataDir("gzip");
    const file = path.join(outDir, `restorative-${backupStamp(at)}.pglite.tar.gz`);
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return file;
  } finally {
    await db.close();
  }
}

/**
 * Replaces the database with the backup in `file`. PostgreSQL: pg_restore --clean in one transaction, so
 * a failed restore leaves the database as it was. PGlite: the current folder is kept beside the restored
 * one (renamed with a timestamp) rather than deleted.
 */
export async function restoreBackup(target: BackupTarget, file: string): Promise<{ keptAside?: string }> {
  if (!existsSync(file)) throw new Error(`There is no backup file at ${file}.`);
  if (target.kind === "postgres") {
    if (file.endsWith(".tar.gz"))
      throw new Error(`${file} is a PGlite backup; DATABASE_URL points at PostgreSQL. Unset DATABASE_URL to restore it into PGlite.`);
    execFileSync(pgTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "-d", target.url, file], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    return {};
  }
  if (!file.endsWith(".tar.gz"))
    throw new Error(`${file} is not a PGlite backup (.pglite.tar.gz). Set DATABASE_URL to restore a pg_dump file into PostgreSQL.`);
  if (existsSync(path.join(target.dataDir, "postmaster.pid"))) {
    throw new Error(`The PGlite data folder ${target.dataDir} looks in use. Stop the server, then restore.`);
  }
  let keptAside: string | undefined;
  if (existsSync(target.dataDir)) {
    keptAside = `${target.dataDir}.before-restore-${backupStamp()}`;
    renameSync(target.dataDir, keptAside);
  }
  const { PGlite } = await import("@electric-sql/pglite");
  mkdirSync(target.dataDir, { recursive: true });
  const db = await PGlite.create(target.dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  await db.query("select 1");
  await db.close();
  return { keptAside };
}
