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

    const [second] = await app.db.select().from(circlePosts).where(and(eq(circlePosts.threadId, threadId!), eq(circlePosts.body, "Second reply.")));
    const removed = await member.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "delete", postId: second!.id, reason: "I said too much." });
    expect(removed.status).toBe(302);
    expect(await repliesShown(member.client, c.slug, "Counting the replies")).toBe(2);

    // A held reply is not counted until a facilitator approves it.
    const [m] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, member.user.id));
    const heldId = randomUUID();
    await app.db.insert(circlePosts).values({ id: heldId, threadId: threadId!, circleId: c.circle.id, authorMembershipId: m!.id, body: "Held reply.", status: "held", holdReason: "new_member" });
    expect(await repliesShown(member.client, c.slug, "Counting the replies")).toBe(2);
    const approved = await c.facilitator.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "approve", postId: heldId });
    expect(approved.status).toBe(302);
    expect(await repliesShown(member.client, c.slug, "Counting the replies")).toBe(3);

    await app.db.delete(circlePosts).where(eq(circlePosts.id, heldId));
    const [thread] = await app.db.select().from(circleThreads).where(eq(circleThreads.id, threadId!));
    expect(thread!.replyCount).toBe(2);
  });
});
