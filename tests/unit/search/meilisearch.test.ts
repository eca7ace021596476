// The Meilisearch adapter without a Meilisearch: request timeouts against a closed port and a
// server that never answers, and the pure query/document mapping.

import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, migrateDatabase } from "../../../db/client";
import { createSearchEngine, PostgresSearchEngine } from "~/search/engine";
import { MeilisearchEngine, meilisearchSettings } from "~/search/engine/meilisearch";
import {
  buildFilterExpression,
  buildSort,
  decodeDocumentKey,
  encodeDocumentKey,
  HighlightTags,
  quoteFilterValue,
  toStoredDocument,
} from "~/search/engine/meilisearch-mapping";
import { FIXTURE } from "./fixture";

/** A port nothing listens on: bind, read the port, close. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function elapsedMs(work: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  try {
    await work();
    return { ms: performance.now() - started, error: undefined };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

describe("Meilisearch adapter against an unreachable server", () => {
  let engine: MeilisearchEngine;
  beforeAll(async () => {
    engine = new MeilisearchEngine({ host: `http://127.0.0.1:${await closedPort()}`, apiKey: "test" });
  });

  it.each([
    ["search", () => engine.search({ q: "harm" })],
    ["upsert", () => engine.upsert(FIXTURE.slice(0, 1))],
    ["ensureIndex", () => engine.ensureIndex()],
    ["count", () => engine.count()],
  ] as const)("%s rejects within 1.2 s on a closed port", async (_, work) => {
    const { ms, error } = await elapsedMs(work);
    expect(error).toBeInstanceOf(Error);
    expect(ms).toBeLessThan(1_200);
  });

  it("reports unhealthy instead of throwing", async () => {
    expect(await engine.health()).toBe(false);
  });
});

describe("Meilisearch adapter against a server that never answers", () => {
  let server: Server;
  const sockets = new Set<Socket>();
  let host: string;

  beforeAll(async () => {
    // Accepts connections and reads requests, but never writes a byte back.
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    host = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("gives up on a search after the one-second request timeout", async () => {
    const engine = new MeilisearchEngine({ host });
    const { ms, error } = await elapsedMs(() => engine.search({ q: "harm" }));
    expect(error).toBeInstanceOf(Error);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(1_500);
  });

  it("makes the factory's engine answer from Postgres search, degraded, within the timeout", async () => {
    const handle = await createDatabase({ dataDir: "memory://" });
    try {
      await migrateDatabase(handle);
      await new PostgresSearchEngine(handle.db).upsert(FIXTURE);
      const engine = createSearchEngine({ db: handle.db, meilisearchUrl: host, timeoutMs: 300 });
      const { ms } = await elapsedMs(async () => {
        const result = await engine.search({ q: "humanizing" });
        expect(result.degraded).toBe(true);
        expect(result.hits[0].doc.id).toBe("resource:humanizing-harm");
      });
      expect(ms).toBeLessThan(800);
      expect(engine.status()).toBe("degraded");
    } finally {
      await handle.close();
    }
  }, 60_000);
});

describe("Meilisearch mapping", () => {
  it("encodes ids into valid, reversible primary keys", () => {
    for (const id of ["resource:0fb86738-b42c-4354-84f3-e32248c1e89a", "learning:a_b", "x:é ü/?", "a_3ab"]) {
      const key = encodeDocumentKey(id);
      expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeDocumentKey(key)).toBe(id);
    }
    expect(encodeDocumentKey("resource:ab-12")).toBe("resource_3aab-12");
    // Injective: an escaped underscore cannot collide with an escaped colon.
    expect(encodeDocumentKey("a_3a")).not.toBe(encodeDocumentKey("a:"));
  });

  it("stores documents with the encoded key and only public fields", () => {
    const stored = toStoredDocument({ ...FIXTURE[0], secret: "x" } as never);
    expect(stored.pk).toBe(encodeDocumentKey(FIXTURE[0].id));
    expect(stored).not.toHaveProperty("secret");
    expect(stored.id).toBe(FIXTURE[0].id);
  });

  it("builds IN filters, ANDed, with a year range", () => {
    expect(buildFilterExpression(undefined)).toBeUndefined();
    expect(buildFilterExpression({ kind: [], topics: [] })).toBeUndefined();
    expect(buildFilterExpression({ kind: ["resource", "learning"], topics: ["circle"], yearFrom: 2019, yearTo: 2021.7 })).toBe(
      'kind IN ["resource", "learning"] AND topics IN ["circle"] AND year >= 2019 AND year <= 2021',
    );
    expect(buildFilterExpression({ yearFrom: Number.NaN })).toBeUndefined();
  });

  it("quotes values so they cannot escape the string", () => {
    expect(quoteFilterValue('NZ" OR kind = "resource')).toBe('"NZ\\" OR kind = \\"resource"');
    expect(quoteFilterValue("a\\")).toBe('"a\\\\"');
    expect(buildFilterExpression({ countries: ['x"]', "y"] })).toBe('countries IN ["x\\"]", "y"]');
  });

  it("sorts placeholder searches newest first, relevance otherwise", () => {
    expect(buildSort({ q: "" }, false)).toEqual(["updatedAt:desc"]);
    expect(buildSort({ q: "harm" }, true)).toBeUndefined();
    expect(buildSort({ q: "harm", sort: "verifiedAt:desc" }, true)).toEqual(["verifiedAt:desc"]);
  });

  it("escapes highlighted text before turning the private tags into <mark>", () => {
    const tags = new HighlightTags("n0nce");
    const formatted = `<script>alert(1)</script> ${tags.pre}harm${tags.post} & <mark>fake</mark>`;
    expect(tags.toHtml(formatted)).toBe("&lt;script&gt;alert(1)&lt;/script&gt; <mark>harm</mark> &amp; &lt;mark&gt;fake&lt;/mark&gt;");
    expect(() => new HighlightTags("bad nonce")).toThrow();
  });

  it("declares settings in Meilisearch's shape, with synonyms in both directions", () => {
    const settings = meilisearchSettings();
    expect(settings.searchableAttributes).toEqual(["title", "summary", "body", "topics"]);
    expect(settings.filterableAttributes).toEqual(["kind", "type", "topics", "countries", "languages", "year"]);
    expect(settings.sortableAttributes).toEqual(["updatedAt", "verifiedAt", "year"]);
    expect(settings.synonyms?.["second victim"]).toContain("involved clinician");
    expect(settings.synonyms?.["involved clinician"]).toContain("second victim");
    expect(settings.synonyms?.["patient safety incident"]).toContain("adverse event");
    expect(settings.synonyms?.["relational"]).toEqual(["restorative"]);
    expect(settings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
  });
});
