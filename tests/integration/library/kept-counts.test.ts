import { eq, sql } from "drizzle-orm";
import { executeRows } from "../../../db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../../db/schema";
import { listResources } from "../../../app/library/listing.server";
import { ResourceInputSchema, ResourceListQuerySchema } from "../../../app/library/schema";
import { updateResource } from "../../../app/library/resources.server";
import { createUser } from "../../support/people";
import { insertTestResource, startSearchTestApp, type SearchTestApp } from "../search/search-app";

let app: SearchTestApp;
let editorId: string;
beforeAll(async () => {
  app = await startSearchTestApp();
  editorId = (await createUser(app.db, { permissions: ["editor"] })).id;
  for (const title of ["Huddles after harm", "Circles on the ward"]) {
    await insertTestResource(app.db, editorId, { title, type: "guide", countries: "NZ", language: "en", year: "2021", topics: ["circle"] });
  }
});
afterAll(() => app?.close());

const guides = ResourceListQuerySchema.parse({ type: ["guide"] });

describe("the library's facet counts are kept between requests, and counted again after every change", () => {
  it("serves kept counts while nothing changes, and fresh ones after any change to resources, whoever made it", async () => {
    const first = await listResources(null, guides);
    expect(first.total).toBe(2);
    expect(first.facets.type.guide).toBe(2);

    // Kept: while the library's version stays the same, the counts are not counted again.
    const [version] = await executeRows<{ v: number }>(app.db, sql`select version as v from kept_count_versions where name = 'resources'`);
    await app.db.execute(sql`alter table resources disable trigger resources_bump_kept_counts`);
    const [one] = await app.db.select().from(resources).where(eq(resources.title, "Huddles after harm"));
    await app.db.update(resources).set({ type: "toolkit" }).where(eq(resources.id, one!.id));
    expect((await listResources(null, guides)).facets.type.guide).toBe(2);
    await app.db.update(resources).set({ type: "guide" }).where(eq(resources.id, one!.id));
    await app.db.execute(sql`alter table resources enable trigger resources_bump_kept_counts`);
    const [same] = await executeRows<{ v: number }>(app.db, sql`select version as v from kept_count_versions where name = 'resources'`);
    expect(Number(same!.v)).toBe(Number(version!.v));

    // A row written behind the library's back (a script, another process) bumps the version in its own
    // transaction, so the next request counts again.
    await app.db.update(resources).set({ type: "toolkit" }).where(eq(resources.id, one!.id));
    expect((await listResources(null, guides)).facets.type.guide).toBe(1);
    await app.db.update(resources).set({ type: "guide" }).where(eq(resources.id, one!.id));
    expect((await listResources(null, guides)).facets.type.guide).toBe(2);

    await insertTestResource(app.db, editorId, { title: "A third guide", type: "guide", countries: "", language: "en", year: "2022", topics: ["circle"] });
    const afterAdd = await listResources(null, guides);
    expect(afterAdd.total).toBe(3);
    expect(afterAdd.facets.type.guide).toBe(3);

    const input = ResourceInputSchema.parse({ ...one!, body: one!.body ?? "", url: one!.url ?? "", year: one!.year });
    await updateResource(editorId, one!.id, input, { status: "withdrawn", note: "" });
    const afterWithdraw = await listResources(null, guides);
    expect(afterWithdraw.total).toBe(2);
    expect(afterWithdraw.resources.map((r) => r.title)).not.toContain("Huddles after harm");
  });
});
