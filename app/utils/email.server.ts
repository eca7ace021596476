import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { emailOutbox } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { getEnv } from "./env.server";
import { newId } from "./ids.server";

export type Email = { to: string; subject: string; text: string };
export type StoredEmail = Email & { id: string; from: string; sentAt: string };

/**
 * Queues an email inside the caller's transaction: it exists if and only if the write that asks for it
 * commits. The background deliverer (app/notifications/email-outbox.server.ts) claims and sends it after the
 * commit, once, from whichever process gets to it first; a failed send is tried again, never lost. Callers
 * wake the deliverer after their commit (wakeEmailDelivery) so the email leaves within a moment.
 */
export async function queueEmail(tx: Queryable, emails: Email | Email[]): Promise<void> {
  const list = Array.isArray(emails) ? emails : [emails];
  if (!list.length) return;
  await tx.insert(emailOutbox).values(list.map((e) => ({ id: newId(), toAddress: e.to, subject: e.subject, body: e.text })));
}

/**
 * Sends mail through SMTP_URL (nodemailer). Without SMTP_URL, each message is written to
 * DATA_DIR/mail and listed at /dev/mail in development.
 * Callers write plain text that says something happened and links to it: never post text.
 */
export async function sendEmail(email: Email): Promise<void> {
  const env = getEnv();
  if (env.SMTP_URL) {
    const nodemailer = await import("nodemailer");
    const transport = nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, to: email.to, subject: email.subject, text: email.text });
    return;
  }
  const dir = mailDir();
  await mkdir(dir, { recursive: true });
  const stored: StoredEmail = { ...email, id: newId(), from: env.MAIL_FROM, sentAt: new Date().toISOString() };
  const name = `${stored.sentAt.replace(/[:.]/g, "-")}-${stored.id}.json`;
  await writeFile(path.join(dir, name), JSON.stringify(stored, null, 2));
}

export function mailDir() {
  return path.join(path.resolve(getEnv().DATA_DIR), "mail");
}

/** Messages in the dev mailbox, newest first. */
export async function listDevMail(limit = 100): Promise<StoredEmail[]> {
  const dir = mailDir();
  const names = await readdir(dir).catch(() => [] as string[]);
  const newest = names
    .filter((n) => n.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(newest.map(async (n) => JSON.parse(await readFile(path.join(dir, n), "utf8")) as StoredEmail));
}

/**
 * The absolute URL of a path on this site, for links in emails and feeds. It is always built from
 * PUBLIC_URL, never from the request: its Host and X-Forwarded-Host headers are chosen by whoever sends
 * it, and a forged Host would otherwise put an attacker's site in a password-reset link.
 */
export function publicLink(pathname: string) {
  return new URL(pathname, getEnv().PUBLIC_URL).toString();
}

/** publicLink for the existing callers that pass a request; the request is deliberately ignored. */
export function absoluteUrl(_request: unknown, pathname: string) {
  return publicLink(pathname);
}
