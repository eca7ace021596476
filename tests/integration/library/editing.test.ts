import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, notifications, resources, resourceSuggestions, searchDocuments } from "../../../db/schema";
import { createUser, signIn } from "../../support/people";
import { resourceFields, startSearchTestApp, type SearchTestApp } from "../search/search-app";

let app: SearchTestApp;
let editor: Awaited<ReturnType<typeof createUser>>;
let member: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  app = await startSearchTestApp();
  editor = await createUser(app.db, { role: "member", permissions: ["editor"], displayName: "Tama the editor" });
  member = await createUser(app.db, { role: "member", displayName: "Noor" });
});
afterAll(() => app?.close());

async function editorClient() {
  const client = app.client();
  await signIn(client, editor.email);
  return client;
}

describe("editors create and edit resources", () => {
  it("shows each validation message next to its field and keeps what was typed", async () => {
    const client = await editorClient();
    const response = await client.post("/resources/new", resourceFields({ title: "", url: "", body: "", year: "20x3", summary: "Kept summary text" }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Give the resource a title.");
    expect(html).toContain("Add a web address, or write notes in the body");
    expect(html).toContain("Enter the year as four digits");
    expect(html).toContain("Kept summary text");
    // The message is linked to its field for screen readers.
    expect(html).toMatch(/aria-invalid="true"[^>]*aria-describedby="[^"]*-error"/);
    const [{ n }] = await app.db.select({ n: count() }).from(resources);
    expect(n).toBe(0);
  });

  it("creates a resource with its revision, search document and audit rows, then edits it into a new revision shown in the history", async () => {
    const client = await editorClient();
    const created = await client.post("/resources/new", resourceFields({ title: "Listening circles for ward teams" }));
    expect(created.status).toBe(302);
    const path = created.headers.get("location")!;
    expect(path).toBe("/resources/listening-circles-for-ward-teams");
    const [row] = await app.db.select().from(resources).where(eq(resources.slug, "listening-circles-for-ward-teams"));
    expect(row!.version).toBe(1);
    const document = await app.db
      .select()
      .from(searchDocuments)
      .where(eq(searchDocuments.id, `resource:${row!.id}`));
    expect(document.map((d) => d.summary)).toEqual([row!.summary]);
    const audit = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, row!.id), eq(auditLog.action, "resource.created")));
    expect(audit).toHaveLength(1);

    const edited = await client.post(
      `${path}/edit`,
      resourceFields({
        title: "Listening circles for ward teams",
        summary: "A clearer summary for busy teams.",
        note: "Shorter summary",
        expectedVersion: "1",
      }),
    );
    expect(edited.status).toBe(302);
    const page = await client.html(path);
    page.html = page.html.replace(/<!-- -->/g, "");
    expect(page.html).toContain("A clearer summary for busy teams.");
    expect(page.html).toContain("Revision history");
    expect(page.html).toMatch(/Version 2<\/strong>[^<]*Tama the editor[^<]*changed: summary/);
    expect(page.html).toContain("Shorter summary");
    const [updated] = await app.db
      .select()
      .from(searchDocuments)
      .where(eq(searchDocuments.id, `resource:${row!.id}`));
    expect(updated!.summary).toBe("A clearer summary for busy teams.");

    // A second editor working from version 1 is told, and keeps their text.
    const stale = await client.post(
      `${path}/edit`,
      resourceFields({ title: "Listening circles for ward teams", summary: "My competing words", expectedVersion: "1" }),
    );
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(staleHtml).toContain("Another editor saved this resource");
    expect(staleHtml).toContain("My competing words");

    // Members see the resource but not who edited it.
    const visitor = app.client();
    await signIn(visitor, member.email);
    const memberView = await visitor.html(path);
    expect(memberView.status).toBe(200);
    expect(memberView.html).not.toContain("Revision history");
    expect(memberView.html).not.toContain("Edit this resource");
  });

  it("refuses the editor pages to members", async () => {
    const client = app.client();
    await signIn(client, member.email);
    expect((await client.get("/resources/new")).status).toBe(403);
    expect((await client.post("/resources/new", resourceFields())).status).toBe(403);
    expect((await client.get("/resources/import")).status).toBe(403);
    expect((await client.get("/resources/queue")).status).toBe(403);
    const anonymous = await app.client().get("/resources/new");
    expect(anonymous.status).toBe(302);
  });

  it("withdraws a resource: gone for the public, still there for editors", async () => {
    const client = await editorClient();
    const created = await client.post("/resources/new", resourceFields({ title: "A resource to withdraw" }));
    const path = created.headers.get("location")!;
    const withdrawn = await client.post(`${path}/edit`, resourceFields({ title: "A resource to withdraw", status: "withdrawn", note: "Link broken" }));
    expect(withdrawn.status).toBe(302);
    expect((await app.client().get(path)).status).toBe(404);
    expect((await app.client().html("/resources")).html).not.toContain("A resource to withdraw");
    const editorView = await client.html(path);
    expect(editorView.status).toBe(200);
    expect(editorView.html).toContain("This resource is withdrawn");
  });
});

describe("member suggestions", () => {
  it("goes from a member's suggestion to the editors' queue, and accepting it adds the resource and thanks the member", async () => {
    const visitor = app.client();
    await signIn(visitor, member.email);
    const empty = await visitor.post("/resources/suggest", { title: "", url: "", summary: "Something I found useful" });
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain("Tell us the title of the resource.");
    expect(emptyHtml).toContain("Something I found useful");

    const sent = await visitor.post("/resources/suggest", {
      title: "Sitting with regret: a clinician's workbook",
      url: "https://example.org/regret-workbook",
      summary: "A workbook that helped our team after a medication error.",
      note: "",
    });
    expect(sent.status).toBe(302);
    const [suggestion] = await app.db.select().from(resourceSuggestions).where(eq(resourceSuggestions.suggestedBy, member.id));
    expect(suggestion!.status).toBe("pending");
    const editorNotes = await app.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, editor.id), eq(notifications.kind, "resource_suggestion_new")));
    expect(editorNotes.length).toBeGreaterThan(0);

    const client = await editorClient();
    const queue = await client.html("/resources/queue");
    queue.html = queue.html.replace(/<!-- -->/g, "");
    expect(queue.html).toContain("Sitting with regret: a clinician&#x27;s workbook");
    expect(queue.html).toContain("Suggested by Noor");
    const prefilled = await client.html(`/resources/new?suggestion=${suggestion!.id}`);
    expect(prefilled.html).toContain('value="https://example.org/regret-workbook"');

    const accepted = await client.post(
      "/resources/new",
      resourceFields({
        title: "Sitting with regret: a clinician's workbook",
        url: "https://example.org/regret-workbook",
        suggestionId: suggestion!.id,
      }),
    );
    expect(accepted.status).toBe(302);
    const [after] = await app.db.select().from(resourceSuggestions).where(eq(resourceSuggestions.id, suggestion!.id));
    expect(after!.status).toBe("accepted");
    expect(after!.resourceId).toBeTruthy();
    const thanks = await app.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, member.id), eq(notifications.kind, "resource_suggestion_accepted")));
    expect(thanks).toHaveLength(1);
    expect((await visitor.html("/resources/suggest")).html).toContain("Added to the library");
    expect((await client.html("/resources/queue")).html).not.toContain("Sitting with regret");
  });

  it("declines with a reason the member can read", async () => {
    const visitor = app.client();
    await signIn(visitor, member.email);
    await visitor.post("/resources/suggest", { title: "A sales brochure", url: "https://example.org/brochure", summary: "Looks relevant." });
    const [suggestion] = await app.db.select().from(resourceSuggestions).where(eq(resourceSuggestions.title, "A sales brochure"));
    const client = await editorClient();
    const missing = await client.post("/resources/queue", { suggestionId: suggestion!.id, reason: "" });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Give the person a short, kind reason");
    const declined = await client.post("/resources/queue", { suggestionId: suggestion!.id, reason: "It advertises a product rather than sharing learning." });
    expect(declined.status).toBe(200);
    expect(await declined.text()).toContain("The suggestion is declined");
    const own = await visitor.html("/resources/suggest");
    expect(own.html).toContain("Not added");
    expect(own.html).toContain("It advertises a product rather than sharing learning.");
    const note = await app.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, member.id), eq(notifications.kind, "resource_suggestion_declined")));
    expect(note).toHaveLength(1);
  });
});
