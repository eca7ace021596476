// SearchEngine backed by Meilisearch through the official client. Every HTTP request is capped
// at one second (client `timeout`), so a slow or dead server fails fast and the resilient
// wrapper can serve the fallback. Writes wait for their task and throw if it failed.

import { randomUUID } from "node:crypto";
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type IndexSwap, type SearchParams, type Settings } from "meilisearch";
import { assertValidDocument, copyDocument } from "./document";
import { tokenize } from "./text";
import {
  buildFilterExpression,
  buildSort,
  DOCUMENT_FIELDS,
  encodeDocumentKey,
  HighlightTags,
  PRIMARY_KEY,
  toStoredDocument,
  type StoredDocument,
} from "./meilisearch-mapping";
import {
  FILTERABLE_ATTRIBUTES,
  MAX_TOTAL_HITS,
  MAX_VALUES_PER_FACET,
  RANKING_RULES,
  resolveFacets,
  resolvePaging,
  SEARCHABLE_ATTRIBUTES,
  SORTABLE_ATTRIBUTES,
  synonymMap,
  TYPO_TOLERANCE,
} from "./settings";
import { DEFAULT_INDEX_UID, SearchIndexNotFoundError, type SearchDocument, type SearchEngine, type SearchQuery, type SearchResult } from "./types";

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** Cap on every HTTP request, in ms. */
  requestTimeoutMs?: number;
  /** How long a write waits for Meilisearch to finish its task, in ms (polled with short requests). */
  taskTimeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 1_000;
const DEFAULT_TASK_TIMEOUT_MS = 30_000;
/** Documents per addDocuments request: keeps each request well inside the request timeout. */
const UPSERT_BATCH_SIZE = 1_000;

/** The index settings of settings.ts in Meilisearch's shape. */
export function meilisearchSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    displayedAttributes: ["*"],
    rankingRules: [...RANKING_RULES],
    synonyms: synonymMap(),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: {
        oneTypo: TYPO_TOLERANCE.minWordSizeForOneTypo,
        twoTypos: TYPO_TOLERANCE.minWordSizeForTwoTypos,
      },
    },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
  };
}

function errorCode(error: unknown): string | undefined {
  return error instanceof MeilisearchApiError ? error.cause?.code : undefined;
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  private readonly client: Meilisearch;
  private readonly highlightTags = new HighlightTags(randomUUID().replace(/-/g, ""));

  constructor(options: MeilisearchEngineOptions) {
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      defaultWaitOptions: { timeout: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS, interval: 50 },
    });
  }

  async ensureIndex(indexUid: string = DEFAULT_INDEX_UID): Promise<void> {
    await this.runTask(this.client.createIndex(indexUid, { primaryKey: PRIMARY_KEY }), ["index_already_exists"]);
    await this.runTask(this.client.index(indexUid).updateSettings(meilisearchSettings()));
  }

  async upsert(docs: SearchDocument[], indexUid: string = DEFAULT_INDEX_UID): Promise<void> {
    docs.forEach(assertValidDocument);
    const index = this.client.index<StoredDocument>(indexUid);
    for (let start = 0; start < docs.length; start += UPSERT_BATCH_SIZE) {
      const batch = docs.slice(start, start + UPSERT_BATCH_SIZE).map(toStoredDocument);
      await this.runTask(index.addDocuments(batch, { primaryKey: PRIMARY_KEY }));
    }
  }

  async delete(ids: string[], indexUid: string = DEFAULT_INDEX_UID): Promise<void> {
    if (ids.length === 0) return;
    await this.runTask(this.client.index(indexUid).deleteDocuments(ids.map(encodeDocumentKey)));
  }

  async search(query: SearchQuery, indexUid: string = DEFAULT_INDEX_UID): Promise<SearchResult> {
    const startedAt = performance.now();
    const { page, hitsPerPage } = resolvePaging(query);
    const q = query.q ?? "";
    const wordCount = tokenize(q).length;
    const facets = resolveFacets(query.facets);
    const params = {
      filter: buildFilterExpression(query.filters),
      facets: facets.length > 0 ? facets : undefined,
      sort: buildSort(query, wordCount > 0),
      page,
      hitsPerPage,
      attributesToRetrieve: [...DOCUMENT_FIELDS],
      attributesToHighlight: ["title", "summary"],
      highlightPreTag: this.highlightTags.pre,
      highlightPostTag: this.highlightTags.post,
      matchingStrategy: "all",
    } satisfies SearchParams;

    const index = this.client.index<StoredDocument>(indexUid);
    let response = await this.withIndexErrors(indexUid, () => index.search(q, params));
    // Same fallback as the embedded engine: when no document has every word, drop words from the end.
    if (response.totalHits === 0 && wordCount > 1) {
      response = await this.withIndexErrors(indexUid, () => index.search(q, { ...params, matchingStrategy: "last" }));
    }

    return {
      hits: response.hits.map((hit) => ({
        doc: copyDocument(hit),
        highlight: {
          title: this.highlightTags.toHtml(hit._formatted?.title ?? hit.title ?? ""),
          summary: this.highlightTags.toHtml(hit._formatted?.summary ?? hit.summary ?? ""),
        },
      })),
      totalHits: response.totalHits,
      page: response.page,
      totalPages: response.totalPages,
      hitsPerPage: response.hitsPerPage,
      facets: facets.length > 0 ? { ...response.facetDistribution } : {},
      processingMs: performance.now() - startedAt,
    };
  }

  async count(indexUid: string = DEFAULT_INDEX_UID): Promise<number> {
    const stats = await this.withIndexErrors(indexUid, () => this.client.index(indexUid).getStats());
    return stats.numberOfDocuments;
  }

  async swap(a: string, b: string): Promise<void> {
    // `rename` is left out rather than sent as false: servers older than the field reject
    // unknown fields, and false is the server's default anyway.
    const swap = { indexes: [a, b] } as IndexSwap;
    await this.runTask(this.client.swapIndexes([swap]));
  }

  async dropIndex(indexUid: string): Promise<void> {
    await this.runTask(this.client.deleteIndex(indexUid), ["index_not_found"]);
  }

  async health(): Promise<boolean> {
    return this.client.isHealthy();
  }

  /** Waits for a task; throws unless it succeeded or failed with one of the tolerated codes. */
  private async runTask(enqueued: EnqueuedTaskPromise, toleratedErrors: string[] = []): Promise<void> {
    const task = await enqueued.waitTask();
    if (task.status === "succeeded") return;
    if (task.error && toleratedErrors.includes(task.error.code)) return;
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "no details"}`);
  }

  private async withIndexErrors<T>(indexUid: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (errorCode(error) === "index_not_found") throw new SearchIndexNotFoundError(indexUid);
      throw error;
    }
  }
}
