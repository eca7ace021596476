import { createSearchEngine } from "./engine/index";
import { MAX_QUERY_WORDS, resolvePaging } from "./engine/settings";
import { FACET_NAMES, type ManagedSearchEngine, type SearchQuery, type SearchResult } from "./engine/types";
import { sql } from "drizzle-orm";
import { executeRows, type Database } from "../../db/client";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { searchResourcesInPostgres } from "./fallback.server";
import { log } from "~/utils/log.server";

// The site's search: one engine for the whole process (on globalThis, so the Remix bundle, the
// in-process worker started by `npm start` and the tests all share it), one function to search.

declare global {
  // eslint-disable-next-line no-var
  var __restorativeSearchEngine: ManagedSearchEngine | undefined;
  // eslint-disable-next-line no-var
  var __restorativeSearchLastFallbackAt: number | undefined;
}

/** The process's engine: Meilisearch (with the embedded engine as fallback) when MEILISEARCH_URL is set, else embedded. */
export function getSearchEngine(): ManagedSearchEngine {
  if (!globalThis.__restorativeSearchEngine) {
    const env = getEnv();
    globalThis.__restorativeSearchEngine = createSearchEngine({ meilisearchUrl: env.MEILISEARCH_URL, meilisearchKey: env.MEILISEARCH_KEY });
  }
  return globalThis.__restorativeSearchEngine;
}

/** Replaces the process's engine (tests inject one; a reindex CLI may too). */
export function setSearchEngine(engine: ManagedSearchEngine | undefined) {
  globalThis.__restorativeSearchEngine = engine;
}

/** The longest a visitor waits for an engine before the Postgres fallback answers. */
export const SEARCH_TIMEOUT_MS = 1_000;
/** How long /healthz keeps saying "degraded" after a search had to use the Postgres fallback. */
const FALLBACK_REPORT_MS = 60_000;

export type SiteSearchResult = SearchResult & { mode: "full" | "reduced" };

/** Trims a query to what the engines honour, so every caller gets the same behaviour. */
export function normaliseQuery(query: SearchQuery): SearchQuery {
  const q = (query.q ?? "").replace(/\s+/g, " ").trim().split(" ").slice(0, MAX_QUERY_WORDS).join(" ").slice(0, 200);
  return { ...query, q, ...resolvePaging(query), facets: query.facets ?? [...FACET_NAMES] };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`search took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Searches resources, published learnings and facilitator profiles. Never waits more than about a
 * second on an engine: if it fails, Postgres full-text search over the library answers instead and
 * the result says it is in reduced mode.
 */
export async function searchSite(query: SearchQuery): Promise<SiteSearchResult> {
  const normalised = normaliseQuery(query);
  try {
    const result = await withTimeout(getSearchEngine().search(normalised), SEARCH_TIMEOUT_MS);
    return { ...result, mode: result.degraded ? "reduced" : "full" };
  } catch (error) {
    globalThis.__restorativeSearchLastFallbackAt = Date.now();
    log("search.fallback_postgres", { error: String((error as Error)?.name ?? "Error") });
    const result = await searchResourcesInPostgres(normalised);
    return { ...result, degraded: true, mode: "reduced" };
  }
}

/** For /healthz: "ok", "degraded" (primary down, serving a fallback) or "off", and the outbox lag. */
export async function searchHealth(): Promise<{ status: "ok" | "degraded" | "off"; outboxLag: number | null }> {
  const db = await getDb();
  const lag = await outboxLag(db);
  const engine = globalThis.__restorativeSearchEngine;
  if (!engine) return { status: "off", outboxLag: lag };
  const recentFallback = Date.now() - (globalThis.__restorativeSearchLastFallbackAt ?? 0) < FALLBACK_REPORT_MS;
  return { status: engine.status() === "degraded" || recentFallback ? "degraded" : "ok", outboxLag: lag };
}

/** Rows not yet synced to the index. */
export async function outboxLag(db: Database): Promise<number> {
  const [row] = await executeRows<{ n: number | string }>(db, sql`select count(*)::int as n from search_outbox where processed_at is null`);
  return Number(row?.n ?? 0);
}
