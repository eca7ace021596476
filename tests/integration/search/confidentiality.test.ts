import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { executeRows } from "../../../db/client";
import { circleMemberships, circlePosts, circleThreads, circles, searchOutbox } from "../../../db/schema";
import { drainOutbox } from "../../../app/search/outbox.server";
import { rebuildSearchDocuments } from "../../../app/search/reindex.server";
import { SEARCH_SOURCES } from "../../../app/search/sources.server";
import { createUser, signIn } from "../../support/people";
import { RecordingEngine, startSearchTestApp, type SearchTestApp } from "./search-app";

// What is said in a circle stays there: a word that exists only in a circle post must never be
// findable through the search page or any engine query, for anyone, however the index is built.

const SECRET = "marrowlight";
let app: SearchTestApp;

beforeAll(async () => {
  app = await startSearchTestApp();
  const facilitator = await createUser(app.db, { role: "facilitator" });
  const circleId = crypto.randomUUID();
  const membershipId = crypto.randomUUID();
  const threadId = crypto.randomUUID();
  await app.db.transaction(async (tx) => {
    await tx.insert(circles).values({
      id: circleId,
      slug: "night-shift-circle",
      name: `Night shift ${SECRET}`,
      purpose: `A space for ${SECRET} talk`,
      kind: "invite",
      language: "en",
      timeZone: "UTC",
    });
    await tx.insert(circleMemberships).values({ id: membershipId, circleId, userId: facilitator.id, status: "active" });
    await tx.insert(circleThreads).values({ id: threadId, circleId, title: `After the ${SECRET} shift`, authorMembershipId: membershipId });
    await tx.insert(circlePosts).values({
      id: crypto.randomUUID(),
      threadId,
      circleId,
      authorMembershipId: membershipId,
      isOpener: true,
      body: `I keep thinking about the ${SECRET} night.`,
    });
  });
});
afterAll(() => app?.close());

describe("circle content is never searchable", () => {
  it("has no circle source in the indexer at all", () => {
    expect(Object.keys(SEARCH_SOURCES).sort()).toEqual(["facilitator", "learning", "resource"]);
  });

  it("finds nothing for a circle-only word after a full reindex, through the engine or the page, for anyone", async () => {
    await rebuildSearchDocuments({ db: app.db });
    const [stored] = await executeRows<{ n: number }>(
      app.db,
      sql`select count(*)::int as n from search_documents
      where title || ' ' || summary || ' ' || body ilike ${`%${SECRET}%`}`,
    );
    expect(Number(stored!.n)).toBe(0);
    expect((await app.engine.search({ q: SECRET })).totalHits).toBe(0);
    expect((await app.engine.search({ q: "marrowlite" })).totalHits).toBe(0);

    const admin = await createUser(app.db, { role: "admin" });
    const moderator = await createUser(app.db, { role: "moderator", permissions: ["editor"] });
    const member = await createUser(app.db);
    const clients = [app.client()];
    for (const person of [admin, moderator, member]) {
      const client = app.client();
      await signIn(client, person.email);
      clients.push(client);
    }
    for (const client of clients) {
      const { html } = await client.html(`/search?q=${SECRET}`);
      expect(html).toContain("Nothing found.");
      // The word appears only where the page echoes the query; no circle text, name or thread title.
      expect(html).not.toContain("I keep thinking about");
      expect(html).not.toContain("Night shift");
      expect(html).not.toContain(`After the ${SECRET} shift`);
      expect(html).not.toContain('<li class="result">');
    }
  });

  it("refuses to index an outbox row for a kind that is not public, even one forged into the table", async () => {
    // Due a second ago: the worker reads the clock in milliseconds and PostgreSQL's now() in microseconds, so a
    // row inserted in the same millisecond as the claim would not be due yet (CI saw that once).
    await app.db.execute(
      sql`insert into ${searchOutbox} (entity_kind, entity_id, next_attempt_at) values ('circle_post', 'forged', now() - interval '1 second')`,
    );
    const engine = new RecordingEngine();
    await engine.ensureIndex();
    const outcome = await drainOutbox({ db: app.db, engine });
    expect(outcome.failed).toBe(1);
    expect(engine.upserts.size).toBe(0);
    const [row] = await app.db
      .select()
      .from(searchOutbox)
      .where(sql`${searchOutbox.entityKind} = 'circle_post'`);
    expect(row!.processedAt).toBeNull();
    expect(row!.lastError).toContain("No search source");
  });
});
