import { sql } from "drizzle-orm";
import { executeRows, type Database } from "../../db/client";
import { getDb } from "~/utils/db.server";
import { absoluteUrl, sendEmail } from "~/utils/email.server";
import { log } from "~/utils/log.server";
import { deliverQueuedEmails } from "./email-outbox.server";

// Emails for notifications are sent by a background deliverer, never inside a request's write path.
// Each notification is claimed before it is sent: one short statement takes pending rows with
// FOR UPDATE SKIP LOCKED and leases them for 30 s. Two processes, or two deliveries started by two
// concurrent writes, therefore never email the same notification twice. A sent row gets emailed_at;
// a failed send keeps its lease until it runs out and is then tried again.

export const EMAIL_LEASE_SECONDS = 30;
const BATCH = 100;

type Claimed = { id: string; user_id: string; email: string; message: string; href: string };

async function claimPending(db: Database, mode: "immediate" | "digest", limit: number): Promise<Claimed[]> {
  return executeRows<Claimed>(
    db,
    sql`with due as (
          select n.id from notifications n join users u on u.id = n.user_id
          where n.emailed_at is null and n.email_wanted and u.email_preference = ${mode}
            and (n.email_lease_until is null or n.email_lease_until < now())
          order by n.created_at, n.id
          limit ${limit}
          -- The person's row is locked too: a second sender racing this one skips that person entirely,
          -- so a digest is one email listing everything, never two emails that split it.
          for update of n, u skip locked)
        update notifications n set email_lease_until = now() + make_interval(secs => ${EMAIL_LEASE_SECONDS})
        from due, users u
        where n.id = due.id and u.id = n.user_id
        returning n.id, n.user_id, u.email, n.message, n.href`,
  );
}

async function markEmailed(db: Database, ids: string[]) {
  await db.execute(
    sql`update notifications set emailed_at = now(), email_lease_until = null
        where id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
}

const FOOTER = "You can change how often we email you in your account settings.";

async function emailOnePerson(mode: "immediate" | "digest", items: Claimed[]) {
  const to = items[0]!.email;
  if (mode === "immediate") {
    for (const item of items) {
      await sendEmail({ to, subject: item.message, text: `${item.message}.\n\nOpen it on Restorative Network: ${absoluteUrl(null, item.href)}\n\n${FOOTER}` });
    }
    return;
  }
  const lines = items.map((i) => `- ${i.message}: ${absoluteUrl(null, i.href)}`).join("\n");
  await sendEmail({
    to,
    subject: `Your daily summary from Restorative Network (${items.length})`,
    text: `Here is what happened since yesterday:\n\n${lines}\n\n${FOOTER}`,
  });
}

/**
 * Emails claimed notifications to people who opted in: "immediate" gets one email per notification,
 * "digest" one email listing them. Emails say what happened and link to it; they never hold post text.
 * Returns how many notifications were emailed.
 */
export async function deliverEmails(mode: "immediate" | "digest", options: { db?: Database } = {}): Promise<number> {
  const db = options.db ?? (await getDb());
  let emailed = 0;
  for (;;) {
    const claimed = await claimPending(db, mode, BATCH);
    if (!claimed.length) break;
    const byUser = new Map<string, Claimed[]>();
    for (const c of claimed) byUser.set(c.user_id, [...(byUser.get(c.user_id) ?? []), c]);
    for (const items of byUser.values()) {
      try {
        await emailOnePerson(mode, items);
        await markEmailed(
          db,
          items.map((i) => i.id),
        );
        emailed += items.length;
      } catch (error) {
        // The lease runs out and the next run tries again. Logs carry ids, not addresses or text.
        log("emails.send_failed", { mode, userId: items[0]!.user_id, count: items.length, error: String((error as Error)?.name ?? "Error") });
      }
    }
    if (claimed.length < BATCH) break;
  }
  if (emailed) log("emails.sent", { mode, count: emailed });
  return emailed;
}

declare global {
  // eslint-disable-next-line no-var
  var __restorativeEmailWake: (() => void) | undefined;
}

/**
 * Asks the background deliverer to look for new queued and immediate emails now instead of at its next poll.
 * Cheap and never waits: a request calls it after its transaction commits.
 */
export function wakeEmailDelivery() {
  globalThis.__restorativeEmailWake?.();
}

/**
 * The background deliverer: sends queued emails (email_outbox) and immediate notification emails every few
 * seconds, or at once when woken. Returns a
 * stop function that waits for the emails being sent to finish.
 */
export function startEmailDelivery(options: { pollMs?: number } = {}): () => Promise<void> {
  const pollMs = options.pollMs ?? 5_000;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = getDb()
      .then((db) => Promise.all([deliverQueuedEmails({ db }), deliverEmails("immediate", { db })]))
      .then(() => undefined)
      .catch((error) => log("emails.delivery_error", { error: String((error as Error)?.name ?? "Error") }))
      .finally(() => {
        running = null;
        if (stopped) return;
        if (again) {
          again = false;
          setImmediate(run);
        } else {
          timer = setTimeout(run, pollMs);
          timer.unref();
        }
      });
  };
  globalThis.__restorativeEmailWake = () => setImmediate(run);
  timer = setTimeout(run, 1_000);
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    globalThis.__restorativeEmailWake = undefined;
    await running;
  };
}
