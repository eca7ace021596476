import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { circleMemberships, circlePosts, circleThreads } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createCircle, joinOpen, reply, startThread } from "./circle-helpers";

const app = useTestApp();

const repliesShown = async (client: { html: (p: string) => Promise<{ html: string }> }, slug: string, title: string) => {
  const html = (await client.html(`/circles/${slug}`)).html.replace(/<!-- -->/g, "");
  const row = html.slice(html.indexOf(title), html.indexOf(title) + 400);
  return Number(row.match(/(\d+) repl(?:y|ies)/)?.[1]);
};

describe(`the thread list shows a kept count of visible replies (${testDriver()})`, () => {
  it("counts replies as they are written, removed, held and approved, whoever writes them", async () => {
    const c = await createCircle(app, { firstPostsHeld: 0 });
    const member = await joinOpen(app, c.slug);
    const { threadId } = await startThread(member.client, c.slug, { title: "Counting the replies", body: "Opening words." });
    expect(await repliesShown(member.client, c.slug, "Counting the replies")).toBe(0);

    for (const body of ["First reply.", "Second reply.", "Third reply."]) expect((await reply(member.client, c.slug, threadId!, body)).status).toBe(302);
    expect(await repliesShown(member.client, c.slug, "Counting the replies")).toBe(3);

    const [second] = await app.db
      .select()
      .from(circlePosts)
      .where(and(eq(circlePosts.threadId, threadId!), eq(circlePosts.body, "Second reply.")));
    const removed = await member.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "delete", postId: second!.id, reason: "I said too much." });
    expect(removed.status).toBe(302);
    expect(await repliesShown(member.client, c.slug, "Counting the replies")).toBe(2);

    // A held reply is not counted until a facilitator approves it.
    const [m] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, member.user.id));
    const heldId = randomUUID();
    await app.db.insert(circlePosts).values({
      id: heldId,
      threadId: threadId!,
      circleId: c.circle.id,
      authorMembershipId: m!.id,
      body: "Held reply.",
      status: "held",
      holdReason: "new_member",
    });
    expect(await repliesShown(member.client, c.slug, "Counting the replies")).toBe(2);
    const approved = await c.facilitator.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "approve", postId: heldId });
    expect(approved.status).toBe(302);
    expect(await repliesShown(member.client, c.slug, "Counting the replies")).toBe(3);

    await app.db.delete(circlePosts).where(eq(circlePosts.id, heldId));
    const [thread] = await app.db.select().from(circleThreads).where(eq(circleThreads.id, threadId!));
    expect(thread!.replyCount).toBe(2);
  });

  it("moves the thread's last activity to its newest reply at commit, and a reply rolled back changes nothing", async () => {
    const c = await createCircle(app, { firstPostsHeld: 0 });
    const member = await joinOpen(app, c.slug);
    const { threadId } = await startThread(member.client, c.slug, { title: "Last activity", body: "Opening words." });
    const [m] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, member.user.id));
    const [before] = await app.db.select().from(circleThreads).where(eq(circleThreads.id, threadId!));
    const later = new Date(before!.lastPostAt.getTime() + 60_000);
    const values = { threadId: threadId!, circleId: c.circle.id, authorMembershipId: m!.id, body: "A reply.", status: "visible" as const };

    await app.db
      .transaction(async (tx) => {
        await tx.insert(circlePosts).values({ ...values, id: randomUUID(), createdAt: new Date(later.getTime() + 60_000) });
        tx.rollback();
      })
      .catch(() => {});
    const [unchanged] = await app.db.select().from(circleThreads).where(eq(circleThreads.id, threadId!));
    expect(unchanged).toMatchObject({ replyCount: 0, lastPostAt: before!.lastPostAt });

    await app.db.insert(circlePosts).values({ ...values, id: randomUUID(), createdAt: later });
    const [after] = await app.db.select().from(circleThreads).where(eq(circleThreads.id, threadId!));
    expect(after).toMatchObject({ replyCount: 1, lastPostAt: later });
  });

  // PGlite has one connection, so two transactions never overlap there.
  it.skipIf(testDriver() === "pglite")("lets a reply commit while another reply to the same thread is still in its transaction", async () => {
    const c = await createCircle(app, { firstPostsHeld: 0 });
    const member = await joinOpen(app, c.slug);
    const { threadId } = await startThread(member.client, c.slug, { title: "Two at once", body: "Opening words." });
    const [m] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, member.user.id));
    const values = { threadId: threadId!, circleId: c.circle.id, authorMembershipId: m!.id, body: "A reply.", status: "visible" as const };
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted: () => void = () => {};
    const firstInserted = new Promise<void>((resolve) => (inserted = resolve));
    const slow = app.db.transaction(async (tx) => {
      await tx.insert(circlePosts).values({ ...values, id: randomUUID() });
      inserted();
      await gate;
    });
    await firstInserted;
    try {
      // Before, the first reply's INSERT locked the thread's row until it committed, so this waited.
      const quick = app.db.transaction((tx) => tx.insert(circlePosts).values({ ...values, id: randomUUID() }));
      const outcome = await Promise.race([quick.then(() => "committed"), new Promise((r) => setTimeout(() => r("waiting"), 3_000))]);
      expect(outcome).toBe("committed");
    } finally {
      release();
      await slow;
    }
    const [thread] = await app.db.select().from(circleThreads).where(eq(circleThreads.id, threadId!));
    expect(thread!.replyCount).toBe(2);
  });
});
