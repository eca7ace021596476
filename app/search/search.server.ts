import { count, isNull } from "drizzle-orm";
import { searchOutbox } from "../../db/schema";
import { getDb } from "~/utils/db.server";

/**
 * The site's search module. Until the resource-library capability lands, it reports the outbox lag and
 * an "ok" embedded engine; the engines live in ./engine.
 */
export async function searchHealth(): Promise<{ status: "ok" | "degraded" | "off"; outboxLag: number | null }> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(searchOutbox).where(isNull(searchOutbox.processedAt));
  return { status: "ok", outboxLag: row?.n ?? 0 };
}
