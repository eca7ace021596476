import { mkdirSync } from "node:fs";
import { connect } from "node:net";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import * as schema from "./schema/index";

/** One type for both drivers: PGlite (embedded default) and postgres.js (DATABASE_URL). */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Queryable = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  driver: "pglite" | "postgres";
  close: () => Promise<void>;
};

export type DatabaseOptions = {
  /** postgres:// URL; when absent, PGlite is used. */
  url?: string;
  /** PGlite data folder, or "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** postgres.js pool size (see defaultPoolSize). */
  max?: number;
  /** Longest a single statement may run before PostgreSQL cancels it. */
  statementTimeoutMs?: number;
  /** Longest a connection attempt may take; a stopped or unreachable server fails fast instead of hanging pages. */
  connectTimeoutSeconds?: number;
};

/**
 * Connections per app process: about four per core, between 5 and 20. Page work is short and mostly
 * waits on the database, so a few connections per core keep the cores busy without queueing at the
 * server (PostgreSQL's own default of 100 connections then allows several app processes).
 */
export function defaultPoolSize(cores = availableParallelism()) {
  return Math.min(20, Math.max(5, cores * 4));
}

let lastConnectionClosedAt = 0;
/** When a pooled postgres.js connection last closed: a page that failed just after one did met a database going away. */
export const lastPoolConnectionClosedAt = () => lastConnectionClosedAt;

/** Creates a database handle. No side effects on import; no migration here. */
export async function createDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(options.url, {
      max: options.max ?? defaultPoolSize(),
      connect_timeout: options.connectTimeoutSeconds ?? 5,
      // Idle connections are let go, so a pool that met a restarted server does not hold dead sockets for long.
      idle_timeout: 30,
      max_lifetime: 30 * 60,
      // Reconnect quickly once the server is back (the default waits up to 20 s after many failed tries).
      backoff: (retries: number) => Math.min(0.02 * retries, 0.2),
      onnotice: () => {},
      onclose: () => {
        lastConnectionClosedAt = Date.now();
      },
      connection: {
        application_name: "restorative-network",
        statement_timeout: options.statementTimeoutMs ?? 15_000,
        // A transaction left open by a crashed or stuck request must not hold row locks for ever.
        idle_in_transaction_session_timeout: 30_000,
        // A sequential scan starts at page 0, not wherever another scan of the table has reached, so a statement
        // that reads "the first N matches" (search's capped sample, ADR 006) gives the same rows every time: the
        // same page and facets for the same query. The shared start only saves I/O on tables far larger than memory.
        synchronize_seqscans: "off",
      },
    });
    return {
      db: drizzle(client, { schema }) as unknown as Database,
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dataDir = options.dataDir ?? path.resolve("data", "pglite");
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  // The extensions Postgres search needs (migration 0004 creates them); PGlite bundles them.
  const [{ pg_trgm }, { unaccent }, { fuzzystrmatch }] = await Promise.all([
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("@electric-sql/pglite/contrib/unaccent"),
    import("@electric-sql/pglite/contrib/fuzzystrmatch"),
  ]);
  const { prepareStatementsOnQuery } = await import("./pglite-statements");
  // Each statement as one call into PGlite's engine, planned once (db/pglite-statements.ts).
  const client = prepareStatementsOnQuery(await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent, fuzzystrmatch } }));
  return {
    db: drizzle(client, { schema }) as unknown as Database,
    driver: "pglite",
    close: () => client.close(),
  };
}

/**
 * A second, separate way into the database for health checks and outage detection: one connection
 * with a one-second statement timeout, so /healthz never queues behind page queries in the pool.
 * PGlite is one in-process engine with no pool, so there it is the same handle.
 */
export type ProbeConnection = {
  db: Database;
  /** False at once when the server refuses connections (stopped or restarting); null when it cannot tell. */
  refusesConnections?: () => Promise<boolean>;
  close: () => Promise<void>;
};

export async function createProbeConnection(handle: DatabaseHandle, options: DatabaseOptions): Promise<ProbeConnection> {
  if (handle.driver !== "postgres" || !options.url) return { db: handle.db, close: async () => {} };
  const target = new URL(options.url);
  const refusesConnections = () =>
    new Promise<boolean>((resolve) => {
      const socket = connect({ host: target.hostname || "localhost", port: Number(target.port || 5432) });
      const done = (refused: boolean) => {
        socket.destroy();
        resolve(refused);
      };
      socket.setTimeout(500, () => done(false));
      socket.once("connect", () => done(false));
      socket.once("error", (error: NodeJS.ErrnoException) => done(error.code === "ECONNREFUSED"));
    });
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(options.url, {
    max: 1,
    connect_timeout: 1,
    backoff: () => 0,
    onnotice: () => {},
    connection: { application_name: "restorative-network-probe", statement_timeout: 1_000 },
  });
  return { db: drizzle(client, { schema }) as unknown as Database, refusesConnections, close: () => client.end({ timeout: 1 }) };
}

/** Applies the committed SQL migrations. Resolved from the working directory (the server bundle runs from build/). */
export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = path.resolve("db", "migrations")) {
  if (handle.driver === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(handle.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder });
  }
}

/** `db.execute()` returns `{ rows }` on PGlite and an array on postgres.js; this returns rows on both. */
export async function executeRows<T = Record<string, unknown>>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export { schema };
