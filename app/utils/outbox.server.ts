import { searchOutbox, type SearchEntityKind } from "../../db/schema";
import type { Queryable } from "../../db/client";

/** Records that an indexed entity changed. Call it inside the transaction that changed it. */
export async function enqueueSearchSync(tx: Queryable, entityKind: SearchEntityKind, entityId: string) {
  await tx.insert(searchOutbox).values({ entityKind, entityId });
}
