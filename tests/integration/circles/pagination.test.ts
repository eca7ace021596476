import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { circlePosts } from "../../../db/schema";
import { encodeCursor, PAGE_SIZE } from "../../../app/circles/threads.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createCircle, startThread } from "./circle-helpers";
import { seedReplies } from "./thread-seed";

const app = useTestApp();
let path: string;
let client: Awaited<ReturnType<typeof createCircle>>["facilitator"]["client"];
let replies: Awaited<ReturnType<typeof seedReplies>>;

beforeAll(async () => {
  const c = await createCircle(app);
  client = c.facilitator.client;
  const { threadId } = await startThread(client, c.slug, { title: "A very long thread", body: "The opening post." });
  const [opener] = await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadId!));
  replies = await seedReplies(app.db, {
    circleId: c.circle.id,
    threadId: threadId!,
    authorUserId: c.facilitator.user.id,
    count: 5000,
    start: opener!.createdAt,
  });
  path = `/circles/${c.slug}/threads/${threadId}`;
});

// Only the rendered page, not the loader data Remix embeds for hydration.
const numbersOn = (html: string) => [...html.slice(0, html.indexOf("window.__remixContext")).matchAll(/Reply number (\d+)\./g)].map((m) => Number(m[1]));
const linkTo = (html: string, label: string) => {
  const m = html.match(new RegExp(`<a [^>]*href="([^"]+)"[^>]*>${label}`));
  return m ? m[1]!.replace(/&amp;/g, "&") : null;
};

describe(`keyset pagination with 5,000 replies (${testDriver()})`, () => {
  it("page 1 holds the opener and the first replies, in order", async () => {
    const { status, html } = await client.html(path);
    expect(status).toBe(200);
    expect(html).toContain("The opening post.");
    expect(numbersOn(html)).toEqual(Array.from({ length: PAGE_SIZE - 1 }, (_, i) => i + 1));
    expect(linkTo(html, "← Earlier posts")).toBeNull();
  });

  it("following the ?after= links walks forward without gaps or repeats", async () => {
    let html = (await client.html(path)).html;
    const seen = numbersOn(html);
    for (let i = 0; i < 3; i++) {
      const next = linkTo(html, "Later posts →");
      expect(next).toMatch(/\?after=/);
      html = (await client.html(next!)).html;
      seen.push(...numbersOn(html));
    }
    expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => i + 1));
  });

  it("a deep page returns exactly the replies after its cursor, and links back", async () => {
    const cursor = encodeCursor(replies[3999]!); // after reply 4000
    const { html } = await client.html(`${path}?after=${cursor}`);
    expect(numbersOn(html)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => 4001 + i));
    const back = linkTo(html, "← Earlier posts");
    expect(back).toMatch(/\?before=/);
    expect(numbersOn((await client.html(back!)).html)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => 3951 + i));
  });

  it("the latest page ends with the last reply", async () => {
    const { html } = await client.html(`${path}?last=1`);
    expect(numbersOn(html)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => 4951 + i));
    expect(linkTo(html, "Later posts →")).toBeNull();
  });

  it("ignores a tampered cursor rather than failing", async () => {
    expect((await client.html(`${path}?after=not-a-cursor`)).status).toBe(200);
  });
});
