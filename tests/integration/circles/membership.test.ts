import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditLog, circleMemberships } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { linkFromMail } from "../../support/mail";
import { acceptRules, createCircle, joinOpen, notificationsOf, reply, signedIn, startThread, RULES } from "./circle-helpers";

const app = useTestApp();
afterEach(() => {
  globalThis.__restorativeClock = undefined;
});

const CIRCLE_FIELDS = {
  name: "After a difficult night",
  purpose: "For people who want to talk about a difficult night shift.",
  kind: "open",
  language: "en",
  timeZone: "Europe/Dublin",
  capacity: "",
  firstPostsHeld: "2",
  rulesMarkdown: RULES,
};

describe(`circle creation (${testDriver()})`, () => {
  it("lets site facilitators, moderators and admins create circles, and becomes their facilitator", async () => {
    for (const role of ["facilitator", "moderator", "admin"] as const) {
      const { user, client } = await signedIn(app, { role });
      const slug = `made-by-${role}`;
      const r = await client.post("/circles/new", { ...CIRCLE_FIELDS, slug });
      expect(r.status).toBe(302);
      expect(r.headers.get("location")).toBe(`/circles/${slug}`);
      const page = await client.html(`/circles/${slug}`);
      expect(page.html).toContain("After a difficult night");
      expect(page.html).toContain("Schedule a gathering");
      const audit = await app.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "circle.created"), eq(auditLog.actorId, user.id)));
      expect(audit).toHaveLength(1);
    }
  });

  it("refuses members and peer supporters", async () => {
    for (const role of ["member", "peer_supporter"] as const) {
      const { client } = await signedIn(app, { role });
      expect((await client.get("/circles/new")).status).toBe(403);
      expect((await client.post("/circles/new", { ...CIRCLE_FIELDS, slug: `not-allowed-${role.replace("_", "-")}` })).status).toBe(403);
    }
  });

  it("keeps what was typed and explains the problem next to the field", async () => {
    const { client } = await signedIn(app, { role: "facilitator" });
    const r = await client.post("/circles/new", { ...CIRCLE_FIELDS, slug: "Not A Slug!", name: "Kept name here" });
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain("Use lower-case letters, numbers and single hyphens");
    expect(html).toContain('value="Kept name here"');
  });
});

describe(`joining (${testDriver()})`, () => {
  it("open circle: join at once, but the rules must be accepted before reading", async () => {
    const { slug, facilitator } = await createCircle(app);
    const { threadId } = await startThread(facilitator.client, slug, { title: "Welcome, everyone", body: "Say hello when you are ready." });
    const { client } = await signedIn(app);
    const r = await client.post(`/circles/${slug}`, { intent: "join", identity: "display_name", pseudonym: "" });
    expect(r.headers.get("location")).toBe(`/circles/${slug}/rules`);
    const before = await client.get(`/circles/${slug}/threads/${threadId}`);
    expect(before.status).toBe(302);
    expect(before.headers.get("location")).toBe(`/circles/${slug}/rules`);
    expect((await client.html(`/circles/${slug}`)).html).not.toContain("Welcome, everyone");
    await acceptRules(client, slug);
    expect((await client.html(`/circles/${slug}/threads/${threadId}`)).html).toContain("Say hello when you are ready.");
  });

  it("request to join: approved, and the requester is told", async () => {
    const { slug, name, facilitator } = await createCircle(app, { kind: "request" });
    const requester = await signedIn(app);
    const missing = await requester.client.post(`/circles/${slug}`, { intent: "join", identity: "display_name", message: "" });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Write a short message to the facilitators");
    const r = await requester.client.post(`/circles/${slug}`, { intent: "join", identity: "display_name", message: "I would like to listen for a while." });
    expect(r.headers.get("location")).toBe(`/circles/${slug}?requested=1`);
    expect((await requester.client.html(`/circles/${slug}`)).html).toContain("Your request to join is with the facilitators");
    expect(await notificationsOf(app, facilitator.user.id, "circle.join_requested")).toHaveLength(1);
    const members = await facilitator.client.html(`/circles/${slug}/members`);
    expect(members.html).toContain("I would like to listen for a while.");
    const [m] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, requester.user.id));
    const decided = await facilitator.client.post(`/circles/${slug}/members`, { intent: "decide", membershipId: m!.id, decision: "approve", reason: "" });
    expect(decided.status).toBe(200);
    const [told] = await notificationsOf(app, requester.user.id, "circle.join_decided");
    expect(told!.message).toBe(`Your request to join ${name} was accepted`);
    await acceptRules(requester.client, slug);
    expect((await requester.client.html(`/circles/${slug}`)).html).toContain("Start a thread");
  });

  it("request to join: declined with a reason the requester can read", async () => {
    const { slug, name, facilitator } = await createCircle(app, { kind: "request" });
    const requester = await signedIn(app);
    await requester.client.post(`/circles/${slug}`, { intent: "join", identity: "display_name", message: "Hello." });
    const [m] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, requester.user.id));
    await facilitator.client.post(`/circles/${slug}/members`, {
      intent: "decide",
      membershipId: m!.id,
      decision: "decline",
      reason: "This circle is for midwives; the open circle may suit you better.",
    });
    const [told] = await notificationsOf(app, requester.user.id, "circle.join_decided");
    expect(told!.message).toBe(`Your request to join ${name} was not accepted this time`);
    const page = await requester.client.html(`/circles/${slug}`);
    expect(page.html).toContain("the open circle may suit you better");
    expect((await requester.client.get(`/circles/${slug}/threads/new`)).status).toBe(403);
  });

  it("invitation only: a valid link joins, a used link and an expired link are refused, another account is refused", async () => {
    const { slug, facilitator } = await createCircle(app, { kind: "invite" });
    const guest = await signedIn(app);
    const other = await signedIn(app);
    expect((await guest.client.get(`/circles/${slug}`)).status).toBe(404);
    const sent = await facilitator.client.post(`/circles/${slug}/members`, { intent: "invite", email: guest.user.email });
    expect(sent.status).toBe(200);
    const link = await linkFromMail(app.dataDir, guest.user.email, "/circles/invitations/");

    const wrong = await other.client.post(link, { identity: "display_name", pseudonym: "" });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("sent to a different email address");

    expect((await guest.client.html(link)).html).toContain("You are invited to");
    const ok = await guest.client.post(link, { identity: "pseudonym", pseudonym: "Morning Tide" });
    expect(ok.headers.get("location")).toBe(`/circles/${slug}/rules`);
    await acceptRules(guest.client, slug);
    expect((await guest.client.get(`/circles/${slug}`)).status).toBe(200);

    const again = await guest.client.html(link);
    expect(again.status).toBe(410);
    expect(again.html).toContain("already been used");

    const late = await signedIn(app);
    await facilitator.client.post(`/circles/${slug}/members`, { intent: "invite", email: late.user.email });
    const lateLink = await linkFromMail(app.dataDir, late.user.email, "/circles/invitations/");
    globalThis.__restorativeClock = () => new Date(Date.now() + 8 * 86_400_000);
    const expired = await late.client.post(lateLink, { identity: "display_name", pseudonym: "" });
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain("This invitation has expired");
    expect((await late.client.get(`/circles/${slug}`)).status).toBe(404);
  });

  it("a new version of the rules must be accepted again before reading", async () => {
    const { slug, facilitator } = await createCircle(app);
    const { threadId } = await startThread(facilitator.client, slug, { title: "A quiet check-in", body: "How is everyone?" });
    const member = await joinOpen(app, slug);
    expect((await member.client.get(`/circles/${slug}/threads/${threadId}`)).status).toBe(200);
    const published = await facilitator.client.post(`/circles/${slug}/rules`, {
      intent: "publish",
      bodyMarkdown: `${RULES}\n4. Take breaks when you need them.`,
    });
    expect(await published.text()).toContain("Version 2 is published");
    const blocked = await member.client.get(`/circles/${slug}/threads/${threadId}`);
    expect(blocked.headers.get("location")).toBe(`/circles/${slug}/rules`);
    const rules = await member.client.html(`/circles/${slug}/rules`);
    expect(rules.html).toContain("Take breaks when you need them");
    expect(rules.html).toContain("The facilitators have updated the ground rules");
    expect(await notificationsOf(app, member.user.id, "circle.rules_changed")).toHaveLength(1);
    await acceptRules(member.client, slug);
    expect((await member.client.get(`/circles/${slug}/threads/${threadId}`)).status).toBe(200);
    // The facilitator who published them is not locked out.
    expect((await facilitator.client.get(`/circles/${slug}/threads/${threadId}`)).status).toBe(200);
  });
});

describe(`leaving, removal and muting (${testDriver()})`, () => {
  it("a member can leave, and is told; the leaving is audit-logged", async () => {
    const { slug } = await createCircle(app);
    const member = await joinOpen(app, slug);
    const r = await member.client.post(`/circles/${slug}`, { intent: "leave" });
    expect(r.status).toBe(302);
    expect((await member.client.get(`/circles/${slug}/threads/new`)).status).toBe(403);
    expect(await notificationsOf(app, member.user.id, "circle.left")).toHaveLength(1);
    expect(
      await app.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "circle.left"), eq(auditLog.actorId, member.user.id))),
    ).toHaveLength(1);
  });

  it("a facilitator removes a member with a reason: the member is told, loses access, and it is audit-logged", async () => {
    const { slug, facilitator } = await createCircle(app);
    const { threadId } = await startThread(facilitator.client, slug, { title: "Removal check", body: "Text." });
    const member = await joinOpen(app, slug);
    const [m] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, member.user.id));
    const empty = await facilitator.client.post(`/circles/${slug}/members`, { intent: "remove", membershipId: m!.id, reason: "" });
    expect(empty.status).toBe(400);
    const r = await facilitator.client.post(`/circles/${slug}/members`, {
      intent: "remove",
      membershipId: m!.id,
      reason: "Repeatedly shared identifying details after reminders.",
    });
    expect(r.status).toBe(200);
    expect((await member.client.get(`/circles/${slug}/threads/${threadId}`)).status).toBe(302);
    const page = await member.client.html(`/circles/${slug}`);
    expect(page.html).toContain("Repeatedly shared identifying details after reminders.");
    expect(page.html).not.toContain("Removal check");
    expect(await notificationsOf(app, member.user.id, "circle.member_removed")).toHaveLength(1);
    const [audit] = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "circle.member_removed"), eq(auditLog.targetId, m!.id)));
    expect(audit!.actorId).toBe(facilitator.user.id);
    expect(audit!.reason).toBe("Repeatedly shared identifying details after reminders.");
    // A removed member cannot simply join again.
    const rejoin = await member.client.post(`/circles/${slug}`, { intent: "join", identity: "display_name" });
    expect(rejoin.status).toBe(404);
  });

  it("a muted member can read but not post until the mute ends; they are told and it is audit-logged", async () => {
    const { slug, facilitator } = await createCircle(app);
    const { threadId } = await startThread(facilitator.client, slug, { title: "Muting check", body: "Opening words." });
    const member = await joinOpen(app, slug);
    const [m] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, member.user.id));
    await facilitator.client.post(`/circles/${slug}/members`, { intent: "mute", membershipId: m!.id, days: "3", reason: "A pause to cool down." });
    const read = await member.client.html(`/circles/${slug}/threads/${threadId}`);
    expect(read.status).toBe(200);
    expect(read.html).toContain("Opening words.");
    expect(read.html).toContain("paused your posting");
    expect(read.html).not.toContain("Post the reply");
    expect((await reply(member.client, slug, threadId!, "Trying to reply while muted")).status).toBe(403);
    expect((await member.client.post(`/circles/${slug}/threads/new`, { title: "A new one", body: "Muted text" })).status).toBe(403);
    expect(await notificationsOf(app, member.user.id, "circle.member_muted")).toHaveLength(1);
    expect(
      await app.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "circle.member_muted"), eq(auditLog.targetId, m!.id))),
    ).toHaveLength(1);
    globalThis.__restorativeClock = () => new Date(Date.now() + 4 * 86_400_000);
    expect((await reply(member.client, slug, threadId!, "Back after the pause")).status).toBe(302);
  });
});
