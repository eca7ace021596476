// The adapter's HTTP conversation, checked against a minimal fake Meilisearch that records
// requests and answers like the real API (enqueued tasks, task polling, search responses).
// This pins the request shapes without a real server; the live contract run covers semantics.

import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MeilisearchEngine } from "~/search/engine/meilisearch";
import { SearchIndexNotFoundError } from "~/search/engine/types";
import { FIXTURE } from "./fixture";

interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization?: string;
}

class FakeMeilisearch {
  requests: Recorded[] = [];
  /** Uid of the next enqueued task: tasks are numbered in order, so tests can target one. */
  nextTaskUid = 1;
  private server!: Server;
  url = "";
  /** Task uid → outcome, for simulating failed tasks. */
  failures = new Map<string, { code: string; message: string }>();

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const recorded = await this.record(req);
      const reply = this.answer(recorded);
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.body));
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Requests other than task polling, as "METHOD /path". */
  calls(): string[] {
    return this.requests.filter((r) => !r.path.startsWith("/tasks/")).map((r) => `${r.method} ${r.path}`);
  }

  last(method: string, path: string): Recorded {
    return this.requests.filter((r) => r.method === method && r.path === path).at(-1)!;
  }

  private async record(req: IncomingMessage): Promise<Recorded> {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url ?? "/", "http://fake");
    const recorded = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body: raw ? JSON.parse(raw) : undefined,
      authorization: req.headers.authorization,
    };
    this.requests.push(recorded);
    return recorded;
  }

  private answer(r: Recorded): { status: number; body: unknown } {
    const taskMatch = /^\/tasks\/(\d+)$/.exec(r.path);
    if (taskMatch) {
      const failure = this.failures.get(taskMatch[1]);
      return {
        status: 200,
        body: { uid: Number(taskMatch[1]), status: failure ? "failed" : "succeeded", type: "x", error: failure ?? null },
      };
    }
    if (r.path === "/health") return { status: 200, body: { status: "available" } };
    if (r.path === "/indexes/missing/search") {
      return { status: 404, body: { message: "Index `missing` not found.", code: "index_not_found", type: "invalid_request", link: "" } };
    }
    if (r.path.endsWith("/stats")) return { status: 200, body: { numberOfDocuments: 7, isIndexing: false, fieldDistribution: {} } };
    if (r.path.endsWith("/search")) return { status: 200, body: this.searchResponse(r.body) };
    const taskUid = this.nextTaskUid++;
    return { status: 202, body: { taskUid, indexUid: null, status: "enqueued", type: "x", enqueuedAt: new Date().toISOString() } };
  }

  private searchResponse(body: any) {
    const { highlightPreTag: pre, highlightPostTag: post } = body;
    const doc = { ...FIXTURE[2], pk: "ignored" };
    return {
      hits: [
        {
          ...doc,
          _formatted: {
            ...doc,
            title: `<script>alert(1)</script> ${pre}harm${post}`,
            summary: `A title that tries to inject markup & must come back escaped.`,
          },
        },
      ],
      query: body.q,
      processingTimeMs: 1,
      hitsPerPage: body.hitsPerPage,
      page: body.page,
      totalPages: 3,
      totalHits: body.q === "nothing matches all" && body.matchingStrategy === "all" ? 0 : 41,
      facetDistribution: body.facets ? { kind: { resource: 41 } } : undefined,
    };
  }
}

describe("Meilisearch adapter requests", () => {
  const fake = new FakeMeilisearch();
  let engine: MeilisearchEngine;

  beforeAll(async () => {
    await fake.start();
    engine = new MeilisearchEngine({ host: fake.url, apiKey: "secret-key" });
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.requests = [];
  });

  it("creates the index with our primary key, then applies the shared settings, waiting for both tasks", async () => {
    await engine.ensureIndex("docs");
    expect(fake.calls()).toEqual(["POST /indexes", "PATCH /indexes/docs/settings"]);
    expect(fake.last("POST", "/indexes").body).toEqual({ uid: "docs", primaryKey: "pk" });
    const settings = fake.last("PATCH", "/indexes/docs/settings").body;
    expect(settings.rankingRules).toEqual(["sort", "words", "typo", "proximity", "attribute", "exactness"]);
    expect(settings.synonyms["involved clinician"]).toEqual(["second victim"]);
    expect(settings.pagination).toEqual({ maxTotalHits: 100_000 });
    expect(fake.requests.filter((r) => r.path.startsWith("/tasks/"))).toHaveLength(2);
    expect(fake.requests[0].authorization).toBe("Bearer secret-key");
  });

  it("tolerates an index that already exists, but not other task failures", async () => {
    // ensureIndex enqueues two tasks: create the index, then update its settings.
    fake.failures.set(String(fake.nextTaskUid), { code: "index_already_exists", message: "exists" });
    await engine.ensureIndex("docs");
    fake.failures.set(String(fake.nextTaskUid + 1), { code: "invalid_settings", message: "bad" });
    await expect(engine.ensureIndex("docs")).rejects.toThrow(/failed: bad/);
  });

  it("upserts encoded keys in batches with the primary key", async () => {
    const many = Array.from({ length: 1_500 }, (_, i) => ({ ...FIXTURE[0], id: `resource:${i}` }));
    await engine.upsert(many, "docs");
    const posts = fake.requests.filter((r) => r.method === "POST" && r.path === "/indexes/docs/documents");
    expect(posts.map((p) => p.body.length)).toEqual([1_000, 500]);
    expect(posts[0].query.get("primaryKey")).toBe("pk");
    expect(posts[0].body[0]).toMatchObject({ pk: "resource_3a0", id: "resource:0", kind: "resource" });
  });

  it("deletes by encoded key", async () => {
    await engine.delete(["learning:a_b"], "docs");
    expect(fake.last("POST", "/indexes/docs/documents/delete-batch").body).toEqual(["learning_3aa_5fb"]);
  });

  it("sends filters, facets, paging, highlight tags and the matching strategy", async () => {
    const result = await engine.search({ q: "harm", filters: { kind: ["resource"], yearFrom: 2019 }, facets: ["kind"], page: 2, hitsPerPage: 5 }, "docs");
    const body = fake.last("POST", "/indexes/docs/search").body;
    expect(body).toMatchObject({
      q: "harm",
      filter: 'kind IN ["resource"] AND year >= 2019',
      facets: ["kind"],
      page: 2,
      hitsPerPage: 5,
      attributesToHighlight: ["title", "summary"],
      matchingStrategy: "all",
    });
    expect(body.sort).toBeUndefined();
    expect(body.highlightPreTag).toMatch(/^\[\[hl-[0-9a-f]+\]\]$/);
    expect(body.attributesToRetrieve).not.toContain("pk");

    expect(result).toMatchObject({ totalHits: 41, totalPages: 3, page: 2, hitsPerPage: 5, facets: { kind: { resource: 41 } } });
    expect(result.hits[0].doc).toEqual({ ...FIXTURE[2], verifiedAt: null });
    expect(result.hits[0].doc).not.toHaveProperty("pk");
    expect(result.hits[0].highlight.title).toBe("&lt;script&gt;alert(1)&lt;/script&gt; <mark>harm</mark>");
    expect(result.hits[0].highlight.summary).toContain("&amp;");
  });

  it("sorts placeholder searches newest first and retries with 'last' when nothing has every word", async () => {
    await engine.search({ q: "" }, "docs");
    expect(fake.last("POST", "/indexes/docs/search").body.sort).toEqual(["updatedAt:desc"]);
    fake.requests = [];
    const relaxed = await engine.search({ q: "nothing matches all" }, "docs");
    expect(fake.requests.map((r) => r.body?.matchingStrategy)).toEqual(["all", "last"]);
    expect(relaxed.totalHits).toBe(41);
  });

  it("maps a missing index to SearchIndexNotFoundError", async () => {
    await expect(engine.search({ q: "x" }, "missing")).rejects.toBeInstanceOf(SearchIndexNotFoundError);
  });

  it("swaps without the rename flag, drops indexes idempotently, counts and checks health", async () => {
    await engine.swap("a", "b");
    expect(fake.last("POST", "/swap-indexes").body).toEqual([{ indexes: ["a", "b"] }]);
    fake.failures.set(String(fake.nextTaskUid), { code: "index_not_found", message: "gone" });
    await engine.dropIndex("gone");
    expect(fake.calls()).toContain("DELETE /indexes/gone");
    expect(await engine.count("docs")).toBe(7);
    expect(await engine.health()).toBe(true);
  });
});
