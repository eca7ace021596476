import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../../db/schema";
import { listResources } from "../../../app/library/listing.server";
import { ResourceInputSchema, ResourceListQuerySchema } from "../../../app/library/schema.server";
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

describe("the library's facet counts are kept between requests, and forgotten on every change by any process", () => {
  it("serves kept counts while nothing changes, and fresh ones after a resource is added or withdrawn", async () => {
    const first = await listResources(null, guides);
    expect(first.total).toBe(2);
    expect(first.facets.type.guide).toBe(2);

    // A change made with the version trigger switched off is invisible to the kept counts: they are kept.
    const [one] = await app.db.select().from(resources).where(eq(resources.title, "Huddles after harm"));
    await app.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.update(resources).set({ type: "toolkit" }).where(eq(resources.id, one!.id));
    });
    expect((await listResources(null, guides)).facets.type.guide).toBe(2);
    // The same change written plainly, as another app process would (not through this process's functions),
    // retires the kept counts at once.
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
