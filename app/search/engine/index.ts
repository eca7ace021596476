// Entry point of the search engine layer. The app creates one engine at start:
//
//   const engine = createSearchEngine({ meilisearchUrl: process.env.MEILISEARCH_URL,
//                                       meilisearchKey: process.env.MEILISEARCH_KEY });
//
// With a URL: Meilisearch, wrapped so that searches fall back to an in-process copy when it is
// down (a ResilientSearchEngine; every upsert/delete sent through it also feeds the copy, and
// `.fallback` can be seeded directly at start). Without: the embedded engine alone. Either way
// call ensureIndex() first (it applies the shared settings) and rebuild the in-process index
// from the database at start, because the embedded engine keeps nothing on disk.

import { EmbeddedSearchEngine } from "./embedded/engine";
import { DEFAULT_REQUEST_TIMEOUT_MS, MeilisearchEngine } from "./meilisearch";
import { DEFAULT_COOL_DOWN_MS, ResilientSearchEngine } from "./resilient";
import type { ManagedSearchEngine } from "./types";

export interface CreateSearchEngineOptions {
  meilisearchUrl?: string;
  meilisearchKey?: string;
  /** Cap on each Meilisearch request and on each search before falling back, in ms. */
  timeoutMs?: number;
  /** How long searches skip Meilisearch after it failed, in ms. */
  coolDownMs?: number;
}

export function createSearchEngine(options: CreateSearchEngineOptions = {}): ManagedSearchEngine {
  const url = options.meilisearchUrl?.trim();
  if (!url) return new EmbeddedSearchEngine();
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  return new ResilientSearchEngine({
    primary: new MeilisearchEngine({ host: url, apiKey: options.meilisearchKey || undefined, requestTimeoutMs: timeoutMs }),
    fallback: new EmbeddedSearchEngine(),
    timeoutMs,
    coolDownMs: options.coolDownMs ?? DEFAULT_COOL_DOWN_MS,
  });
}

export { EmbeddedSearchEngine, type IndexSnapshot } from "./embedded/engine";
export { MeilisearchEngine, meilisearchSettings, type MeilisearchEngineOptions } from "./meilisearch";
export { createResilientEngine, ResilientSearchEngine, type ResilientEngineOptions } from "./resilient";
export * from "./types";
