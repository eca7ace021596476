import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { notifications, users } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { absoluteUrl, sendEmail } from "~/utils/email.server";
import { newId } from "~/utils/ids.server";

export type NotificationInput = {
  userId: string;
  kind: string;
  /** Written by the platform; never post text, never a pseudonym next to a name. */
  message: string;
  href: string;
};

/** Adds in-app notifications inside the caller's transaction. Email goes out later (see deliverEmails). */
export async function notify(tx: Queryable, items: NotificationInput | NotificationInput[]) {
  const list = Array.isArray(items) ? items : [items];
  if (!list.length) return;
  await tx.insert(notifications).values(list.map((n) => ({ id: newId(), ...n })));
}

export async function countUnreadNotifications(userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(userId: string, limit = 50) {
  const db = await getDb();
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function markAllRead(userId: string) {
  const db = await getDb();
  await db.update(notifications).set({ readAt: now() }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/**
 * Emails pending notifications to people who opted in: "immediate" gets one email per notification,
 * "digest" one email a day listing them. Emails say what happened and link to it; they never hold post text.
 */
export async function deliverEmails(mode: "immediate" | "digest", request: Request | null = null) {
  const db = await getDb();
  const pending = await db
    .select({ id: notifications.id, message: notifications.message, href: notifications.href, email: users.email, userId: users.id })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(isNull(notifications.emailedAt), eq(users.emailPreference, mode)))
    .limit(500);
  const byUser = new Map<string, typeof pending>();
  for (const p of pending) byUser.set(p.userId, [...(byUser.get(p.userId) ?? []), p]);
  for (const [, items] of byUser) {
    const to = items[0]!.email;
    if (mode === "immediate") {
      for (const item of items) {
        await sendEmail({ to, subject: item.message, text: `${item.message}.\n\nOpen it on Restorative Network: ${absoluteUrl(request, item.href)}\n\nYou can change how often we email you in your account settings.` });
      }
    } else {
      const lines = items.map((i) => `- ${i.message}: ${absoluteUrl(request, i.href)}`).join("\n");
      await sendEmail({ to, subject: `Your daily summary from Restorative Network (${items.length})`, text: `Here is what happened since yesterday:\n\n${lines}\n\nYou can change how often we email you in your account settings.` });
    }
    await db.update(notifications).set({ emailedAt: now() }).where(inArray(notifications.id, items.map((i) => i.id)));
  }
  return pending.length;
}
