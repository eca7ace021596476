// Entry point of the search engine layer. The app creates one engine:
//
//   const engine = createSearchEngine({ db: getDb, meilisearchUrl: process.env.MEILISEARCH_URL,
//                                       meilisearchKey: process.env.MEILISEARCH_KEY });
//
// Without a URL: Postgres search over search_documents, which the domains' write transactions keep
// current. With one: Meilisearch, wrapped so that searches fall back to Postgres search when it is
// down or slow (a ResilientSearchEngine, which holds the one timeout of the search path).

import type { Database } from "../../../db/client";
import { MeilisearchEngine } from "./meilisearch";
import { PostgresSearchEngine } from "./postgres";
import { DEFAULT_COOL_DOWN_MS, DEFAULT_PRIMARY_TIMEOUT_MS, ResilientSearchEngine } from "./resilient";
import type { ManagedSearchEngine } from "./types";

export interface CreateSearchEngineOptions {
  db: Database | (() => Database | Promise<Database>);
  meilisearchUrl?: string;
  meilisearchKey?: string;
  /** How long a search waits for Meilisearch before Postgres search answers, in ms. */
  timeoutMs?: number;
  /** How long searches skip Meilisearch after it failed, in ms. */
  coolDownMs?: number;
}

/** Meilisearch writes run in the outbox worker, never while a visitor waits: they may take longer. */
const MEILISEARCH_WRITE_TIMEOUT_MS = 10_000;

export function createSearchEngine(options: CreateSearchEngineOptions): ManagedSearchEngine {
  const postgres = new PostgresSearchEngine(options.db);
  const url = options.meilisearchUrl?.trim();
  if (!url) return postgres;
  return new ResilientSearchEngine({
    primary: new MeilisearchEngine({ host: url, apiKey: options.meilisearchKey || undefined, requestTimeoutMs: MEILISEARCH_WRITE_TIMEOUT_MS }),
    fallback: postgres,
    timeoutMs: options.timeoutMs ?? DEFAULT_PRIMARY_TIMEOUT_MS,
    coolDownMs: options.coolDownMs ?? DEFAULT_COOL_DOWN_MS,
  });
}

export { PostgresSearchEngine } from "./postgres";
export { ResilientSearchEngine } from "./resilient";
export * from "./types";
