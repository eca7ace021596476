import { and, asc, desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog, circleMemberships, circlePosts, circleThreads, circles, notifications, users, type SiteRole } from "../../../db/schema";
import type { TestApp } from "../../support/app";
import type { HttpClient } from "../../support/http-client";
import { createUser, signIn } from "../../support/people";

// Builds moderation fixtures through the real app: circles, memberships and posts are made with the
// same form posts a browser sends.

export const RULES = "1. What is said here stays here.\n2. No identifying details.\n3. Respect.";
let n = 0;

export type Person = Awaited<ReturnType<typeof person>>;

export async function person(app: TestApp, init: { role?: SiteRole; displayName?: string; country?: string } = {}) {
  n += 1;
  const user = await createUser(app.db, { displayName: init.displayName ?? `Person ${n} ${Math.random().toString(36).slice(2, 6)}`, role: init.role, country: init.country });
  const client = app.client();
  await signIn(client, user.email);
  return { user, client };
}

export async function newCircle(app: TestApp, facilitator: Person, options: { kind?: "open" | "request" | "invite"; firstPostsHeld?: number } = {}) {
  n += 1;
  const slug = `mod-circle-${n}-${Math.random().toString(36).slice(2, 7)}`;
  const name = `Listening circle ${n}`;
  const r = await facilitator.client.post("/circles/new", {
    name, slug, purpose: "A calm place to be heard after harm.", kind: options.kind ?? "open", language: "en",
    timeZone: "Europe/London", capacity: "", firstPostsHeld: String(options.firstPostsHeld ?? 0), rulesMarkdown: RULES,
  });
  expect(r.status, "circle created").toBe(302);
  const [circle] = await app.db.select().from(circles).where(eq(circles.slug, slug));
  return { slug, name, id: circle!.id };
}

/** Joins (open circle at once; request circle: asks, and the facilitator approves) and accepts the rules. */
export async function join(slug: string, who: Person, options: { pseudonym?: string; accept?: boolean } = {}) {
  const r = await who.client.post(`/circles/${slug}`, { intent: "join", identity: options.pseudonym ? "pseudonym" : "display_name", pseudonym: options.pseudonym ?? "", message: "I would like to listen and share." });
  expect(r.status, "join").toBe(302);
  if (options.accept !== false && r.headers.get("location")?.endsWith("/rules")) await acceptRules(who.client, slug);
  return who;
}

export async function acceptRules(client: HttpClient, slug: string) {
  expect((await client.post(`/circles/${slug}/rules`, { intent: "accept" })).status, "accept rules").toBe(302);
}

export async function member(app: TestApp, slug: string, options: { pseudonym?: string; role?: SiteRole; displayName?: string; country?: string } = {}) {
  return join(slug, await person(app, options), options);
}

/** Starts a thread; returns its id and the opener post's id (or the response when not saved). */
export async function startThread(app: TestApp, client: HttpClient, slug: string, title: string, body: string) {
  const response = await client.post(`/circles/${slug}/threads/new`, { title, body, contentWarning: "" });
  let threadId = response.headers.get("location")?.match(/\/threads\/([^/?#]+)/)?.[1] ?? null;
  if (!threadId && response.status === 200) {
    // A held or distress post re-renders the page instead of redirecting.
    const [circle] = await app.db.select().from(circles).where(eq(circles.slug, slug));
    const [thread] = await app.db.select().from(circleThreads).where(and(eq(circleThreads.circleId, circle!.id), eq(circleThreads.title, title))).orderBy(desc(circleThreads.createdAt)).limit(1);
    threadId = thread?.id ?? null;
  }
  const [post] = threadId ? await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadId)).orderBy(asc(circlePosts.createdAt)) : [];
  return { response, threadId, postId: post?.id ?? null };
}

export async function replyTo(app: TestApp, client: HttpClient, slug: string, threadId: string, body: string) {
  const response = await client.post(`/circles/${slug}/threads/${threadId}`, { intent: "reply", body, contentWarning: "" });
  const location = response.headers.get("location") ?? "";
  let postId = location.match(/#post-(.+)$/)?.[1] ?? null;
  const html = response.status === 302 ? "" : await response.text();
  if (!postId && (response.status === 200 || location.endsWith("#care-note"))) {
    // Held replies re-render the page, and replies in distress go to the care note: the newest post is this one.
    const rows = await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadId)).orderBy(asc(circlePosts.createdAt));
    postId = rows.at(-1)?.id ?? null;
  }
  return { response, postId, html };
}

export async function postStatus(app: TestApp, postId: string) {
  const [row] = await app.db.select({ status: circlePosts.status, body: circlePosts.body }).from(circlePosts).where(eq(circlePosts.id, postId));
  return row!;
}

export async function membershipOf(app: TestApp, circleId: string, userId: string) {
  const [row] = await app.db.select().from(circleMemberships).where(and(eq(circleMemberships.circleId, circleId), eq(circleMemberships.userId, userId)));
  return row!;
}

export async function notificationsFor(app: TestApp, userId: string, kind?: string) {
  return app.db.select().from(notifications).where(kind ? and(eq(notifications.userId, userId), eq(notifications.kind, kind)) : eq(notifications.userId, userId));
}

export async function auditFor(app: TestApp, action: string, targetId: string) {
  return app.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
}

export async function wantsImmediateEmail(app: TestApp, userId: string) {
  await app.db.update(users).set({ emailPreference: "immediate" }).where(eq(users.id, userId));
}

/** A circle with its facilitator, a site peer supporter, an author (under a pseudonym) and a reader: the people care involves. */
export async function circleWithCareTeam(app: TestApp, author: { pseudonym: string; country?: string }) {
  const facilitator = await person(app, { role: "facilitator" });
  const peer = await person(app, { role: "peer_supporter" });
  const circle = await newCircle(app, facilitator);
  return { facilitator, peer, circle, author: await member(app, circle.slug, author), reader: await member(app, circle.slug) };
}
