// The in-process engine: several named indexes held in memory, swapped atomically. It is
// the default when no Meilisearch is configured and the fallback when Meilisearch is down.
// Nothing is persisted: the app rebuilds the index from the database at start.
//
// A name points at a NamedIndex holder. Swaps exchange holders; compaction and import replace
// a holder's contents in place, so a write that holds the holder across an await (large
// upserts yield to the event loop between chunks) can never write into a discarded index.

import { assertValidDocument, copyDocument } from "../document";
import {
  DEFAULT_INDEX_UID,
  SearchIndexNotFoundError,
  type ManagedSearchEngine,
  type SearchDocument,
  type SearchQuery,
  type SearchResult,
} from "../types";
import { InvertedIndex } from "./inverted-index";
import { SearchContext, searchIndex } from "./search";

interface NamedIndex {
  index: InvertedIndex;
  context: SearchContext;
}

/** A serialisable copy of an index, cheap because it is just the documents. */
export interface IndexSnapshot {
  version: 1;
  documents: SearchDocument[];
}

/** Documents indexed between yields to the event loop: ~50 ms of work, so requests keep flowing. */
const UPSERT_CHUNK_SIZE = 1_000;

function emptyIndex(): NamedIndex {
  return { index: new InvertedIndex(), context: new SearchContext() };
}

function indexOf(docs: readonly SearchDocument[]): NamedIndex {
  const named = emptyIndex();
  for (const doc of docs) named.index.upsert(doc);
  return named;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class EmbeddedSearchEngine implements ManagedSearchEngine {
  readonly name = "embedded" as const;
  private readonly indexes = new Map<string, NamedIndex>();

  async ensureIndex(indexUid: string = DEFAULT_INDEX_UID): Promise<void> {
    this.getOrCreate(indexUid);
  }

  async upsert(docs: SearchDocument[], indexUid: string = DEFAULT_INDEX_UID): Promise<void> {
    // Validate the whole batch first: a bad document must not leave it half applied.
    docs.forEach(assertValidDocument);
    // Like Meilisearch, adding documents creates the index when needed.
    const named = this.getOrCreate(indexUid);
    for (let start = 0; start < docs.length; start += UPSERT_CHUNK_SIZE) {
      if (start > 0) await yieldToEventLoop();
      for (const doc of docs.slice(start, start + UPSERT_CHUNK_SIZE)) named.index.upsert(doc);
    }
    this.compactIfWorthIt(named);
  }

  async delete(ids: string[], indexUid: string = DEFAULT_INDEX_UID): Promise<void> {
    const named = this.indexes.get(indexUid);
    if (!named) return;
    for (const id of ids) named.index.delete(id);
    this.compactIfWorthIt(named);
  }

  async search(query: SearchQuery, indexUid: string = DEFAULT_INDEX_UID): Promise<SearchResult> {
    return this.searchSync(query, indexUid);
  }

  /** Synchronous search, for callers (and benchmarks) that do not want a promise per query. */
  searchSync(query: SearchQuery, indexUid: string = DEFAULT_INDEX_UID): SearchResult {
    const named = this.require(indexUid);
    return searchIndex(named.index, named.context, query);
  }

  async count(indexUid: string = DEFAULT_INDEX_UID): Promise<number> {
    return this.require(indexUid).index.size;
  }

  async swap(a: string, b: string): Promise<void> {
    const first = this.require(a);
    const second = this.require(b);
    // Two map writes with no await in between: no search can observe a half-swapped state.
    this.indexes.set(a, second);
    this.indexes.set(b, first);
  }

  async dropIndex(indexUid: string): Promise<void> {
    this.indexes.delete(indexUid);
  }

  async health(): Promise<boolean> {
    return true;
  }

  status(): "ok" {
    return "ok";
  }

  hasIndex(indexUid: string): boolean {
    return this.indexes.has(indexUid);
  }

  /** The index's documents as plain JSON-serialisable data. */
  export(indexUid: string = DEFAULT_INDEX_UID): IndexSnapshot {
    return { version: 1, documents: this.require(indexUid).index.liveDocuments().map(copyDocument) };
  }

  /** Replaces (or creates) the index with the snapshot's documents, re-indexing them. */
  import(snapshot: IndexSnapshot, indexUid: string = DEFAULT_INDEX_UID): void {
    snapshot.documents.forEach(assertValidDocument);
    Object.assign(this.getOrCreate(indexUid), indexOf(snapshot.documents));
  }

  private getOrCreate(indexUid: string): NamedIndex {
    let named = this.indexes.get(indexUid);
    if (!named) {
      named = emptyIndex();
      this.indexes.set(indexUid, named);
    }
    return named;
  }

  private require(indexUid: string): NamedIndex {
    const named = this.indexes.get(indexUid);
    if (!named) throw new SearchIndexNotFoundError(indexUid);
    return named;
  }

  /** Rebuilds an index whose retired slots (replaced or deleted documents) outnumber the live ones. */
  private compactIfWorthIt(named: NamedIndex): void {
    if (named.index.needsCompaction()) Object.assign(named, indexOf(named.index.liveDocuments()));
  }
}
