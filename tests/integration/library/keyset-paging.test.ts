import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listResources } from "../../../app/library/listing.server";
import { ResourceListQuerySchema } from "../../../app/library/schema.server";
import { startTestApp, type TestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser } from "../../support/people";
import { insertTestResources } from "../search/search-app";

let app: TestApp;
// 47 resources: years repeat, some have none (they come last), and some titles repeat (the id breaks the tie).
const YEARS = ["2024", "2021", "", "2019", "2021"];
const specs = Array.from({ length: 47 }, (_, i) => ({
  title: `Guide ${String.fromCharCode(65 + (i % 7))}${i % 3 === 0 ? "" : ` part ${i % 4}`}`,
  year: YEARS[i % YEARS.length]!,
  type: i % 2 ? "guide" : "toolkit",
  language: "en",
  countries: "NZ",
  topics: ["circle"],
}));

beforeAll(async () => {
  app = await startTestApp();
  const editorId = (await createUser(app.db, { permissions: ["editor"] })).id;
  await insertTestResources(app.db, editorId, specs);
});
afterAll(() => app?.close());

/** The order the library promises, worked out here in plain TypeScript: newest year first, no year last, then title. */
function expectedTitles() {
  const collator = new Intl.Collator("en", { sensitivity: "variant" });
  return [...specs]
    .sort(
      (a, b) =>
        (b.year ? Number(b.year) : 0) - (a.year ? Number(a.year) : 0) ||
        (a.year === "" ? 1 : 0) - (b.year === "" ? 1 : 0) ||
        collator.compare(a.title, b.title),
    )
    .map((s) => `${s.year || "none"} ${s.title}`);
}
const label = (r: { year: number | null; title: string }) => `${r.year ?? "none"} ${r.title}`;

describe(`/resources pages by keyset (${testDriver()})`, () => {
  it("walks every resource once, forwards by 'next' and backwards by 'previous', in the promised order", async () => {
    const forwards: string[] = [];
    const cursors: Array<string | undefined> = [];
    let after: string | undefined;
    for (let page = 1; page <= 10; page++) {
      cursors.push(after);
      const list = await listResources(null, ResourceListQuerySchema.parse({ page, after }));
      expect(list.page).toBe(page);
      expect(list.totalPages).toBe(3);
      forwards.push(...list.resources.map(label));
      if (!list.nextCursor) break;
      after = list.nextCursor;
    }
    expect(forwards).toHaveLength(47);
    // Equal titles within a year sort by id, which the test cannot know: compare the year-and-title sequence.
    expect(forwards).toEqual(expectedTitles());

    // From the last page, "previous" leads back through the same pages.
    const last = await listResources(null, ResourceListQuerySchema.parse({ page: 3, after: cursors[2] }));
    expect(last.nextCursor).toBeNull();
    const middle = await listResources(null, ResourceListQuerySchema.parse({ page: 2, before: last.previousCursor! }));
    expect(middle.resources.map(label)).toEqual(forwards.slice(20, 40));
    expect(middle.previousCursor).not.toBeNull();
    const start = await listResources(null, ResourceListQuerySchema.parse({ page: 1, before: middle.previousCursor! }));
    expect(start.resources.map(label)).toEqual(forwards.slice(0, 20));
  });

  it("follows the page's own links without JavaScript, and an old ?page=2 link or a spoiled cursor still shows a page", async () => {
    const client = app.client();
    const text = async (path: string) => {
      const page = await client.html(path);
      return { status: page.status, html: page.html.replace(/<!-- -->/g, "") };
    };
    const first = await client.html("/resources");
    const next = /<a[^>]*href="([^"]*after=[^"]*)"[^>]*rel="next"|<a[^>]*rel="next"[^>]*href="([^"]*after=[^"]*)"/.exec(first.html);
    expect(next, "a next-page link with a cursor").not.toBeNull();
    const href = (next![1] ?? next![2])!.replace(/&amp;/g, "&");
    const second = await text(href);
    expect(second.status).toBe(200);
    expect(second.html).toContain("Page 2 of 3");
    expect(second.html).toMatch(/rel="prev"/);
    expect((await text("/resources?page=2")).html).toContain("Page 2 of 3");
    const spoiled = await text("/resources?page=2&after=not-a-cursor");
    expect(spoiled.status).toBe(200);
    expect(spoiled.html).toContain("Page 2 of 3");
  });
});
