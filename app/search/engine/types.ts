// The contract every search engine in the platform fulfils. Everything is async so that a
// network engine (Meilisearch) and the in-process engine are interchangeable behind it.

export type SearchKind = "resource" | "learning" | "facilitator";

export const SEARCH_KINDS: readonly SearchKind[] = ["resource", "learning", "facilitator"];

/** One searchable record. Only public fields ever reach the index. */
export interface SearchDocument {
  /** `${kind}:${uuid}` — the primary key. */
  id: string;
  kind: SearchKind;
  /** Used to build the URL of the result. */
  slug: string;
  /** Resource title, learning title or facilitator display name. */
  title: string;
  summary: string;
  /** Longer text, markdown already stripped to plain text by the caller. */
  body: string;
  /** Resource type, learning event type, or null for facilitators. */
  type?: string | null;
  /** Taxonomy slugs: topics, specialties, approaches, settings. */
  topics: string[];
  /** ISO 3166-1 alpha-2. */
  countries: string[];
  /** ISO 639-1. */
  languages: string[];
  year?: number | null;
  /** Epoch milliseconds. */
  updatedAt: number;
  /** Epoch milliseconds; facilitators only. */
  verifiedAt?: number | null;
}

export type FacetName = "kind" | "type" | "topics" | "countries" | "languages" | "year";

export const FACET_NAMES: readonly FacetName[] = ["kind", "type", "topics", "countries", "languages", "year"];

export type SearchSort = "relevance" | "updatedAt:desc" | "verifiedAt:desc";

export interface SearchFilters {
  kind?: SearchKind[];
  type?: string[];
  topics?: string[];
  countries?: string[];
  languages?: string[];
  yearFrom?: number;
  yearTo?: number;
}

export interface SearchQuery {
  q: string;
  /** Values within one filter are OR-ed; different filters are AND-ed. */
  filters?: SearchFilters;
  facets?: FacetName[];
  /** 1-based. */
  page?: number;
  hitsPerPage?: number;
  sort?: SearchSort;
}

export interface SearchHit {
  doc: SearchDocument;
  /** HTML: the source text escaped, with matched words wrapped in <mark>…</mark>. */
  highlight: { title: string; summary: string };
}

export interface SearchResult {
  hits: SearchHit[];
  totalHits: number;
  /** True when totalHits (and the facet counts) are estimates: show them as "about". */
  totalHitsEstimated?: boolean;
  page: number;
  totalPages: number;
  hitsPerPage: number;
  /** facet → value → count, over every document matching the query and filters. */
  facets: Record<string, Record<string, number>>;
  /** True when a fallback engine served the request. */
  degraded?: boolean;
  processingMs: number;
}

export type EngineName = "meilisearch" | "postgres";

export interface SearchEngine {
  readonly name: EngineName;
  /** Creates the index if missing and applies the shared settings. Idempotent. */
  ensureIndex(indexUid?: string): Promise<void>;
  /** Adds or fully replaces documents by id. */
  upsert(docs: SearchDocument[], indexUid?: string): Promise<void>;
  delete(ids: string[], indexUid?: string): Promise<void>;
  search(q: SearchQuery, indexUid?: string): Promise<SearchResult>;
  count(indexUid?: string): Promise<number>;
  /** Atomically exchanges the contents of two indexes (reindex-and-swap). */
  swap(a: string, b: string): Promise<void>;
  /** Deletes an index; a missing index is not an error. */
  dropIndex(indexUid: string): Promise<void>;
  health(): Promise<boolean>;
}

export type EngineStatus = "ok" | "degraded";

/** What the app holds: an engine that can also report its state for /healthz. */
export interface ManagedSearchEngine extends SearchEngine {
  status(): EngineStatus;
}

export const DEFAULT_INDEX_UID = "documents";

/** Thrown when searching or counting an index that was never created. */
export class SearchIndexNotFoundError extends Error {
  constructor(readonly indexUid: string) {
    super(`Search index "${indexUid}" does not exist`);
    this.name = "SearchIndexNotFoundError";
  }
}
