import { createSearchEngine } from "./engine/index";
import { MAX_QUERY_WORDS, resolvePaging } from "./engine/settings";
import { FACET_NAMES, type ManagedSearchEngine, type SearchQuery, type SearchResult } from "./engine/types";
import { sql } from "drizzle-orm";
import { executeRows, type Database } from "../../db/client";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { searchOutboxEnabled } from "./documents.server";

// The site's search: one engine for the whole process (on globalThis, so the Remix bundle, the
// in-process worker started by `npm start` and the tests all share it), one function to search.
// The engine holds no documents: they are rows in the database, current in every process.

declare global {
  // eslint-disable-next-line no-var
  var __restorativeSearchEngine: ManagedSearchEngine | undefined;
}

/** The process's engine: Postgres search, or Meilisearch falling back to it when MEILISEARCH_URL is set. */
export function getSearchEngine(): ManagedSearchEngine {
  if (!globalThis.__restorativeSearchEngine) {
    const env = getEnv();
    globalThis.__restorativeSearchEngine = createSearchEngine({ db: getDb, meilisearchUrl: env.MEILISEARCH_URL, meilisearchKey: env.MEILISEARCH_KEY });
  }
  return globalThis.__restorativeSearchEngine;
}

/** Replaces the process's engine (tests inject one; a reindex CLI may too). */
export function setSearchEngine(engine: ManagedSearchEngine | undefined) {
  globalThis.__restorativeSearchEngine = engine;
}

export type SiteSearchResult = SearchResult & { mode: "full" | "reduced" };

/** Trims a query to what the engines honour, so every caller gets the same behaviour. */
export function normaliseQuery(query: SearchQuery): SearchQuery {
  const q = (query.q ?? "").replace(/\s+/g, " ").trim().split(" ").slice(0, MAX_QUERY_WORDS).join(" ").slice(0, 200);
  return { ...query, q, ...resolvePaging(query), facets: query.facets ?? [...FACET_NAMES] };
}

/**
 * Searches resources, published learnings and facilitator profiles. With Meilisearch configured and
 * down or slow, Postgres search answers instead (after at most a second, the wrapper's one timeout)
 * and the result says it is in reduced mode.
 */
export async function searchSite(query: SearchQuery): Promise<SiteSearchResult> {
  const result = await getSearchEngine().search(normaliseQuery(query));
  return { ...result, mode: result.degraded ? "reduced" : "full" };
}

/**
 * For /healthz: "ok", "degraded" (Meilisearch down, Postgres search answering) or "off", and the
 * outbox lag, which is null when there is no outbox (Postgres search alone needs none).
 */
export async function searchHealth(): Promise<{ status: "ok" | "degraded" | "off"; outboxLag: number | null }> {
  const db = await getDb();
  const lag = searchOutboxEnabled() ? await outboxLag(db) : null;
  const engine = globalThis.__restorativeSearchEngine;
  if (!engine) return { status: "off", outboxLag: lag };
  return { status: engine.status(), outboxLag: lag };
}

/** Rows not yet synced to the index. */
export async function outboxLag(db: Database): Promise<number> {
  const [row] = await executeRows<{ n: number | string }>(db, sql`select count(*)::int as n from search_outbox where processed_at is null`);
  return Number(row?.n ?? 0);
}
