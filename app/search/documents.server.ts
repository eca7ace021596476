import type { Queryable } from "../../db/client";
import type { SearchEntityKind } from "../../db/schema";
import { getEnv } from "~/utils/env.server";
import { deleteSearchDocuments, writeSearchDocuments } from "./engine/postgres-documents";
import { SEARCH_SOURCES, searchDocumentId } from "./sources.server";

// Keeping search current inside the writer's transaction. The record's public snapshot (or its
// absence: a draft, a withdrawal, an unlisted profile) is written to search_documents before the
// transaction commits, so every process searches the new state from the moment it is visible at
// all, and a withdrawal can never linger in search.

declare global {
  // eslint-disable-next-line no-var
  var __restorativeSearchOutbox: boolean | undefined;
}

/** Rewrites (or removes) one record's search document. Call it inside the transaction that changed it. */
export async function syncSearchDocument(tx: Queryable, kind: SearchEntityKind, entityId: string): Promise<void> {
  const doc = await SEARCH_SOURCES[kind].load(tx, entityId);
  if (doc) await writeSearchDocuments(tx, [doc]);
  else await deleteSearchDocuments(tx, [searchDocumentId(kind, entityId)]);
}

/**
 * Whether writes also queue an outbox row: only Meilisearch, an external service, needs one. Tests
 * of the Meilisearch path turn it on with `globalThis.__restorativeSearchOutbox = true`.
 */
export function searchOutboxEnabled(): boolean {
  return globalThis.__restorativeSearchOutbox ?? Boolean(getEnv().MEILISEARCH_URL);
}
