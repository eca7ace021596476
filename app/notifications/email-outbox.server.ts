import { sql } from "drizzle-orm";
import { executeRows, type Database } from "../../db/client";
import { sendEmail } from "~/utils/email.server";
import { log } from "~/utils/log.server";

// The platform's own emails (confirmation links, password resets, invitations, directory notices) are rows of
// email_outbox, written in the transaction of the write that asks for them (queueEmail). This deliverer claims
// due rows with FOR UPDATE SKIP LOCKED and a lease, so two processes never send the same row; a sent row gets
// sent_at and its body (which may hold a single-use link) is blanked. A failed send keeps the row and pushes
// its next attempt back (30 s, 1 min, 2 min … up to 30 min): nothing queued is lost while SMTP is down.

export const EMAIL_OUTBOX_LEASE_SECONDS = 30;
const MAX_RETRY_DELAY_SECONDS = 30 * 60;
const BATCH = 50;

type ClaimedEmail = { id: string; to_address: string; subject: string; body: string; attempts: number };

async function claimDue(db: Database, limit: number): Promise<ClaimedEmail[]> {
  return executeRows<ClaimedEmail>(
    db,
    sql`with due as (
          select id from email_outbox
          where sent_at is null and (lease_until is null or lease_until < now())
          order by created_at, id
          limit ${limit}
          for update skip locked)
        update email_outbox o set lease_until = now() + make_interval(secs => ${EMAIL_OUTBOX_LEASE_SECONDS}), attempts = o.attempts + 1
        from due where o.id = due.id
        returning o.id, o.to_address, o.subject, o.body, o.attempts`,
  );
}

/**
 * Sends every queued email that is due, each claimed first. Returns how many were sent. Safe to call from
 * any number of processes at once.
 */
export async function deliverQueuedEmails(options: { db: Database }): Promise<number> {
  const { db } = options;
  let sent = 0;
  for (;;) {
    const claimed = await claimDue(db, BATCH);
    if (!claimed.length) break;
    for (const email of claimed) {
      try {
        await sendEmail({ to: email.to_address, subject: email.subject, text: email.body });
        await db.execute(sql`update email_outbox set sent_at = now(), lease_until = null, body = '', last_error = null where id = ${email.id}`);
        sent += 1;
      } catch (error) {
        const name = String((error as Error)?.name ?? "Error");
        const delay = Math.min(MAX_RETRY_DELAY_SECONDS, EMAIL_OUTBOX_LEASE_SECONDS * 2 ** Math.max(0, email.attempts - 1));
        await db.execute(sql`update email_outbox set lease_until = now() + make_interval(secs => ${delay}), last_error = ${name} where id = ${email.id}`);
        // Logs carry the row's id and the error type, never the address or the text.
        log("emails.outbox_send_failed", { emailId: email.id, attempts: email.attempts, retryInSeconds: delay, error: name });
      }
    }
    if (claimed.length < BATCH) break;
  }
  if (sent) log("emails.outbox_sent", { count: sent });
  return sent;
}
