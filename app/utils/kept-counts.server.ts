import { eq } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { keptCountVersions } from "../../db/schema";
import { now } from "./clock.server";

/**
 * Counts that scan a whole table (facet counts of the directory and the library) are worked out once and kept
 * in this process for a short while, per key (the filters), under the version of their scope. A trigger bumps
 * the version in the same transaction as any write that could change them (migration 0016), and each request
 * reads it (one primary-key lookup): so a write made by ANY process retires the counts kept by every process,
 * and only the passing of time (a verification expiring) can leave them stale, for at most `ttlMs`. (ADR 015.)
 */
export type KeptCountScope = "directory" | "library";

export function keptCounts<T>(scope: KeptCountScope, options: { ttlMs?: number; maxKeys?: number } = {}) {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxKeys = options.maxKeys ?? 500;
  const kept = new Map<string, { at: number; version: number; value: Promise<T> }>();
  return async function countsFor(db: Queryable, key: string, count: () => Promise<T>): Promise<T> {
    const [row] = await db.select({ version: keptCountVersions.version }).from(keptCountVersions).where(eq(keptCountVersions.scope, scope));
    // No row (a database migrated before the table had its rows): nothing can be trusted to stay, so count.
    if (!row) return count();
    const version = Number(row.version);
    const found = kept.get(key);
    const at = now().getTime();
    // The app's clock, which tests move: counts that depend on time (a verification expiring) follow it.
    if (found && found.version === version && at - found.at >= 0 && at - found.at < ttlMs) return found.value;
    const value = count();
    value.catch(() => kept.get(key)?.value === value && kept.delete(key));
    kept.delete(key); // set again at the end: the map keeps the order of counting, so the oldest goes first
    if (kept.size >= maxKeys) kept.delete(kept.keys().next().value!);
    kept.set(key, { at, version, value });
    return value;
  };
}
