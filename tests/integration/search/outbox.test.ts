import { createServer } from "node:net";
import { count, eq, isNull } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { learningVersions, learnings, searchOutbox } from "../../../db/schema";
import { withdrawLearning } from "../../../app/learnings/publish.server";
import { MeilisearchEngine } from "../../../app/search/engine/meilisearch";
import { ResilientSearchEngine } from "../../../app/search/engine/resilient";
import { backoffMs, drainOutbox } from "../../../app/search/outbox.server";
import { reindexAll } from "../../../app/search/reindex.server";
import { setSearchEngine } from "../../../app/search/search.server";
import { enqueueSearchSync } from "../../../app/utils/outbox.server";
import { insertResource } from "../../../app/library/resources.server";
import { ResourceInputSchema } from "../../../app/library/schema.server";
import { createUser, signIn } from "../../support/people";
import { insertTestResource, RecordingEngine, resourceFields, startSearchTestApp, type SearchTestApp } from "./search-app";

let app: SearchTestApp;
let editor: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  app = await startSearchTestApp();
  editor = await createUser(app.db, { permissions: ["editor"] });
});
afterAll(() => app?.close());
afterEach(() => {
  globalThis.__restorativeClock = undefined;
  setSearchEngine(app.engine);
});

async function outboxRows() {
  const [row] = await app.db.select({ n: count() }).from(searchOutbox);
  return row!.n;
}

async function pending() {
  const [row] = await app.db.select({ n: count() }).from(searchOutbox).where(isNull(searchOutbox.processedAt));
  return row!.n;
}

/** A port nothing listens on: bound, then closed, so connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function searchPage(q: string) {
  return (await app.client().html(`/search?q=${encodeURIComponent(q)}`)).html.replace(/<!-- -->/g, "");
}

describe("Postgres search, written with the content", () => {
  it("reflects an edit in search the moment it commits, with no outbox row and no worker", async () => {
    const client = app.client();
    await signIn(client, editor.email);
    const created = await client.post("/resources/new", resourceFields({ title: "Tidewater reflections on candour" }));
    const path = created.headers.get("location")!;
    expect(await searchPage("tidewater")).toContain("Tidewater</mark> reflections on candour");

    await client.post(`${path}/edit`, resourceFields({ title: "Moonharbour reflections on candour", expectedVersion: "1" }));
    expect(await searchPage("moonharbour")).toContain("Moonharbour</mark> reflections on candour");
    expect(await searchPage("tidewater")).toContain("Nothing found.");
    expect(await outboxRows()).toBe(0);
  });

  it("rolls the search document back with a write that fails", async () => {
    await expect(
      app.db.transaction(async (tx) => {
        await insertResource(tx, ResourceInputSchema.parse({ ...resourceFields(), title: "Ghostwillow guide" }), { actorId: editor.id });
        throw new Error("the write fails after the document was written");
      }),
    ).rejects.toThrow(/write fails/);
    expect(await app.engine.titlesFor("ghostwillow")).toEqual([]);
  });

  it("removes a withdrawn resource from search", async () => {
    const client = app.client();
    await signIn(client, editor.email);
    const created = await client.post("/resources/new", resourceFields({ title: "Lanternfield workbook" }));
    const path = created.headers.get("location")!;
    expect(await app.engine.titlesFor("lanternfield")).toEqual(["Lanternfield workbook"]);
    await client.post(`${path}/edit`, resourceFields({ title: "Lanternfield workbook", status: "withdrawn", expectedVersion: "1" }));
    expect(await app.engine.titlesFor("lanternfield")).toEqual([]);
    expect(await searchPage("lanternfield")).toContain("Nothing found.");
  });

  it("removes a withdrawn case learning from search", async () => {
    const author = await createUser(app.db);
    const learningId = crypto.randomUUID();
    const versionId = crypto.randomUUID();
    await app.db.transaction(async (tx) => {
      await tx.insert(learnings).values({
        id: learningId,
        authorId: author.id,
        slug: "quillmere-handover",
        status: "published",
        visibility: "public",
        firstPublishedAt: new Date(),
        lastPublishedAt: new Date(),
      });
      await tx.insert(learningVersions).values({
        id: versionId,
        learningId,
        version: 1,
        title: "Quillmere: a handover that taught us to pause",
        setting: "hospital_ward",
        eventType: "communication",
        country: "IE",
        year: 2024,
        language: "en",
        tags: [],
        sections: { whatChanged: "We now pause before every handover." },
        consentBasis: "obtained",
      });
      await tx.update(learnings).set({ currentVersionId: versionId }).where(eq(learnings.id, learningId));
      await enqueueSearchSync(tx, "learning", learningId);
    });
    expect(await app.engine.titlesFor("quillmere")).toEqual(["Quillmere: a handover that taught us to pause"]);

    await withdrawLearning(author.id, learningId, "The family asked us to take it down.");
    expect(await app.engine.titlesFor("quillmere")).toEqual([]);
    expect(await searchPage("quillmere")).toContain("Nothing found.");
  });
});

describe("the outbox feeding Meilisearch", () => {
  beforeAll(() => {
    globalThis.__restorativeSearchOutbox = true;
  });
  afterAll(() => {
    globalThis.__restorativeSearchOutbox = undefined;
  });

  it("keeps writes working while the engine is unreachable, backs off, and drains with nothing missing when it is back", async () => {
    const dead = new MeilisearchEngine({ host: `http://127.0.0.1:${await closedPort()}`, requestTimeoutMs: 500 });
    const client = app.client();
    await signIn(client, editor.email);
    await app.sync();
    const titles = ["Riverstone one", "Riverstone two", "Riverstone three"];
    for (const title of titles) expect((await client.post("/resources/new", resourceFields({ title }))).status).toBe(302);
    expect(await pending()).toBe(3);
    const health = (await (await app.client().get("/healthz")).json()) as { outboxLag: number };
    expect(health.outboxLag).toBe(3);

    const first = await drainOutbox({ db: app.db, engine: dead });
    expect(first).toMatchObject({ processed: 0, failed: 3 });
    const rows = await app.db.select().from(searchOutbox).where(isNull(searchOutbox.processedAt));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.attempts).toBe(1);
      expect(row.lastError).toBeTruthy();
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    }
    // Not due yet: a second pass does nothing rather than hammering the engine.
    expect((await drainOutbox({ db: app.db, engine: dead })).claimed).toBe(0);

    // Later, still down: the delay doubles.
    const later = Date.now() + backoffMs(1) + 1000;
    globalThis.__restorativeClock = () => new Date(later);
    await drainOutbox({ db: app.db, engine: dead });
    const retried = await app.db.select().from(searchOutbox).where(isNull(searchOutbox.processedAt));
    for (const row of retried) {
      expect(row.attempts).toBe(2);
      expect(row.nextAttemptAt.getTime() - later).toBeGreaterThanOrEqual(backoffMs(2) - 50);
    }
    expect(await pending()).toBe(3);

    // The engine is back (a working one swapped in) and time has passed: everything drains.
    globalThis.__restorativeClock = () => new Date(later + backoffMs(2) + 1000);
    const back = new RecordingEngine();
    const drained = await drainOutbox({ db: app.db, engine: back });
    expect(drained).toMatchObject({ processed: 3, failed: 0 });
    expect(await pending()).toBe(0);
    expect((await back.titlesFor("riverstone")).sort()).toEqual([...titles].sort());
  });

  it("lets two workers run at once without processing any row twice", async () => {
    await app.sync();
    const recorder = new RecordingEngine();
    const ids: string[] = [];
    for (let i = 0; i < 24; i += 1) ids.push((await insertTestResource(app.db, editor.id, { title: `Concurrency check ${i}` })).id);
    const [a, b] = await Promise.all([
      drainOutbox({ db: app.db, engine: recorder, batchSize: 5 }),
      drainOutbox({ db: app.db, engine: recorder, batchSize: 5 }),
    ]);
    expect(a.processed + b.processed).toBe(24);
    expect(await pending()).toBe(0);
    for (const id of ids) expect(recorder.upserts.get(`resource:${id}`)).toBe(1);
    expect(recorder.upserts.size).toBe(24);
  });

  it("answers from Postgres search in reduced mode when Meilisearch is down, and says so", async () => {
    const dead = new MeilisearchEngine({ host: `http://127.0.0.1:${await closedPort()}`, requestTimeoutMs: 500 });
    setSearchEngine(new ResilientSearchEngine({ primary: dead, fallback: app.engine, timeoutMs: 1000, onStatusChange: () => {} }));
    const started = Date.now();
    const html = await searchPage("riverstone");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(html).toContain("Search is working in a simpler mode just now");
    expect(html).toContain("Riverstone</mark> one");
    const health = (await (await app.client().get("/healthz")).json()) as { search: string };
    expect(health.search).toBe("degraded");
  });

  it("rebuilds into a fresh index and swaps it in, leaving out what is not public", async () => {
    const target = new RecordingEngine();
    await target.upsert([
      {
        id: "resource:stale",
        kind: "resource",
        slug: "stale",
        title: "Stale ghost entry",
        summary: "",
        body: "",
        topics: [],
        countries: [],
        languages: [],
        updatedAt: 0,
      },
    ]);
    const report = await reindexAll({ db: app.db, engine: target });
    expect(target.swaps).toBe(1);
    expect(report.counts.resource).toBeGreaterThan(5);
    expect(await target.titlesFor("ghost")).toEqual([]);
    expect(await target.titlesFor("lanternfield")).toEqual([]);
    expect(await target.titlesFor("moonharbour")).toEqual(["Moonharbour reflections on candour"]);
  });
});
