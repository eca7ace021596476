import { sql } from "drizzle-orm";
import { executeRows, type Database, type Queryable } from "../../db/client";
import type { SearchEntityKind } from "../../db/schema";
import { deleteSearchDocuments, writeSearchDocuments } from "./engine/postgres-documents";
import { DEFAULT_INDEX_UID, SEARCH_KINDS, type SearchDocument, type SearchEngine } from "./engine/types";
import { log } from "~/utils/log.server";
import { loadDocuments, SEARCH_SOURCES, searchDocumentId, type SearchSource } from "./sources.server";

const UPSERT_BATCH = 500;

export type ReindexReport = { counts: Record<string, number>; missing: Record<string, string>; replayed: number; ms: number };

/** Loads every public document of every source, in batches, calling `send` for each batch. */
async function collectDocuments(db: Queryable, sources: Record<SearchEntityKind, SearchSource>, send: (docs: SearchDocument[]) => Promise<void>) {
  const counts: Record<string, number> = {};
  const missing: Record<string, string> = {};
  for (const kind of SEARCH_KINDS) {
    counts[kind] = 0;
    const source = sources[kind];
    const ids = await source.listIds(db);
    for (let start = 0; start < ids.length; start += UPSERT_BATCH) {
      let docs: SearchDocument[];
      try {
        const loaded = await loadDocuments(source, db, ids.slice(start, start + UPSERT_BATCH));
        docs = [...loaded.values()].filter((d): d is SearchDocument => d !== null);
      } catch (error) {
        // A kind whose loader fails is reported and skipped, so the other kinds are still indexed.
        missing[kind] = String((error as Error)?.message ?? error);
        break;
      }
      if (docs.length) await send(docs);
      counts[kind] += docs.length;
    }
  }
  return { counts, missing };
}

/**
 * Rebuilds Postgres search's documents from the content, in one transaction: searches see the old
 * rows until it commits. The table lock makes content writes that arrive meanwhile wait to write
 * their document until the rebuild has committed, so a rebuild never overwrites a newer snapshot
 * with the one it read earlier (writes pause for the rebuild's few seconds; searches do not).
 */
export async function rebuildSearchDocuments(options: { db: Database; sources?: Record<SearchEntityKind, SearchSource> }): Promise<ReindexReport> {
  const started = performance.now();
  const sources = options.sources ?? SEARCH_SOURCES;
  const result = await options.db.transaction(async (tx) => {
    await tx.execute(sql`lock table search_documents in share row exclusive mode`);
    const before = await executeRows<{ id: string }>(tx, sql`select id from search_documents where index_uid = ${DEFAULT_INDEX_UID}`);
    const kept = new Set<string>();
    const collected = await collectDocuments(tx, sources, async (docs) => {
      await writeSearchDocuments(tx, docs);
      for (const doc of docs) kept.add(doc.id);
    });
    // Rows of kinds whose loader failed are left alone rather than emptied.
    const failedKinds = new Set(Object.keys(collected.missing));
    const stale = before.map((r) => r.id).filter((id) => !kept.has(id) && !failedKinds.has(id.split(":")[0]!));
    await deleteSearchDocuments(tx, stale);
    return collected;
  });
  const report = { ...result, replayed: 0, ms: Math.round(performance.now() - started) };
  log("search.documents_rebuilt", { ...Object.fromEntries(Object.entries(report.counts).map(([k, v]) => [`${k}s`, v])), ms: report.ms });
  return report;
}

/**
 * Rebuilds an external engine's index (Meilisearch) from the database into a fresh index and swaps it in atomically, so searches
 * see the old index until the new one is complete. Records changed while it ran are applied again
 * to the live index afterwards, so a change is never lost to the swap.
 */
export async function reindexAll(options: {
  db: Database;
  engine: SearchEngine;
  sources?: Record<SearchEntityKind, SearchSource>;
  indexUid?: string;
}): Promise<ReindexReport> {
  const started = performance.now();
  // Outbox rows after this id were written while the rebuild ran; they are replayed after the swap.
  const [mark] = await executeRows<{ id: number | string | null }>(options.db, sql`select max(id) as id from search_outbox`);
  const lastIdBefore = Number(mark?.id ?? 0);
  const { db, engine } = options;
  const sources = options.sources ?? SEARCH_SOURCES;
  const live = options.indexUid ?? DEFAULT_INDEX_UID;
  const fresh = `${live}_rebuild_${Date.now().toString(36)}`;
  await engine.dropIndex(fresh);
  await engine.ensureIndex(fresh);
  const { counts, missing } = await collectDocuments(db, sources, (docs) => engine.upsert(docs, fresh));
  // Created only now, so that on a first start searches fall back to Postgres rather than seeing an empty index.
  await engine.ensureIndex(live);
  await engine.swap(live, fresh);
  await engine.dropIndex(fresh);

  const changed = await executeRows<{ entity_kind: SearchEntityKind; entity_id: string }>(
    db,
    sql`select distinct entity_kind, entity_id from search_outbox where id > ${lastIdBefore}`,
  );
  for (const row of changed) {
    const doc = await sources[row.entity_kind].load(db, row.entity_id).catch(() => undefined);
    if (doc) await engine.upsert([doc], live);
    else if (doc === null) await engine.delete([searchDocumentId(row.entity_kind, row.entity_id)], live);
  }
  const report = { counts, missing, replayed: changed.length, ms: Math.round(performance.now() - started) };
  log("search.reindexed", { ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [`${k}s`, v])), replayed: report.replayed, ms: report.ms });
  return report;
}

/**
 * Fills search_documents when it is empty: on the first start after upgrading to Postgres search,
 * or after a seed that wrote content directly. A cheap check otherwise, so start time does not grow
 * with the number of documents.
 */
export async function fillEmptySearchDocuments(db: Database): Promise<ReindexReport | null> {
  const [row] = await executeRows<{ any: boolean }>(db, sql`select exists (select 1 from search_documents) as any`);
  if (row?.any) return null;
  return rebuildSearchDocuments({ db });
}
