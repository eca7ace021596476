import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { seedDataFile } from "./helpers";

const app = useTestApp();
beforeAll(async () => {
  await seedDataFile(app);
});

describe(`directory free text through the site's search module (${testDriver()})`, () => {
  it("finds a facilitator by a misspelt name as soon as the profile is saved, and never loses exact matches", async () => {
    // "Lindqvist" with two letters swapped: too far for Postgres prefix matching, within search's typo budget.
    // The profiles' search documents were written with the profiles themselves: there is no index to fill.
    expect(await (await app.client().get("/facilitators?q=Lindqivst")).text()).toContain("Sarah Lindqvist");
    expect(await (await app.client().get("/facilitators?q=Lindqvist")).text()).toContain("Sarah Lindqvist");
    expect(await (await app.client().get("/facilitators?q=Lindqivstz")).text()).not.toContain("Sarah Lindqvist");
  });
});
