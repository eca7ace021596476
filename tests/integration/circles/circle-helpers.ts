import { and, asc, desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog, circleMemberships, circlePosts, circleThreads, circles, notifications, users, type SiteRole } from "../../../db/schema";
import type { TestApp } from "../../support/app";
import type { HttpClient } from "../../support/http-client";
import { createUser, signIn } from "../../support/people";

// The one set of circle fixtures for integration tests (circles, moderation, forms, caching). Circles,
// memberships and posts are made through the real app, with the same form posts a browser sends.

export const RULES = "1. What is said here stays here.\n2. No identifying details: no names, places or dates.\n3. Respect.";
let n = 0;

export type Person = Awaited<ReturnType<typeof signedIn>>;

/** A new account, signed in; each gets its own display name unless one is given. */
export async function signedIn(app: TestApp, init: { role?: SiteRole; displayName?: string; country?: string } = {}) {
  n += 1;
  const user = await createUser(app.db, {
    displayName: init.displayName ?? `Person ${n} ${Math.random().toString(36).slice(2, 6)}`,
    role: init.role,
    country: init.country,
  });
  const client = app.client();
  await signIn(client, user.email);
  return { user, client };
}

type CircleOptions = { kind?: "open" | "request" | "invite"; firstPostsHeld?: number; capacity?: number; timeZone?: string; name?: string };

/** The given facilitator creates a circle through the real form. */
export async function newCircle(app: TestApp, facilitator: Person, options: CircleOptions = {}) {
  n += 1;
  const slug = `circle-${n}-${Math.random().toString(36).slice(2, 8)}`;
  const name = options.name ?? `Circle number ${n}`;
  const r = await facilitator.client.post("/circles/new", {
    name,
    slug,
    purpose: "A calm place for people who were involved in harm to be heard.",
    kind: options.kind ?? "open",
    language: "en",
    timeZone: options.timeZone ?? "Europe/London",
    capacity: options.capacity ? String(options.capacity) : "",
    firstPostsHeld: String(options.firstPostsHeld ?? 0),
    rulesMarkdown: RULES,
  });
  expect(
    r.status,
    await r
      .clone()
      .text()
      .then((t) => t.slice(0, 300)),
  ).toBe(302);
  const [circle] = await app.db.select().from(circles).where(eq(circles.slug, slug));
  return { slug, name, id: circle!.id, circle: circle! };
}

/** A new facilitator creates a circle through the real form. */
export async function createCircle(app: TestApp, options: CircleOptions = {}) {
  const facilitator = await signedIn(app, { role: "facilitator" });
  return { ...(await newCircle(app, facilitator, options)), facilitator };
}

/** Joins an open circle (optionally under a pseudonym) and accepts its rules. */
export async function joinOpen(app: TestApp, slug: string, options: { pseudonym?: string; displayName?: string; role?: SiteRole } = {}) {
  const person = await signedIn(app, { displayName: options.displayName, role: options.role });
  const r = await person.client.post(`/circles/${slug}`, {
    intent: "join",
    identity: options.pseudonym ? "pseudonym" : "display_name",
    pseudonym: options.pseudonym ?? "",
  });
  expect(r.status).toBe(302);
  expect(r.headers.get("location")).toBe(`/circles/${slug}/rules`);
  await acceptRules(person.client, slug);
  return person;
}

/** Joins (open circle at once; request circle: asks, and the facilitator approves) and accepts the rules. */
export async function join(slug: string, who: Person, options: { pseudonym?: string; accept?: boolean } = {}) {
  const r = await who.client.post(`/circles/${slug}`, {
    intent: "join",
    identity: options.pseudonym ? "pseudonym" : "display_name",
    pseudonym: options.pseudonym ?? "",
    message: "I would like to listen and share.",
  });
  expect(r.status, "join").toBe(302);
  if (options.accept !== false && r.headers.get("location")?.endsWith("/rules")) await acceptRules(who.client, slug);
  return who;
}

/** A new account that has joined the circle and accepted its rules. */
export async function member(app: TestApp, slug: string, options: { pseudonym?: string; role?: SiteRole; displayName?: string; country?: string } = {}) {
  return join(slug, await signedIn(app, options), options);
}

export async function acceptRules(client: HttpClient, slug: string) {
  expect((await client.post(`/circles/${slug}/rules`, { intent: "accept" })).status, "accept rules").toBe(302);
}

/** Starts a thread and returns its id (from the redirect). */
export async function startThread(client: HttpClient, slug: string, fields: { title: string; body: string; contentWarning?: string }) {
  const r = await client.post(`/circles/${slug}/threads/new`, { contentWarning: "", ...fields });
  const location = r.headers.get("location") ?? "";
  const match = location.match(/\/threads\/([^/?#]+)/);
  // A clone is read, so callers can still read the response themselves.
  return { response: r, threadId: match?.[1] ?? null, html: r.status === 302 ? "" : await r.clone().text() };
}

/** Starts a thread; returns its id and the opener post's id, also when the post was held and the page re-rendered. */
export async function openThread(app: TestApp, client: HttpClient, slug: string, title: string, body: string) {
  const { response, threadId: redirectedTo } = await startThread(client, slug, { title, body });
  let threadId = redirectedTo;
  if (!threadId && response.status === 200) {
    const [circle] = await app.db.select().from(circles).where(eq(circles.slug, slug));
    const [thread] = await app.db
      .select()
      .from(circleThreads)
      .where(and(eq(circleThreads.circleId, circle!.id), eq(circleThreads.title, title)))
      .orderBy(desc(circleThreads.createdAt))
      .limit(1);
    threadId = thread?.id ?? null;
  }
  const [post] = threadId ? await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadId)).orderBy(asc(circlePosts.createdAt)) : [];
  return { response, threadId, postId: post?.id ?? null };
}

export async function reply(client: HttpClient, slug: string, threadId: string, body: string, extra: Record<string, string> = {}) {
  return client.post(`/circles/${slug}/threads/${threadId}`, { intent: "reply", body, contentWarning: "", ...extra });
}

/** Replies; returns the new post's id, also when the reply was held (page re-rendered) or went to the care note. */
export async function replyTo(app: TestApp, client: HttpClient, slug: string, threadId: string, body: string) {
  const response = await reply(client, slug, threadId, body);
  const location = response.headers.get("location") ?? "";
  let postId = location.match(/#post-(.+)$/)?.[1] ?? null;
  const html = response.status === 302 ? "" : await response.text();
  if (!postId && (response.status === 200 || location.endsWith("#care-note"))) {
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
  const [row] = await app.db
    .select()
    .from(circleMemberships)
    .where(and(eq(circleMemberships.circleId, circleId), eq(circleMemberships.userId, userId)));
  return row!;
}

export async function notificationsOf(app: TestApp, userId: string, kind?: string) {
  return app.db
    .select()
    .from(notifications)
    .where(kind ? and(eq(notifications.userId, userId), eq(notifications.kind, kind)) : eq(notifications.userId, userId));
}

export async function auditFor(app: TestApp, action: string, targetId: string) {
  return app.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
}

export async function wantsImmediateEmail(app: TestApp, userId: string) {
  await app.db.update(users).set({ emailPreference: "immediate" }).where(eq(users.id, userId));
}

/** A circle with its facilitator, a site peer supporter, an author (under a pseudonym) and a reader: the people care involves. */
export async function circleWithCareTeam(app: TestApp, author: { pseudonym: string; country?: string }) {
  const facilitator = await signedIn(app, { role: "facilitator" });
  const peer = await signedIn(app, { role: "peer_supporter" });
  const circle = await newCircle(app, facilitator);
  return { facilitator, peer, circle, author: await member(app, circle.slug, author), reader: await member(app, circle.slug) };
}
