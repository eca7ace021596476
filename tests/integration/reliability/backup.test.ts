// `npm run backup` then `npm run restore` gives back every table exactly: PGlite always, PostgreSQL
// too when DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, executeRows, migrateDatabase, type Database } from "../../../db/client";
import { auditLog, jobRuns, notifications, sessions } from "../../../db/schema";
import { restoreBackup, writeBackup, type BackupTarget } from "../../../db/backup";
import { createUser } from "../../support/people";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), "rn-backup-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every row of every table (and the migrations journal), as sorted JSON, keyed by table. */
async function snapshot(db: Database) {
  const tables = await executeRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
  );
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = await executeRows<{ r: string }>(db, sql`select row_to_json(x)::text as r from ${sql.identifier(t.schema)}.${sql.identifier(t.name)} x`);
    out[`${t.schema}.${t.name}`] = rows.map((r) => r.r).sort();
  }
  return out;
}

async function fill(db: Database) {
  const a = await createUser(db, { displayName: "Aroha Backup" });
  const b = await createUser(db, { role: "moderator" });
  await db.insert(sessions).values({ id: `s-${randomBytes(4).toString("hex")}`, userId: a.id, expiresAt: new Date(Date.now() + 86_400_000) });
  await db
    .insert(notifications)
    .values({ id: `n-${randomBytes(4).toString("hex")}`, userId: b.id, kind: "test", message: "Kia ora — ā ē ī ō ū", href: "/", emailWanted: true });
  await db.insert(jobRuns).values({ job: "test", slot: "2026-11-29" });
  await db.insert(auditLog).values({ actorId: a.id, action: "test.backup", targetType: "user", targetId: b.id, metadata: { note: "round trip" } });
}

describe("backup and restore", () => {
  it("round-trips every table of a PGlite database", async () => {
    const source = path.join(tempDir(), "pglite");
    const handle = await createDatabase({ dataDir: source });
    await migrateDatabase(handle);
    await fill(handle.db);
    const before = await snapshot(handle.db);
    await handle.close();

    const out = tempDir();
    const file = await writeBackup({ kind: "pglite", dataDir: source }, out, new Date("2026-11-29T22:05:09Z"));
    expect(path.basename(file)).toBe("restorative-2026-11-29T22-05-09Z.pglite.tar.gz");
    expect(statSync(file).size).toBeGreaterThan(1000);

    const target = path.join(tempDir(), "pglite");
    const { keptAside } = await restoreBackup({ kind: "pglite", dataDir: target }, file);
    expect(keptAside).toBeUndefined();
    const restored = await createDatabase({ dataDir: target });
    const after = await snapshot(restored.db);
    await restored.close();
    expect(Object.keys(after).length).toBeGreaterThan(30);
    expect(after["public.users"]).toHaveLength(2);
    expect(after).toEqual(before);

    // Restoring over an existing folder keeps the old one aside instead of deleting it.
    const again = await restoreBackup({ kind: "pglite", dataDir: target }, file);
    expect(again.keptAside).toMatch(/pglite\.before-restore-/);
    expect(statSync(again.keptAside!).isDirectory()).toBe(true);
  }, 240_000);

  it.skipIf(!process.env.DATABASE_URL)(
    "round-trips every table of a PostgreSQL database with pg_dump -Fc and pg_restore",
    async () => {
      const { default: postgres } = await import("postgres");
      const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
      const names = [`rn_backup_${randomBytes(4).toString("hex")}`, `rn_restore_${randomBytes(4).toString("hex")}`];
      const urlOf = (name: string) => {
        const u = new URL(process.env.DATABASE_URL!);
        u.pathname = `/${name}`;
        return u.toString();
      };
      try {
        for (const n of names) await admin.unsafe(`create database ${n}`);
        const source = await createDatabase({ url: urlOf(names[0]!), max: 2 });
        await migrateDatabase(source);
        await fill(source.db);
        const before = await snapshot(source.db);
        await source.close();

        const target: BackupTarget = { kind: "postgres", url: urlOf(names[1]!) };
        const file = await writeBackup({ kind: "postgres", url: urlOf(names[0]!) }, tempDir());
        expect(file).toMatch(/restorative-.*\.dump$/);
        await restoreBackup(target, file);
        const restored = await createDatabase({ url: target.url, max: 2 });
        const after = await snapshot(restored.db);
        await restored.close();
        expect(after["public.users"]).toHaveLength(2);
        expect(after).toEqual(before);
      } finally {
        for (const n of names) await admin.unsafe(`drop database if exists ${n} with (force)`);
        await admin.end({ timeout: 5 });
      }
    },
    120_000,
  );
});
