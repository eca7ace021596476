import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { circleMemberships, circlePosts, circleThreads } from "../../../db/schema";
import { THREAD_LIST_PAGE_SIZE } from "../../../app/circles/threads.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createCircle, joinOpen } from "./circle-helpers";

const app = useTestApp();
let slug: string;
let reader: Awaited<ReturnType<typeof joinOpen>>;
const TOTAL = 60;

/**
 * 60 threads with their openers, inserted directly. Threads come in pairs active in the same millisecond, so
 * the id has to break ties for the keyset to neither skip nor repeat a thread between pages.
 */
beforeAll(async () => {
  const c = await createCircle(app);
  slug = c.slug;
  reader = await joinOpen(app, slug);
  const [m] = await app.db
    .select()
    .from(circleMemberships)
    .where(and(eq(circleMemberships.circleId, c.circle.id), eq(circleMemberships.userId, c.facilitator.user.id)));
  const base = Date.parse("2020-01-01T00:00:00.000Z");
  const threads = Array.from({ length: TOTAL }, (_, i) => ({
    id: randomUUID(),
    circleId: c.circle.id,
    title: `Listed thread ${String(i + 1).padStart(2, "0")}`,
    authorMembershipId: m!.id,
    lastPostAt: new Date(base + Math.floor(i / 2) * 60_000),
    createdAt: new Date(base),
  }));
  await app.db.insert(circleThreads).values(threads);
  await app.db.insert(circlePosts).values(
    threads.map((t) => ({
      id: randomUUID(),
      threadId: t.id,
      circleId: t.circleId,
      authorMembershipId: m!.id,
      isOpener: true,
      body: "Opening.",
      status: "visible" as const,
      createdAt: t.createdAt,
    })),
  );
});

// Only the rendered page, not the loader data Remix embeds for hydration.
const titlesOn = (html: string) => [...html.slice(0, html.indexOf("window.__remixContext")).matchAll(/>Listed thread (\d+)</g)].map((m) => Number(m[1]));
const linkTo = (html: string, label: string) => {
  const m = html.match(new RegExp(`<a [^>]*href="([^"]+)"[^>]*>${label}`));
  return m ? m[1]!.replace(/&amp;/g, "&") : null;
};

describe(`the circle's thread list pages by last activity (${testDriver()})`, () => {
  it("page 1 and page 2 together hold each of 60 threads exactly once, most recently active first", async () => {
    const first = await reader.client.html(`/circles/${slug}`);
    expect(first.status).toBe(200);
    const page1 = titlesOn(first.html);
    expect(page1).toHaveLength(THREAD_LIST_PAGE_SIZE);
    expect(linkTo(first.html, "← Newer threads")).toBeNull();
    const older = linkTo(first.html, "Older threads →");
    expect(older).toMatch(/^\/circles\/[^?]+\?after=/);

    const second = await reader.client.html(older!);
    const page2 = titlesOn(second.html);
    expect(page2).toHaveLength(TOTAL - THREAD_LIST_PAGE_SIZE);
    expect(linkTo(second.html, "Older threads →")).toBeNull();

    const all = [...page1, ...page2];
    expect(new Set(all).size).toBe(TOTAL);
    expect([...all].sort((a, b) => a - b)).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
    // Newest activity first: thread pairs (59, 60), (57, 58), … share a time; within a pair the order is stable.
    const pairOf = (n: number) => Math.floor((n - 1) / 2);
    for (let i = 1; i < all.length; i++) expect(pairOf(all[i - 1]!)).toBeGreaterThanOrEqual(pairOf(all[i]!));

    // "Newer threads" from page 2 leads back to exactly page 1.
    const newer = linkTo(second.html, "← Newer threads");
    expect(newer).toMatch(/\?before=/);
    const back = await reader.client.html(newer!);
    expect(titlesOn(back.html)).toEqual(page1);
    expect(linkTo(back.html, "← Newer threads")).toBeNull();
  });

  it("a thread with a new reply moves to the top of page 1", async () => {
    const [oldest] = await app.db.select().from(circleThreads).where(eq(circleThreads.title, "Listed thread 01"));
    const r = await reader.client.post(`/circles/${slug}/threads/${oldest!.id}`, { intent: "reply", body: "Bringing this back up.", contentWarning: "" });
    expect(r.status).toBe(302);
    expect(titlesOn((await reader.client.html(`/circles/${slug}`)).html)[0]).toBe(1);
  });

  it("ignores a tampered cursor rather than failing", async () => {
    const { status, html } = await reader.client.html(`/circles/${slug}?after=not-a-cursor`);
    expect(status).toBe(200);
    expect(titlesOn(html)).toHaveLength(THREAD_LIST_PAGE_SIZE);
  });
});
