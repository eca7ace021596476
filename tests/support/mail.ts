import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type SentMail = { to: string; subject: string; text: string; sentAt: string };

/**
 * Sends what is queued in email_outbox when this process holds the app's database (integration tests), as a
 * running server's background deliverer would within a moment; the platform's own emails are never sent inside
 * the request that queued them.
 */
async function deliverQueued() {
  const handle = globalThis.__restorativeDb;
  if (!handle) return;
  const { deliverQueuedEmails } = await import("../../app/notifications/email-outbox.server");
  await deliverQueuedEmails({ db: handle.db });
}

/** Messages in the dev mailbox folder of a test app, oldest first, after delivering what is queued. */
export async function readMailbox(dataDir: string): Promise<SentMail[]> {
  await deliverQueued();
  return readMailboxFolder(dataDir);
}

/** Messages already written to the dev mailbox folder, oldest first. */
export function readMailboxFolder(dataDir: string): SentMail[] {
  const dir = path.join(dataDir, "mail");
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch {
    return [];
  }
  return names.map((n) => JSON.parse(readFileSync(path.join(dir, n), "utf8")) as SentMail);
}

/**
 * The first link in the newest message to this address whose path starts with `prefix`. A server in another
 * process (the browser tests) sends within a moment of its commit, so this waits up to 10 s for it.
 */
export async function linkFromMail(dataDir: string, to: string, prefix: string, waitMs = 10_000): Promise<string> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const mail = (await readMailbox(dataDir)).filter((m) => m.to === to).reverse();
    for (const m of mail) {
      const match = m.text.match(new RegExp(`https?://[^\\s]+${prefix.replace(/[/?]/g, "\\$&")}[^\\s]*`));
      if (match) return new URL(match[0]).pathname + new URL(match[0]).search;
    }
    if (Date.now() > deadline) throw new Error(`no ${prefix} link mailed to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Runs the background email deliverer once, as a running server would within seconds: emails for
 * notifications are never sent inside the request that created them.
 */
export async function deliverPendingEmails() {
  const { deliverEmails } = await import("../../app/notifications/email-delivery.server");
  return deliverEmails("immediate");
}
