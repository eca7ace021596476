import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog, circleMemberships, circlePosts, circleThreads, contactRequests, emailOutbox, notifications, sessions, users } from "../../../db/schema";
import { deliverQueuedEmails } from "../../../app/notifications/email-outbox.server";
import { eraseDueAccounts } from "../../../app/accounts/deletion.server";
import { startTestApp, type TestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { readMailbox } from "../../support/mail";
import { TEST_PASSWORD, signIn } from "../../support/people";
import { createCircle, joinOpen, reply, startThread } from "../circles/circle-helpers";
import { FACILITATORS } from "../../../db/seed/data/facilitators";
import { createOrganisationMember, seedDataFile } from "../directory/helpers";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());
afterEach(() => {
  globalThis.__restorativeClock = undefined;
});

const DAY = 86_400_000;

/** A circle where Kōwhai (the person under test) and Rātā (someone else) talk in one thread. */
async function conversation() {
  const { slug } = await createCircle(app);
  const me = await joinOpen(app, slug, { pseudonym: `Kowhai ${Math.random().toString(36).slice(2, 6)}`, displayName: "Aroha Kingi" });
  const other = await joinOpen(app, slug, { pseudonym: "Rata tree", displayName: "Wiremu Tane" });
  const { threadId } = await startThread(me.client, slug, { title: "After the night shift", body: "My own words about the night it happened." });
  expect(threadId).toBeTruthy();
  expect((await reply(other.client, slug, threadId!, "Someone else's reply, which is theirs alone.")).status).toBe(302);
  expect((await reply(me.client, slug, threadId!, "My second post, thanking them.")).status).toBe(302);
  const [membership] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, me.user.id));
  return { slug, threadId: threadId!, me, other, membership: membership! };
}

describe(`download your data (${testDriver()})`, () => {
  it("gives a signed-in person their own data as a JSON file that no cache keeps, and audits it", async () => {
    const { me, other, membership } = await conversation();
    const page = await me.client.get("/account/export");
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    const download = await me.client.post("/account/export.json", {});
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toMatch(/^application\/json/);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="restorative-network-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(download.headers.get("cache-control")).toBe("private, no-store");
    const text = await download.text();
    const data = JSON.parse(text);
    expect(data.account.email).toBe(me.user.email);
    expect(data.circles.memberships[0].pseudonym).toBe(membership.pseudonym);
    expect(data.circles.memberships[0].groundRulesAcceptedVersion).toBe(1);
    expect(data.circles.threadsStarted.map((t: { title: string }) => t.title)).toEqual(["After the night shift"]);
    expect(data.circles.posts.map((p: { text: string }) => p.text)).toEqual(["My own words about the night it happened.", "My second post, thanking them."]);
    // Nothing of the other member: not their words, pseudonym, name or address.
    for (const theirs of ["Someone else's reply", "Rata tree", "Wiremu Tane", other.user.email, other.user.id]) expect(text).not.toContain(theirs);
    expect(text).not.toContain(me.user.passwordHash);
    const audited = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.data_exported"), eq(auditLog.targetId, me.user.id)));
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited)).not.toContain("night");
  });

  it("refuses a download started from another site, and asks a signed-out visitor to sign in", async () => {
    const { me } = await conversation();
    const forged = await me.client.post("/account/export.json", {}, { origin: "https://evil.example" });
    expect(forged.status).toBe(403);
    const anonymous = await app.client().post("/account/export.json", {});
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login/);
  });
});

describe(`deleting an account (${testDriver()})`, () => {
  it("keeps the form and says what is wrong when the phrase or password is not right, changing nothing", async () => {
    const { me } = await conversation();
    const r = await me.client.post("/account/delete", { posts: "keep", phrase: "delete", password: "not my password at all" });
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain("Please type the words “delete my account” to confirm.");
    expect(html).toContain("That password is not right.");
    expect(html).toContain('value="delete"');
    const [row] = await app.db.select().from(users).where(eq(users.id, me.user.id));
    expect(row!.deletionDueAt).toBeNull();
    expect((await me.client.get("/account")).status).toBe(200);
  });

  it("schedules deletion in one transaction: signed out everywhere, audited, an email queued; signing in again lets them keep it", async () => {
    const { me } = await conversation();
    const elsewhere = app.client();
    await signIn(elsewhere, me.user.email);
    const r = await me.client.post("/account/delete", { posts: "keep", phrase: "Delete my account ", password: TEST_PASSWORD });
    expect(r.status).toBe(302);
    expect(r.headers.get("location")).toMatch(/^\/account\/deleted\?on=/);
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, me.user.id))).toHaveLength(0);
    expect((await elsewhere.get("/account")).status).toBe(302);
    const [row] = await app.db.select().from(users).where(eq(users.id, me.user.id));
    expect(new Date(row!.deletionDueAt!).getTime()).toBeGreaterThan(Date.now() + 13 * DAY);
    expect(
      await app.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "account.deletion_requested"), eq(auditLog.targetId, me.user.id))),
    ).toHaveLength(1);
    const queued = await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, me.user.email));
    expect(queued.map((q) => q.subject)).toEqual(["Your Restorative Network account will be deleted"]);
    await deliverQueuedEmails({ db: app.db });
    expect((await readMailbox(app.dataDir)).filter((m) => m.to === me.user.email).map((m) => m.subject)).toContain(
      "Your Restorative Network account will be deleted",
    );
    // Sent: the row stays as a record that it went, with its body (which may hold a link) blanked.
    const sentRows = await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, me.user.email));
    expect(sentRows.every((row) => row.sentAt !== null && row.body === "")).toBe(true);

    // Changing their mind within the grace period.
    const back = app.client();
    await signIn(back, me.user.email);
    const home = await back.html("/circles");
    expect(home.html).toContain("Your account is due to be deleted on");
    const kept = await back.post("/account/delete", { intent: "keep" });
    expect(kept.headers.get("location")).toBe("/account?kept=1");
    const [after] = await app.db.select().from(users).where(eq(users.id, me.user.id));
    expect(after!.deletionDueAt).toBeNull();
    globalThis.__restorativeClock = () => new Date(Date.now() + 30 * DAY);
    expect(await eraseDueAccounts(app.db)).toBe(0);
    expect(
      await app.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "account.deletion_cancelled"), eq(auditLog.targetId, me.user.id))),
    ).toHaveLength(1);
  });

  it("after the grace period erases the person and keeps their posts under “Former member”, with no pseudonym left", async () => {
    const { me, other, slug, threadId, membership } = await conversation();
    await me.client.post("/account/delete", { posts: "keep", phrase: "delete my account", password: TEST_PASSWORD });
    globalThis.__restorativeClock = () => new Date(Date.now() + 13 * DAY);
    expect(await eraseDueAccounts(app.db)).toBe(0);
    globalThis.__restorativeClock = () => new Date(Date.now() + 15 * DAY);
    expect(await eraseDueAccounts(app.db)).toBe(1);
    globalThis.__restorativeClock = undefined;
    const [row] = await app.db.select().from(users).where(eq(users.id, me.user.id));
    expect(row!.email).not.toContain(me.user.email.split("@")[0]);
    expect(row!.displayName).toBe("Former member");
    expect(row!.erasedAt).not.toBeNull();
    const [m] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.id, membership.id));
    expect(m!.pseudonym).toBeNull();
    expect(m!.status).toBe("left");
    expect(await app.db.select().from(notifications).where(eq(notifications.userId, me.user.id))).toHaveLength(0);
    const thread = await other.client.html(`/circles/${slug}/threads/${threadId}`);
    expect(thread.html).toContain("My own words about the night it happened.");
    expect(thread.html).toContain("Former member");
    expect(thread.html).not.toContain(membership.pseudonym!);
    expect(
      await app.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "account.erased"), eq(auditLog.targetId, me.user.id))),
    ).toHaveLength(1);
    expect((await app.client().post("/login", { email: me.user.email, password: TEST_PASSWORD })).status).not.toBe(302);
    await deliverQueuedEmails({ db: app.db });
    expect((await readMailbox(app.dataDir)).filter((x) => x.to === me.user.email).map((x) => x.subject)).toContain(
      "Your Restorative Network account is deleted",
    );
  });

  it("removes the posts and the thread titles when the person chose that", async () => {
    const { me, other, slug, threadId, membership } = await conversation();
    await me.client.post("/account/delete", { posts: "remove", phrase: "delete my account", password: TEST_PASSWORD });
    globalThis.__restorativeClock = () => new Date(Date.now() + 15 * DAY);
    expect(await eraseDueAccounts(app.db)).toBe(1);
    globalThis.__restorativeClock = undefined;
    const posts = await app.db.select().from(circlePosts).where(eq(circlePosts.authorMembershipId, membership.id));
    expect(posts.map((p) => [p.status, p.body])).toEqual([
      ["deleted", ""],
      ["deleted", ""],
    ]);
    const [thread] = await app.db.select().from(circleThreads).where(eq(circleThreads.id, threadId));
    expect(thread!.title).not.toContain("night shift");
    const page = await other.client.html(`/circles/${slug}/threads/${threadId}`);
    expect(page.html).not.toContain("My own words");
    expect(page.html).toContain("Someone else's reply, which is theirs alone.");
  });

  it("withdraws the person's unanswered contact requests, keeps answered ones without their words, and forgets emails sent to them", async () => {
    const { user, organisationId } = await createOrganisationMember(app, "Harbourside Health");
    const ids = await seedDataFile(app, FACILITATORS.slice(0, 1));
    const profileId = Object.values(ids)[0]!;
    const request = (status: "pending" | "accepted", message: string) => ({
      id: crypto.randomUUID(),
      profileId,
      organisationId,
      requesterId: user.id,
      harmType: "medication",
      setting: "pharmacy",
      modality: "online",
      languages: ["en"],
      timeframe: "flexible" as const,
      message,
      status,
      expiresAt: new Date(Date.now() + DAY),
      respondedAt: status === "accepted" ? new Date() : null,
    });
    const pending = request("pending", "Our ward lost a patient on 3 May; Dr Hemi Walker asked us to reach out.");
    const answered = request("accepted", "Please call Mere Tipene on the ward about the review.");
    await app.db.insert(contactRequests).values([pending, answered]);
    await app.db.insert(emailOutbox).values({ id: crypto.randomUUID(), toAddress: user.email, subject: "An old notice", body: "", sentAt: new Date() });

    const client = app.client();
    await signIn(client, user.email);
    expect((await client.post("/account/delete", { posts: "keep", phrase: "delete my account", password: TEST_PASSWORD })).status).toBe(302);
    globalThis.__restorativeClock = () => new Date(Date.now() + 15 * DAY);
    expect(await eraseDueAccounts(app.db)).toBe(1);
    globalThis.__restorativeClock = undefined;

    const left = await app.db.select().from(contactRequests).where(eq(contactRequests.requesterId, user.id));
    expect(left.map((r) => [r.id, r.status])).toEqual([[answered.id, "accepted"]]);
    expect(left[0]!.message).not.toContain("Mere Tipene");
    expect(left[0]!.message).toContain("deleted their account");
    const rows = await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, user.email));
    expect(rows.map((r) => r.subject)).toEqual(["Your Restorative Network account is deleted"]);
  });
});
