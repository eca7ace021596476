import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { FACILITATORS } from "../../../db/seed/data/facilitators";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { directory, seedDataFile, setClock } from "./helpers";

const app = useTestApp();
beforeAll(async () => {
  await seedDataFile(app);
});
afterEach(() => setClock(null));

/** Every result of a query, following the keyset cursor page by page. */
async function allPages(query = "") {
  const slugs: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q = [query, cursor ? `cursor=${encodeURIComponent(cursor)}` : ""].filter(Boolean).join("&");
    const { data } = await directory(app.client(), q);
    slugs.push(...data.page.results.map((r) => r.slug));
    cursor = data.page.nextCursor;
    pages += 1;
  } while (cursor && pages < 20);
  return { slugs, pages };
}

describe(`directory order and paging (${testDriver()})`, () => {
  it("pages through everyone exactly once with keyset cursors", async () => {
    const { slugs, pages } = await allPages();
    expect(pages).toBe(Math.ceil(FACILITATORS.length / 20));
    expect(new Set(slugs).size).toBe(FACILITATORS.length);
    const filtered = await allPages("language=en");
    const expected = FACILITATORS.filter((f) => f.languages.includes("en"))
      .map((f) => f.slug)
      .sort();
    expect([...filtered.slugs].sort()).toEqual(expected);
  });

  it("rotates equally relevant people fairly: stable within a UTC day, different the next day", async () => {
    setClock(new Date("2031-03-10T00:30:00Z"));
    const morning = (await allPages()).slugs;
    setClock(new Date("2031-03-10T23:30:00Z"));
    expect((await allPages()).slugs).toEqual(morning);
    setClock(new Date("2031-03-11T00:30:00Z"));
    const nextDay = (await allPages()).slugs;
    expect(nextDay).not.toEqual(morning);
    expect([...nextDay].sort()).toEqual([...morning].sort());
    // Over a week, the first place is not always the same person.
    const firsts = new Set<string>();
    for (let day = 10; day < 17; day++) {
      setClock(new Date(`2031-03-${day}T12:00:00Z`));
      firsts.add((await directory(app.client())).data.page.results[0]!.slug);
    }
    expect(firsts.size).toBeGreaterThan(1);
  });

  it("keeps a day's order while paging across midnight (the cursor carries its day)", async () => {
    setClock(new Date("2031-04-01T23:59:00Z"));
    const first = await directory(app.client());
    setClock(new Date("2031-04-02T00:01:00Z"));
    const second = await directory(app.client(), `cursor=${encodeURIComponent(first.data.page.nextCursor!)}`);
    setClock(new Date("2031-04-01T23:59:30Z"));
    const sameDay = (await allPages()).slugs;
    expect([...first.data.page.results, ...second.data.page.results].map((r) => r.slug)).toEqual(sameDay.slice(0, 40));
  });

  it("sorts by recently verified: newest verification first, unverified last", async () => {
    const { slugs } = await allPages("sort=verified");
    const current = FACILITATORS.filter((f) => f.verification.state === "verified" && f.verification.verifiedDaysAgo < f.verification.validForDays);
    const newestFirst = [...current].sort(
      (a, b) => (a.verification as { verifiedDaysAgo: number }).verifiedDaysAgo - (b.verification as { verifiedDaysAgo: number }).verifiedDaysAgo,
    );
    expect(slugs.slice(0, current.length)).toEqual(newestFirst.map((f) => f.slug));
    expect(new Set(slugs.slice(current.length))).toEqual(new Set(FACILITATORS.filter((f) => !current.includes(f)).map((f) => f.slug)));
  });

  it("ranks a name match above bio mentions when searching", async () => {
    const { data } = await directory(app.client(), "q=Aroha");
    expect(data.page.results[0]!.slug).toBe("aroha-te-whata");
  });
});
