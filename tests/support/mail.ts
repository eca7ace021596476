import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type SentMail = { to: string; subject: string; text: string; sentAt: string };

/** Messages written to the dev mailbox folder of a test app, oldest first. */
export function readMailbox(dataDir: string): SentMail[] {
  const dir = path.join(dataDir, "mail");
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return names.map((n) => JSON.parse(readFileSync(path.join(dir, n), "utf8")) as SentMail);
}

/** The first link in the newest message to this address whose path starts with `prefix`. */
export function linkFromMail(dataDir: string, to: string, prefix: string): string {
  const mail = readMailbox(dataDir).filter((m) => m.to === to).reverse();
  for (const m of mail) {
    const match = m.text.match(new RegExp(`https?://[^\\s]+${prefix.replace(/[/?]/g, "\\$&")}[^\\s]*`));
    if (match) return new URL(match[0]).pathname + new URL(match[0]).search;
  }
  throw new Error(`no ${prefix} link mailed to ${to}`);
}

/**
 * Runs the background email deliverer once, as a running server would within seconds: emails for
 * notifications are never sent inside the request that created them.
 */
export async function deliverPendingEmails() {
  const { deliverEmails } = await import("../../app/notifications/email-delivery.server");
  return deliverEmails("immediate");
}
