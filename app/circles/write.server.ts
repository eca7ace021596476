import type { Transaction } from "../../db/client";
import { deliverEmails } from "~/notifications/notifications.server";
import { getDb } from "~/utils/db.server";

/**
 * Runs one circle write in one transaction (content, audit rows, notifications together), then sends the
 * emails of people who asked for immediate ones. Email goes out only after the commit.
 */
export async function circleWrite<T>(request: Request | null, write: (tx: Transaction) => Promise<T>): Promise<T> {
  const db = await getDb();
  const result = await db.transaction(write);
  await deliverEmails("immediate", request);
  return result;
}
