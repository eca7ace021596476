import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { createCircle, joinOpen, signedIn, startThread } from "./circle-helpers";

const app = useTestApp();
let open: Awaited<ReturnType<typeof createCircle>>;
let request: Awaited<ReturnType<typeof createCircle>>;
let invite: Awaited<ReturnType<typeof createCircle>>;
const SECRET_TITLE = "Secret-title-I-keep-thinking-about-that-night";
let openThreadId: string;
let inviteThreadId: string;

beforeAll(async () => {
  open = await createCircle(app, { kind: "open", name: "Visible open circle" });
  request = await createCircle(app, { kind: "request", name: "Visible request circle" });
  invite = await createCircle(app, { kind: "invite", name: "Hidden invitation circle" });
  openThreadId = (await startThread(open.facilitator.client, open.slug, { title: SECRET_TITLE, body: "Secret body about the open circle." })).threadId!;
  inviteThreadId = (await startThread(invite.facilitator.client, invite.slug, { title: "Invite-only thread title", body: "Invite-only body." })).threadId!;
});

describe(`who sees what (${testDriver()})`, () => {
  it("anonymous visitors see the public explanation and the list without member counts", async () => {
    const page = await app.client().html("/circles");
    expect(page.status).toBe(200);
    expect(page.html).toContain("How circles work");
    expect(page.html).toContain("Visible open circle");
    expect(page.html).toContain("Visible request circle");
    expect(page.html).not.toContain("Hidden invitation circle");
    expect(page.html).not.toMatch(/\d+ members?</);
    const signed = await (await signedIn(app)).client.html("/circles");
    expect(signed.html).toMatch(/1 member</);
  });

  it("an invite-only circle answers 404 to non-members, its threads too, and never lists", async () => {
    const stranger = await signedIn(app);
    for (const client of [app.client(), stranger.client]) {
      expect((await client.get(`/circles/${invite.slug}`)).status).toBe(404);
      expect((await client.get(`/circles/${invite.slug}/rules`)).status).toBe(404);
      const thread = await client.get(`/circles/${invite.slug}/threads/${inviteThreadId}`);
      expect([302, 404]).toContain(thread.status);
      if (thread.status === 302) expect(thread.headers.get("location")).toMatch(/^\/login/);
    }
    expect((await stranger.client.get(`/circles/${invite.slug}/threads/${inviteThreadId}`)).status).toBe(404);
    expect((await stranger.client.html("/circles")).html).not.toContain("Hidden invitation circle");
    expect((await invite.facilitator.client.html("/circles")).html).toContain("Hidden invitation circle");
  });

  it("a non-member never sees a thread title or excerpt, only the public description", async () => {
    const stranger = await signedIn(app);
    const circlePage = await stranger.client.html(`/circles/${open.slug}`);
    expect(circlePage.status).toBe(200);
    expect(circlePage.html).toContain("A calm place for people who were involved in harm");
    expect(circlePage.html).not.toContain(SECRET_TITLE);
    expect(circlePage.html).not.toContain("Secret body");
    const thread = await stranger.client.get(`/circles/${open.slug}/threads/${openThreadId}`);
    expect(thread.status).toBe(302);
    expect(thread.headers.get("location")).toBe(`/circles/${open.slug}`);
    expect(await thread.text()).not.toContain(SECRET_TITLE);
    const members = await stranger.client.get(`/circles/${open.slug}/members`);
    expect(members.status).toBe(302);
    const anonymous = await app.client().html(`/circles/${open.slug}`);
    expect(anonymous.html).not.toContain(SECRET_TITLE);
    // Nor through the .ics or posting routes.
    expect((await stranger.client.post(`/circles/${open.slug}/threads/${openThreadId}`, { intent: "reply", body: "Hello" })).status).toBe(403);
  });

  it("site moderators see content only in the marked moderating view, and each view is audit-logged", async () => {
    const moderator = await signedIn(app, { role: "moderator" });
    const plain = await moderator.client.html(`/circles/${open.slug}`);
    expect(plain.html).not.toContain(SECRET_TITLE);
    expect(plain.html).toContain("Open the moderating view");
    const moderating = await moderator.client.html(`/circles/${open.slug}?view=moderating`);
    expect(moderating.html).toContain("Moderating view.");
    expect(moderating.html).toContain(SECRET_TITLE);
    const thread = await moderator.client.html(`/circles/${open.slug}/threads/${openThreadId}?view=moderating`);
    expect(thread.html).toContain("Secret body about the open circle.");
    const entries = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "circle.moderating_view"), eq(auditLog.actorId, moderator.user.id)));
    expect(entries.map((e) => e.targetType).sort()).toEqual(["circle", "circle_thread"]);
    // An ordinary member cannot use the moderating view to skip the rules or membership.
    const stranger = await signedIn(app);
    expect(await (await stranger.client.html(`/circles/${open.slug}?view=moderating`)).html).not.toContain(SECRET_TITLE);
  });

  it("the list and the circle page agree for every kind of person and circle", async () => {
    const member = await joinOpen(app, open.slug);
    const people: Array<[string, HttpClient]> = [
      ["anonymous", app.client()],
      ["member elsewhere", member.client],
      ["stranger", (await signedIn(app)).client],
      ["peer supporter", (await signedIn(app, { role: "peer_supporter" })).client],
      ["site facilitator", (await signedIn(app, { role: "facilitator" })).client],
      ["moderator", (await signedIn(app, { role: "moderator" })).client],
      ["admin", (await signedIn(app, { role: "admin" })).client],
      ["invite facilitator", invite.facilitator.client],
    ];
    for (const [who, client] of people) {
      const list = (await client.html("/circles")).html;
      for (const c of [open, request, invite]) {
        const listed = list.includes(`href="/circles/${c.slug}"`);
        const status = (await client.get(`/circles/${c.slug}`)).status;
        expect({ who, circle: c.name, listed, status }).toEqual({ who, circle: c.name, listed: status === 200, status: listed ? 200 : 404 });
      }
    }
  });

  it("held posts are seen by their author and the facilitators, not by other members", async () => {
    const c = await createCircle(app, { firstPostsHeld: 1 });
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Hold check", body: "Opening." });
    const newcomer = await joinOpen(app, c.slug, { pseudonym: "Slow River" });
    const other = await joinOpen(app, c.slug);
    const r = await newcomer.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "reply", body: "My very first words here." });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("a facilitator reads your first posts");
    expect((await newcomer.client.html(`/circles/${c.slug}/threads/${threadId}`)).html).toContain("My very first words here.");
    expect((await other.client.html(`/circles/${c.slug}/threads/${threadId}`)).html).not.toContain("My very first words here.");
    const facilitatorView = await c.facilitator.client.html(`/circles/${c.slug}/threads/${threadId}`);
    expect(facilitatorView.html).toContain("My very first words here.");
    expect(facilitatorView.html).toContain("Approve this post");
    const postId =
      facilitatorView.html.match(/name="postId" value="([^"]+)"[^>]*>(?:<input[^>]*>)*<button type="submit" class="small">Approve/)?.[1] ??
      facilitatorView.html.match(/value="approve"\/><input type="hidden" name="postId" value="([^"]+)"/)?.[1];
    expect(postId).toBeTruthy();
    expect((await c.facilitator.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "approve", postId: postId! })).status).toBe(302);
    expect((await other.client.html(`/circles/${c.slug}/threads/${threadId}`)).html).toContain("My very first words here.");
    // Once the first post is approved, the next one is published at once.
    expect((await newcomer.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "reply", body: "Second words." })).status).toBe(302);
    expect((await other.client.html(`/circles/${c.slug}/threads/${threadId}`)).html).toContain("Second words.");
  });
});
