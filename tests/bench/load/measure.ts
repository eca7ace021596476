// What the load benchmark reads around each target: CPU time of the server process and of the database's
// backends from /proc, and statement counts from pg_stat_statements when PostgreSQL has it loaded.
import { readFileSync } from "node:fs";
import type { Sql } from "postgres";

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux.

/** utime + stime of one process, in milliseconds; 0 when it has gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces; the fields we want come after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export function processRssMb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
    return match ? Math.round(Number(match[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

export type DbSnapshot = { cpuMs: Map<number, number>; statements: number | null };

/** Watches one PostgreSQL database: its backends' CPU (other databases on the server are left out) and its statements. */
export class DatabaseWatcher {
  private constructor(
    private readonly sql: Sql,
    private readonly statementsAvailable: boolean,
  ) {}

  static async open(url: string) {
    const { default: postgres } = await import("postgres");
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    let available: boolean;
    try {
      await sql`create extension if not exists pg_stat_statements`;
      await sql`select pg_stat_statements_reset()`;
      available = true;
    } catch {
      available = false; // not in shared_preload_libraries: statements per request are not reported.
    }
    return new DatabaseWatcher(sql, available);
  }

  async snapshot(): Promise<DbSnapshot> {
    const pids = await this.sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
    const cpuMs = new Map(pids.map(({ pid }) => [pid, processCpuMs(pid)]));
    let statements: number | null = null;
    if (this.statementsAvailable) {
      const [row] = await this.sql<
        { calls: string | null }[]
      >`select sum(calls) as calls from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())`;
      statements = Number(row?.calls ?? 0);
    }
    return { cpuMs, statements };
  }

  /** CPU and statements spent between two snapshots; a backend that appeared meanwhile counts from zero. */
  static spent(before: DbSnapshot, after: DbSnapshot) {
    let cpu = 0;
    for (const [pid, ms] of after.cpuMs) cpu += ms - (before.cpuMs.get(pid) ?? 0);
    // The watcher's own statements (two per snapshot) are not the app's.
    const statements = before.statements === null || after.statements === null ? null : after.statements - before.statements - 2;
    return { cpuMs: cpu, statements };
  }

  close() {
    return this.sql.end({ timeout: 2 });
  }
}
