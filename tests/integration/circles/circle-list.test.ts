import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { circles } from "../../../db/schema";
import { CIRCLE_LIST_PAGE_SIZE } from "../../../app/circles/circles.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { signedIn } from "./circle-helpers";

const app = useTestApp();
const OPEN = 55;

/** 55 open circles and 5 invite-only ones; pairs share a name, so the id has to break ties between pages. */
beforeAll(async () => {
  const rows = Array.from({ length: OPEN + 5 }, (_, i) => {
    const invite = i >= OPEN;
    const n = invite ? i : Math.floor(i / 2);
    return {
      id: randomUUID(),
      slug: `listed-${i}`,
      name: invite ? `Hidden circle ${i}` : `Listed circle ${String(n).padStart(2, "0")}`,
      purpose: i % 10 === 3 ? "For those working night shifts in 100% of weeks." : "A calm place to be heard.",
      kind: invite ? ("invite" as const) : ("open" as const),
      language: "en",
      timeZone: "Europe/London",
    };
  });
  await app.db.insert(circles).values(rows);
});

// Only the rendered page, not the loader data Remix embeds for hydration.
const slugsOn = (html: string) => [...html.slice(0, html.indexOf("window.__remixContext")).matchAll(/href="\/circles\/(listed-\d+)"/g)].map((m) => m[1]!);
const linkTo = (html: string, label: string) => {
  const m = html.match(new RegExp(`<a [^>]*href="([^"]+)"[^>]*>${label}`));
  return m ? m[1]!.replace(/&amp;/g, "&") : null;
};

describe(`/circles pages and searches instead of listing every circle (${testDriver()})`, () => {
  it("walks every visible circle exactly once, in name order, a page at a time, and back again", async () => {
    const client = app.client();
    const seen: string[][] = [];
    let html = (await client.html("/circles")).html;
    expect(linkTo(html, "← Previous circles")).toBeNull();
    for (;;) {
      seen.push(slugsOn(html));
      const next = linkTo(html, "More circles →");
      if (!next) break;
      html = (await client.html(next)).html;
    }
    expect(seen.map((p) => p.length)).toEqual([CIRCLE_LIST_PAGE_SIZE, CIRCLE_LIST_PAGE_SIZE, OPEN - 2 * CIRCLE_LIST_PAGE_SIZE]);
    const all = seen.flat();
    expect(new Set(all).size).toBe(OPEN);
    expect(all.some((s) => Number(s.split("-")[1]) >= OPEN)).toBe(false);
    const nameOrder = all.map((s) => Math.floor(Number(s.split("-")[1]) / 2));
    expect(nameOrder).toEqual([...nameOrder].sort((a, b) => a - b));
    const back = linkTo(html, "← Previous circles");
    expect(back).toMatch(/^\/circles\?before=/);
    expect(slugsOn((await client.html(back!)).html)).toEqual(seen[1]);
  });

  it("finds circles by words in their purpose, keeps the words across pages, and treats % as a letter", async () => {
    const { client } = await signedIn(app);
    const found = await client.html("/circles?q=night+shifts");
    expect(found.status).toBe(200);
    const slugs = slugsOn(found.html);
    expect(slugs.length).toBe(6);
    expect(found.html).toContain('value="night shifts"');
    expect(slugsOn((await client.html("/circles?q=100%25")).html)).toEqual(slugs);
    expect(slugsOn((await client.html("/circles?q=1%25%25")).html)).toEqual([]);
    const none = await client.html("/circles?q=zebra");
    expect(none.html).toContain("name or purpose holds “zebra”. Try fewer or different words.");
  });

  it("ignores a cursor it cannot read and shows the first page", async () => {
    const r = await app.client().html("/circles?after=not-a-cursor");
    expect(r.status).toBe(200);
    expect(slugsOn(r.html)).toEqual(slugsOn((await app.client().html("/circles")).html));
  });
});
