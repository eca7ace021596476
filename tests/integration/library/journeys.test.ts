import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../../db/schema";
import { testDriver } from "../../support/database";
import { insertTestResource, startSearchTestApp, type SearchTestApp } from "../search/search-app";

let app: SearchTestApp;
beforeAll(async () => {
  app = await startSearchTestApp();
});
afterAll(() => app?.close());

const text = (html: string) => html.split("window.__remixContext")[0]!.replaceAll("<!-- -->", "");

describe(`the library as readers meet it (${testDriver()})`, () => {
  it("a backwards year range says why nothing shows, and offers the range the right way round", async () => {
    await insertTestResource(app.db, null, { year: "2019" });
    const page = text((await app.client().html("/resources?yearFrom=2020&yearTo=2019")).html);
    expect(page).toContain("The years run backwards (from 2020 to 2019), so nothing can match.");
    expect(page).toContain('href="/resources?yearFrom=2019&amp;yearTo=2020"');
    const fixed = text((await app.client().html("/resources?yearFrom=2019&yearTo=2020")).html);
    expect(fixed).not.toContain("The years run backwards");
  });

  it("the language facet and each result name the language, not its code", async () => {
    const r = await insertTestResource(app.db, null, { title: "A guide in Gujarati" });
    await app.db.update(resources).set({ language: "gu" }).where(eq(resources.id, r.id));
    const page = text((await app.client().html("/resources")).html);
    expect(page).toContain("Gujarati");
    expect(page).not.toMatch(/>gu</);
    expect(page).not.toMatch(/ · gu</);
  });

  it("a resource without a web address says it is not available online and how to get it", async () => {
    const r = await insertTestResource(app.db, null, {
      url: "",
      title: "A book on circles",
      publisher: "Good Books",
      accessNote: "Book; purchase required",
      body: "Notes.",
    });
    const page = text((await app.client().html(`/resources/${r.slug}`)).html);
    expect(page).toContain("How to get it: </strong>Not available online. Borrow it from a public or university library");
    expect(page).toContain("or buy it from Good Books.");
    const linked = await insertTestResource(app.db, null, { url: "https://doi.org/10.1111/hex.13478" });
    const withLink = text((await app.client().html(`/resources/${linked.slug}`)).html);
    expect(withLink).toContain("Open the resource");
    expect(withLink).not.toContain("How to get it");
  });

  it("a French resource marks its title, summary and notes as French", async () => {
    const r = await insertTestResource(app.db, null, { title: "Guide de la justice réparatrice", language: "fr", body: "Des notes en français." });
    const page = text((await app.client().html(`/resources/${r.slug}`)).html);
    expect(page).toContain('<html lang="en"');
    expect(page).toMatch(/<h1 lang="fr">Guide de la justice réparatrice<\/h1>/);
    expect(page).toMatch(/<p class="lead" lang="fr">/);
    expect(page).toMatch(/<div class="prose" lang="fr">/);
  });
});
