import { searchOutbox, type SearchEntityKind } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { searchOutboxEnabled, syncSearchDocument } from "~/search/documents.server";

/**
 * Records that an indexed entity changed. Call it inside the transaction that changed it: the
 * search document is rewritten right there, and when Meilisearch is configured an outbox row
 * tells its sync worker to follow.
 */
export async function enqueueSearchSync(tx: Queryable, entityKind: SearchEntityKind, entityId: string) {
  await syncSearchDocument(tx, entityKind, entityId);
  if (searchOutboxEnabled()) await tx.insert(searchOutbox).values({ entityKind, entityId });
}
