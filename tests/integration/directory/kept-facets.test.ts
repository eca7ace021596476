import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { facilitatorProfiles, users } from "../../../db/schema";
import { startTestApp, type TestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { directory, seedDataFile } from "./helpers";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedDataFile(app);
});
afterAll(() => app?.close());

const facetsOf = async (query: string) => (await directory(app.client(), query)).data.page;

describe(`the directory's facet counts are kept between requests and retired by any write (${testDriver()})`, () => {
  it("keeps the counts while nothing changes, and counts again after a profile or its owner changes, whoever wrote it", async () => {
    const query = "language=en";
    const first = await facetsOf(query);
    const [someone] = await app.db.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.slug, first.results[0]!.slug));
    const from = someone!.country;
    const to = from === "IS" ? "LU" : "IS"; // a country no seeded facilitator works in
    expect(first.facets.country?.[to]).toBeUndefined();

    // With the version trigger switched off the change is invisible: the page shows the kept counts.
    await app.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.update(facilitatorProfiles).set({ country: to }).where(eq(facilitatorProfiles.id, someone!.id));
    });
    expect((await facetsOf(query)).facets.country?.[to]).toBeUndefined();

    // Written plainly, as another app process would, the change shows on the next request.
    await app.db.update(facilitatorProfiles).set({ country: to }).where(eq(facilitatorProfiles.id, someone!.id));
    const moved = await facetsOf(query);
    expect(moved.facets.country?.[to]).toBe(1);
    // A country left with no one drops out of the facets (no zero rows), so read a missing count as 0.
    expect(moved.facets.country?.[from] ?? 0).toBe((first.facets.country?.[from] ?? 0) - 1);

    // Suspending the facilitator takes them out of the public directory, and out of the counts.
    await app.db.update(users).set({ suspendedAt: new Date() }).where(eq(users.id, someone!.userId));
    const suspended = await facetsOf(query);
    expect(suspended.facets.country?.[to]).toBeUndefined();
    expect(suspended.total).toBe(moved.total - 1);
  });
});
