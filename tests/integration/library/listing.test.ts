import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resources, users } from "../../../db/schema";
import { listResources } from "../../../app/library/listing.server";
import { ResourceListQuerySchema } from "../../../app/library/schema.server";
import { updateResource } from "../../../app/library/resources.server";
import { canViewResource, type Actor } from "../../../app/utils/policy.server";
import { createUser, suspend } from "../../support/people";
import { insertTestResource, startSearchTestApp, type SearchTestApp } from "../search/search-app";

let app: SearchTestApp;
let editorId: string;

beforeAll(async () => {
  app = await startSearchTestApp();
  editorId = (await createUser(app.db, { permissions: ["editor"] })).id;
  const specs = [
    { title: "Ward huddles after harm", type: "guide", countries: "NZ", language: "en", year: "2019", topics: ["circle"] },
    { title: "Candour in practice", type: "policy", countries: "GB, IE", language: "en", year: "2021", topics: ["open_disclosure"] },
    { title: "Cercles de parole", type: "guide", countries: "CA", language: "fr", year: "2023", topics: ["circle", "second_victim"] },
    { title: "Evaluating restorative conferences", type: "research_paper", countries: "", language: "en", year: "2024", topics: ["evaluation"] },
    { title: "A withdrawn toolkit", type: "toolkit", countries: "NZ", language: "en", year: "2020", topics: ["circle"] },
  ];
  for (const spec of specs) await insertTestResource(app.db, editorId, spec);
  const [withdrawn] = await app.db.select().from(resources).where(eq(resources.title, "A withdrawn toolkit"));
  const { ResourceInputSchema } = await import("../../../app/library/schema.server");
  const input = ResourceInputSchema.parse({ ...withdrawn!, body: withdrawn!.body ?? "", url: withdrawn!.url ?? "", year: withdrawn!.year });
  await updateResource(editorId, withdrawn!.id, input, { status: "withdrawn", note: "" });
});
afterAll(() => app?.close());

const allQuery = ResourceListQuerySchema.parse({});

describe("the library list", () => {
  it("agrees with the per-resource policy for every kind of viewer", async () => {
    const member = await createUser(app.db);
    const admin = await createUser(app.db, { role: "admin" });
    const suspendedEditor = await createUser(app.db, { permissions: ["editor"] });
    await suspend(app.db, suspendedEditor.id);
    const viewers: Actor[] = [null];
    for (const id of [member.id, admin.id, editorId, suspendedEditor.id]) {
      const [u] = await app.db.select().from(users).where(eq(users.id, id));
      viewers.push(u!);
    }
    const everything = await app.db.select().from(resources);
    for (const viewer of viewers) {
      const listed = (await listResources(viewer, allQuery)).resources.map((r) => r.id).sort();
      const allowed = everything
        .filter((r) => canViewResource(viewer, r))
        .map((r) => r.id)
        .sort();
      expect(listed, `viewer ${viewer?.role ?? "anonymous"}`).toEqual(allowed);
    }
    expect((await listResources(null, allQuery)).total).toBe(4);
  });

  it("narrows by the same facets as search, with counts, over HTTP", async () => {
    const all = (await app.client().html("/resources")).html.replace(/<!-- -->/g, "");
    expect(all).toContain("4 resources");
    expect(all).not.toContain("A withdrawn toolkit");
    expect(all).toMatch(/Guide <span class="facet-count">\(2\)<\/span>/);

    const guidesInCanada = (await app.client().html("/resources?type=guide&country=CA")).html.replace(/<!-- -->/g, "");
    expect(guidesInCanada).toContain("1 resource<");
    expect(guidesInCanada).toContain("Cercles de parole");
    expect(guidesInCanada).not.toContain("Ward huddles after harm");

    const recent = (await app.client().html("/resources?yearFrom=2021&yearTo=2023&language=en")).html.replace(/<!-- -->/g, "");
    expect(recent).toContain("Candour in practice");
    expect(recent).not.toContain("Cercles de parole");
    expect(recent).not.toContain("Evaluating restorative conferences");
  });

  it("publishes an Atom feed of public resources only, escaped", async () => {
    await insertTestResource(app.db, editorId, { title: "Fish & chips <together>: team rituals" });
    const response = await app.client().get("/resources.atom");
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    const feed = await response.text();
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toContain("Fish &amp; chips &lt;together&gt;: team rituals");
    expect(feed).not.toContain("A withdrawn toolkit");
    expect(feed.match(/<entry>/g)).toHaveLength(5);
  });

  it("reports the search state on /healthz, with no outbox lag when Postgres search needs no outbox", async () => {
    const health = (await (await app.client().get("/healthz")).json()) as { search: string; outboxLag: number | null };
    expect(health.search).toBe("ok");
    expect(health.outboxLag).toBeNull();
  });
});
