import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { notifications, users } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";

export type NotificationInput = {
  userId: string;
  kind: string;
  /** Written by the platform; never post text, never a pseudonym next to a name. */
  message: string;
  href: string;
};

/**
 * Adds in-app notifications inside the caller's transaction. Each row records whether its person wants
 * email right now; the background deliverer (./email-delivery.server) emails it after the commit.
 */
export async function notify(tx: Queryable, items: NotificationInput | NotificationInput[]) {
  const list = Array.isArray(items) ? items : [items];
  if (!list.length) return;
  await tx.insert(notifications).values(
    list.map((n) => ({
      id: newId(),
      ...n,
      emailWanted: sql`coalesce((select ${users.emailPreference} <> 'off' from ${users} where ${users.id} = ${n.userId}), false)`,
    })),
  );
}

export async function listNotifications(userId: string, limit = 50) {
  const db = await getDb();
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt)).limit(limit);
}

export async function markAllRead(userId: string) {
  const db = await getDb();
  await db
    .update(notifications)
    .set({ readAt: now() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

export { deliverEmails, wakeEmailDelivery } from "./email-delivery.server";
