import path from "node:path";
import type { DatabaseOptions } from "./client";

/** Database options from the environment: DATABASE_URL for postgres, else PGlite in DATA_DIR/pglite. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  if (env.DATABASE_URL) {
    const pool = Number(env.DATABASE_POOL_SIZE);
    return { url: env.DATABASE_URL, ...(Number.isInteger(pool) && pool > 0 ? { max: pool } : {}) };
  }
  return { dataDir: path.join(path.resolve(env.DATA_DIR || "data"), "pglite") };
}
