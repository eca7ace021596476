// A test double for an external engine (Meilisearch's place): documents in memory, every query word
// must start a word of the title, summary or body. Just enough for tests of the resilient wrapper
// and the outbox worker, which are about what is sent where, not about relevance.

import { assertValidDocument, copyDocument } from "~/search/engine/document";
import { escapeHtml } from "~/search/engine/html";
import { resolvePaging, totalPagesFor } from "~/search/engine/settings";
import { tokenize } from "~/search/engine/text";
import { DEFAULT_INDEX_UID, type SearchDocument, type SearchEngine, type SearchQuery, type SearchResult } from "~/search/engine/types";

export class MemoryEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  private indexes = new Map<string, Map<string, SearchDocument>>();

  private index(uid = DEFAULT_INDEX_UID) {
    let index = this.indexes.get(uid);
    if (!index) this.indexes.set(uid, (index = new Map()));
    return index;
  }

  async ensureIndex(uid?: string) {
    this.index(uid);
  }
  async upsert(docs: SearchDocument[], uid?: string) {
    docs.forEach(assertValidDocument);
    for (const doc of docs) this.index(uid).set(doc.id, copyDocument(doc));
  }
  async delete(ids: string[], uid?: string) {
    for (const id of ids) this.index(uid).delete(id);
  }
  async count(uid?: string) {
    return this.index(uid).size;
  }
  async swap(a: string, b: string) {
    const [first, second] = [this.index(a), this.index(b)];
    this.indexes.set(a, second);
    this.indexes.set(b, first);
  }
  async dropIndex(uid: string) {
    this.indexes.delete(uid);
  }
  async health() {
    return true;
  }
  async search(query: SearchQuery, uid?: string): Promise<SearchResult> {
    const { page, hitsPerPage } = resolvePaging(query);
    const words = tokenize(query.q ?? "");
    const matches = [...this.index(uid).values()]
      .filter((doc) => {
        const text = tokenize(`${doc.title} ${doc.summary} ${doc.body}`);
        return words.every((w) => text.some((t) => t.startsWith(w)));
      })
      .filter((doc) => !query.filters?.kind?.length || query.filters.kind.includes(doc.kind))
      .sort((a, b) => b.updatedAt - a.updatedAt);
    const hits = matches.slice((page - 1) * hitsPerPage, page * hitsPerPage).map((doc) => ({
      doc: copyDocument(doc),
      highlight: { title: escapeHtml(doc.title), summary: escapeHtml(doc.summary) },
    }));
    return { hits, totalHits: matches.length, page, totalPages: totalPagesFor(matches.length, hitsPerPage), hitsPerPage, facets: {}, processingMs: 0 };
  }
}
