import { EmbeddedSearchEngine } from "../../../app/search/engine/embedded/engine";
import type { ManagedSearchEngine, SearchDocument, SearchQuery } from "../../../app/search/engine/types";
import { drainOutbox } from "../../../app/search/outbox.server";
import { setSearchEngine } from "../../../app/search/search.server";
import { insertResource } from "../../../app/library/resources.server";
import { ResourceInputSchema } from "../../../app/library/schema";
import type { Database } from "../../../db/client";
import { startTestApp, type TestApp } from "../../support/app";

// Shared by the library and search tests: a test app whose search engine is a fresh embedded
// engine the test holds, and an explicit `sync()` that drains the outbox (the in-process worker is
// not running in tests, so every sync is visible in the test).

/** An embedded engine that counts what it was asked to do, per document id. */
export class RecordingEngine extends EmbeddedSearchEngine {
  upserts = new Map<string, number>();
  deletes = new Map<string, number>();
  swaps = 0;
  override async upsert(docs: SearchDocument[], indexUid?: string) {
    for (const d of docs) this.upserts.set(d.id, (this.upserts.get(d.id) ?? 0) + 1);
    return super.upsert(docs, indexUid);
  }
  override async delete(ids: string[], indexUid?: string) {
    for (const id of ids) this.deletes.set(id, (this.deletes.get(id) ?? 0) + 1);
    return super.delete(ids, indexUid);
  }
  override async swap(a: string, b: string) {
    this.swaps += 1;
    return super.swap(a, b);
  }
  async titlesFor(q: string, query: Partial<SearchQuery> = {}) {
    const result = await this.search({ q, hitsPerPage: 100, ...query });
    return result.hits.map((h) => h.doc.title);
  }
}

export type SearchTestApp = TestApp & { engine: RecordingEngine; sync: (engine?: ManagedSearchEngine) => ReturnType<typeof drainOutbox> };

export async function startSearchTestApp(): Promise<SearchTestApp> {
  const app = await startTestApp();
  const engine = new RecordingEngine();
  await engine.ensureIndex();
  setSearchEngine(engine);
  return Object.assign(app, { engine, sync: (other?: ManagedSearchEngine) => drainOutbox({ db: app.db, engine: other ?? engine }) });
}

let counter = 0;
/** A valid resource form, with overrides. */
export function resourceFields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  counter += 1;
  return {
    title: `A gentle guide to listening after harm ${counter}`,
    summary: "How teams can listen to patients, families and colleagues after something has gone wrong.",
    url: `https://example.org/guides/listening-${counter}-${Date.now()}`,
    body: "",
    type: "guide",
    topics: ["patient_family", "restorative_conversation"],
    audiences: ["healthcare_workers"],
    countries: "NZ, CA",
    language: "en",
    year: "2023",
    authors: "Aroha Ngata\nLeila Haddad",
    publisher: "Harbourside Health Service",
    accessNote: "Free to read",
    ...overrides,
  };
}

/** Inserts a resource directly through the domain's write path (resource + revision + outbox + audit). */
export async function insertTestResource(db: Database, actorId: string | null, overrides: Record<string, unknown> = {}) {
  const input = ResourceInputSchema.parse({ ...resourceFields(), ...overrides });
  return db.transaction((tx) => insertResource(tx, input, { actorId }));
}
