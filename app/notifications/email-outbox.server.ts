import { sql } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import { executeRows, type Database, type Queryable } from "../../db/client";
import { sendEmail, type Email } from "~/utils/email.server";
import { newId } from "~/utils/ids.server";
import { log } from "~/utils/log.server";

const LEASE_SECONDS = 30;
const BATCH = 50;

/**
 * Queues a direct email inside the caller's transaction: it is sent only if the change it reports commits.
 * The background deliverer sends it (wake it with wakeEmailDelivery after the commit).
 */
export async function queueEmail(tx: Queryable, email: Email) {
  await tx.insert(emailOutbox).values({ id: newId(), toAddress: email.to, subject: email.subject, body: email.text });
}

type Claimed = { id: string; to_address: string; subject: string; body: string };

/**
 * Sends queued emails. Each row is claimed first (FOR UPDATE SKIP LOCKED and a 30-second lease), so two
 * processes never send the same one, then deleted once sent: no address is kept after its message left.
 */
export async function deliverQueuedEmails(db: Database): Promise<number> {
  let sent = 0;
  for (;;) {
    const claimed = await executeRows<Claimed>(
      db,
      sql`with due as (
            select id from email_outbox where lease_until is null or lease_until < now()
            order by created_at, id limit ${BATCH} for update skip locked)
          update email_outbox o set lease_until = now() + make_interval(secs => ${LEASE_SECONDS})
          from due where o.id = due.id
          returning o.id, o.to_address, o.subject, o.body`,
    );
    for (const row of claimed) {
      try {
        await sendEmail({ to: row.to_address, subject: row.subject, text: row.body });
        await db.execute(sql`delete from email_outbox where id = ${row.id}`);
        sent += 1;
      } catch (error) {
        // The lease runs out and a later run tries again. Logs carry the row id, never the address.
        log("emails.outbox_send_failed", { id: row.id, error: String((error as Error)?.name ?? "Error") });
      }
    }
    if (claimed.length < BATCH) break;
  }
  return sent;
}
