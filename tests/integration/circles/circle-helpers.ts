import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import { circles, notifications, type SiteRole } from "../../../db/schema";
import type { TestApp } from "../../support/app";
import type { HttpClient } from "../../support/http-client";
import { createUser, signIn } from "../../support/people";

export const RULES = "1. What is said here stays here.\n2. No identifying details: no names, places or dates.\n3. Respect.";
let n = 0;

export async function signedIn(app: TestApp, init: { role?: SiteRole; displayName?: string; country?: string } = {}) {
  const user = await createUser(app.db, init);
  const client = app.client();
  await signIn(client, user.email);
  return { user, client };
}

/** A facilitator creates a circle through the real form. */
export async function createCircle(app: TestApp, options: { kind?: "open" | "request" | "invite"; firstPostsHeld?: number; capacity?: number; timeZone?: string; name?: string } = {}) {
  const facilitator = await signedIn(app, { role: "facilitator" });
  n += 1;
  const slug = `circle-${n}-${Math.random().toString(36).slice(2, 8)}`;
  const name = options.name ?? `Circle number ${n}`;
  const r = await facilitator.client.post("/circles/new", {
    name, slug, purpose: "A calm place for people who were involved in harm to be heard.", kind: options.kind ?? "open", language: "en",
    timeZone: options.timeZone ?? "Europe/London", capacity: options.capacity ? String(options.capacity) : "", firstPostsHeld: String(options.firstPostsHeld ?? 0), rulesMarkdown: RULES,
  });
  expect(r.status, await r.clone().text().then((t) => t.slice(0, 300))).toBe(302);
  const [circle] = await app.db.select().from(circles).where(eq(circles.slug, slug));
  return { slug, name, circle: circle!, facilitator };
}

/** Joins an open circle (optionally under a pseudonym) and accepts its rules. */
export async function joinOpen(app: TestApp, slug: string, options: { pseudonym?: string; displayName?: string; role?: SiteRole } = {}) {
  const person = await signedIn(app, { displayName: options.displayName, role: options.role });
  const r = await person.client.post(`/circles/${slug}`, { intent: "join", identity: options.pseudonym ? "pseudonym" : "display_name", pseudonym: options.pseudonym ?? "" });
  expect(r.status).toBe(302);
  expect(r.headers.get("location")).toBe(`/circles/${slug}/rules`);
  await acceptRules(person.client, slug);
  return person;
}

export async function acceptRules(client: HttpClient, slug: string) {
  const r = await client.post(`/circles/${slug}/rules`, { intent: "accept" });
  expect(r.status).toBe(302);
}

/** Starts a thread and returns its id (from the redirect). */
export async function startThread(client: HttpClient, slug: string, fields: { title: string; body: string; contentWarning?: string }) {
  const r = await client.post(`/circles/${slug}/threads/new`, { contentWarning: "", ...fields });
  const location = r.headers.get("location") ?? "";
  const match = location.match(/\/threads\/([^/?#]+)/);
  return { response: r, threadId: match?.[1] ?? null, html: r.status === 302 ? "" : await r.text() };
}

export async function reply(client: HttpClient, slug: string, threadId: string, body: string, extra: Record<string, string> = {}) {
  return client.post(`/circles/${slug}/threads/${threadId}`, { intent: "reply", body, contentWarning: "", ...extra });
}

export async function notificationsOf(app: TestApp, userId: string, kind?: string) {
  return app.db.select().from(notifications).where(kind ? and(eq(notifications.userId, userId), eq(notifications.kind, kind)) : eq(notifications.userId, userId));
}
