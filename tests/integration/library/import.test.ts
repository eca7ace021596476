import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, resources, searchDocuments } from "../../../db/schema";
import { createUser, signIn } from "../../support/people";
import type { HttpClient } from "../../support/http-client";
import { startSearchTestApp, type SearchTestApp } from "../search/search-app";

let app: SearchTestApp;
let editor: HttpClient;

beforeAll(async () => {
  app = await startSearchTestApp();
  const person = await createUser(app.db, { permissions: ["editor"] });
  editor = app.client();
  await signIn(editor, person.email);
});
afterAll(() => app?.close());

async function resourceCount() {
  const [row] = await app.db.select({ n: count() }).from(resources);
  return row!.n;
}

const HEADER = "title,summary,url,body,type,topics,audiences,countries,language,year,authors,publisher,access_note";
const CSV = [
  HEADER,
  '"Kōrero after harm: a team guide","How to hold a first conversation.",https://example.org/import/1,,guide,restorative_conversation;patient_family,healthcare_workers,NZ,en,2021,"Rewi A; Moana B",Harbourside,Free',
  ',"A row without a title.",https://example.org/import/2,,guide,circle,,,en,2020,,,',
  '"A row with an unknown type","Summary.",https://example.org/import/3,,pamphlet,circle,,,en,2020,,,',
  '"Body or link needed","Summary.",,,article,circle,,,en,2019,,,',
  '"Multi-line summary is fine","Line one.\nLine two.",https://example.org/import/5,,toolkit,evaluation,,CA,fr,2018,,,',
  '"Bad year and topic","Summary.",https://example.org/import/6,,article,gardening,,,en,19x9,,,',
  '"Duplicate address","Summary.",https://example.org/import/1,,article,circle,,,en,2019,,,',
  '"Notes only","Summary.",,"## Notes\nUseful *notes*.",framework,just_culture,leaders,,en,,,,',
].join("\n");

/** Uploads like a browser's multipart form with a chosen file. */
function uploadFile(name: string, content: string, type = "text/csv") {
  const form = new FormData();
  form.set("intent", "upload");
  form.set("format", "csv");
  form.set("file", new File([content], name, { type }));
  form.set("content", "");
  return editor.request("/resources/import", { method: "POST", body: form });
}

describe("bulk import", () => {
  it("reports every bad row with its row number and imports nothing until confirmed", async () => {
    const before = await resourceCount();
    const uploaded = await uploadFile("library.csv", CSV);
    expect(uploaded.status).toBe(302);
    const reportPath = uploaded.headers.get("location")!;
    const { html: raw } = await editor.html(reportPath);
    const html = raw.replace(/<!-- -->/g, "");
    expect(html).toContain("8 rows checked: 3 can be imported, 5 have problems");
    expect(html).toMatch(/Row 3<\/th><td><ul><li>title: Give the resource a title/);
    expect(html).toMatch(/Row 4<\/th><td><ul><li>type: Choose the type of resource/);
    expect(html).toMatch(/Row 5<\/th><td><ul><li>url: Add a web address, or write notes/);
    expect(html).toMatch(/Row 7<\/th><td><ul><li>topics: Unknown topic: gardening/);
    expect(html).toContain("year: Enter the year as four digits");
    expect(html).toMatch(/Row 8<\/th><td><ul><li>url: the same address is in row 2/);
    expect(html).toContain("Import the 3 valid rows");
    expect(await resourceCount()).toBe(before);

    const importId = new URL(reportPath, app.url).searchParams.get("id")!;
    const documentsBefore = (await app.db.select({ n: count() }).from(searchDocuments))[0]!.n;
    const confirmed = await editor.post("/resources/import", { intent: "confirm", importId });
    expect(confirmed.status).toBe(302);
    expect(await resourceCount()).toBe(before + 3);
    const titles = (await app.db.select({ title: resources.title }).from(resources)).map((r) => r.title).sort();
    expect(titles).toEqual(["Kōrero after harm: a team guide", "Multi-line summary is fine", "Notes only"]);
    const [imported] = await app.db.select().from(resources).where(eq(resources.title, "Kōrero after harm: a team guide"));
    expect(imported!.topics).toEqual(["restorative_conversation", "patient_family"]);
    expect(imported!.authors).toEqual(["Rewi A", "Moana B"]);
    expect((await app.db.select({ n: count() }).from(searchDocuments))[0]!.n).toBe(documentsBefore + 3);
    expect(await app.db.select().from(auditLog).where(eq(auditLog.action, "resource.imported"))).toHaveLength(3);
    expect((await editor.html(reportPath)).html.replace(/<!-- -->/g, "")).toContain("Imported 3 resources from library.csv");

    // Confirming twice does not import twice.
    await editor.post("/resources/import", { intent: "confirm", importId });
    expect(await resourceCount()).toBe(before + 3);
    await app.sync();
    expect(await app.engine.titlesFor("korero")).toEqual(["Kōrero after harm: a team guide"]);
  });

  it("re-validates at confirmation: a row that became a duplicate meanwhile is left out", async () => {
    const json = JSON.stringify([
      {
        title: "Circles for theatre teams",
        summary: "A pilot.",
        url: "https://example.org/json/1",
        type: "research_paper",
        topics: ["circle"],
        language: "en",
        year: 2022,
      },
      {
        title: "Second JSON row",
        summary: "Another.",
        url: "https://example.org/json/2",
        type: "guide",
        topics: "circle; evaluation",
        countries: ["ie"],
        language: "en",
      },
      { title: "", summary: "", type: "video" },
    ]);
    const uploaded = await editor.post("/resources/import", { intent: "upload", format: "json", content: json });
    expect(uploaded.status).toBe(302);
    const importId = new URL(uploaded.headers.get("location")!, app.url).searchParams.get("id")!;
    const report = (await editor.html(`/resources/import?id=${importId}`)).html.replace(/<!-- -->/g, "");
    expect(report).toContain("3 rows checked: 2 can be imported, 1 has problems");
    expect(report).toContain("Row 3");

    // Meanwhile an editor adds the first one by hand.
    await editor.post("/resources/new", {
      title: "Circles for theatre teams (added by hand)",
      summary: "A pilot.",
      url: "https://example.org/json/1",
      type: "research_paper",
      topics: "circle",
      language: "en",
    });
    const before = await resourceCount();
    await editor.post("/resources/import", { intent: "confirm", importId });
    expect(await resourceCount()).toBe(before + 1);
    const [second] = await app.db.select().from(resources).where(eq(resources.title, "Second JSON row"));
    expect(second!.countries).toEqual(["IE"]);
  });

  it("explains a file it cannot read, and keeps pasted text on an error", async () => {
    const response = await editor.post("/resources/import", { intent: "upload", format: "json", content: "" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Choose a file, or paste its contents.");
    const broken = await editor.post("/resources/import", { intent: "upload", format: "json", content: "{ not json" });
    const page = (await editor.html(broken.headers.get("location")!)).html;
    expect(page).toContain("The file is not valid JSON");
    expect(page).not.toContain("Import the");
  });
});
