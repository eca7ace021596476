import type { Transaction } from "../../db/client";
import { wakeEmailDelivery } from "~/notifications/notifications.server";
import { getDb } from "~/utils/db.server";

/**
 * Runs one circle write in one transaction (content, audit rows, notifications together), then wakes the
 * background email deliverer: email goes out after the commit, never inside the request.
 */
export async function circleWrite<T>(write: (tx: Transaction) => Promise<T>): Promise<T> {
  const db = await getDb();
  const result = await db.transaction(write);
  wakeEmailDelivery();
  return result;
}
