import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { facilitatorProfiles } from "../../../db/schema";
import { facilitatorSearchDocument } from "../../../app/directory/search-document.server";
import { getSearchEngine } from "../../../app/search/search.server";
import type { SearchDocument } from "../../../app/search/engine/types";
import { startTestApp, type TestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { seedDataFile } from "./helpers";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedDataFile(app);
});
afterAll(() => app?.close());

describe(`directory free text through the site's search module (${testDriver()})`, () => {
  it("finds a facilitator by a misspelt name once the search index holds the profiles, and never loses exact matches", async () => {
    // "Lindqvist" with two letters swapped: too far for Postgres prefix matching, within the engine's typo budget.
    const typo = "/facilitators?q=Lindqivst";
    expect(await (await app.client().get(typo)).text()).not.toContain("Sarah Lindqvist");
    expect(await (await app.client().get("/facilitators?q=Lindqvist")).text()).toContain("Sarah Lindqvist");

    const ids = (await app.db.select({ id: facilitatorProfiles.id }).from(facilitatorProfiles)).map((r) => r.id);
    const docs = (await Promise.all(ids.map((id) => facilitatorSearchDocument(app.db, id)))).filter((d): d is SearchDocument => !!d);
    await getSearchEngine().upsert(docs);

    const html = await (await app.client().get(typo)).text();
    expect(html).toContain("Sarah Lindqvist");
    expect(await (await app.client().get("/facilitators?q=Lindqvist")).text()).toContain("Sarah Lindqvist");
  });
});
