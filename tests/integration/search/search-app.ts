import { PostgresSearchEngine } from "../../../app/search/engine/postgres";
import type { SearchDocument, SearchEngine, SearchQuery } from "../../../app/search/engine/types";
import { drainOutbox } from "../../../app/search/outbox.server";
import { setSearchEngine } from "../../../app/search/search.server";
import { insertResource } from "../../../app/library/resources.server";
import { ResourceInputSchema } from "../../../app/library/schema.server";
import type { Database } from "../../../db/client";
import { startTestApp, type TestApp } from "../../support/app";
import { MemoryEngine } from "../../unit/search/memory-engine";

// Shared by the library and search tests: a test app searching with Postgres search (the default,
// written by the content's own transactions, so there is nothing to sync), and a `sync()` that drains
// the outbox into a Meilisearch stand-in, for the tests of the Meilisearch path.

async function titles(engine: SearchEngine, q: string, query: Partial<SearchQuery> = {}) {
  const result = await engine.search({ q, hitsPerPage: 100, ...query });
  return result.hits.map((h) => h.doc.title);
}

/** The site's engine in tests: Postgres search on the test database. */
export class SiteEngine extends PostgresSearchEngine {
  titlesFor(q: string, query: Partial<SearchQuery> = {}) {
    return titles(this, q, query);
  }
}

/** Stands in for Meilisearch: counts what it was asked to do, per document id. */
export class RecordingEngine extends MemoryEngine {
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
  titlesFor(q: string, query: Partial<SearchQuery> = {}) {
    return titles(this, q, query);
  }
}

export type SearchTestApp = TestApp & { engine: SiteEngine; sync: (engine?: SearchEngine) => ReturnType<typeof drainOutbox> };

export async function startSearchTestApp(): Promise<SearchTestApp> {
  const app = await startTestApp();
  const engine = new SiteEngine(app.db);
  setSearchEngine(engine);
  const standIn = new RecordingEngine();
  return Object.assign(app, { engine, sync: (other?: SearchEngine) => drainOutbox({ db: app.db, engine: other ?? standIn }) });
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

/** Many resources in one transaction (a busy machine takes seconds per transaction on PGlite). */
export async function insertTestResources(db: Database, actorId: string | null, list: Array<Record<string, unknown>>) {
  await db.transaction(async (tx) => {
    for (const overrides of list) await insertResource(tx, ResourceInputSchema.parse({ ...resourceFields(), ...overrides }), { actorId });
  });
}
