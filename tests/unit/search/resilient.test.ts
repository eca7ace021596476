import { describe, expect, it, vi } from "vitest";
import { ResilientSearchEngine } from "~/search/engine/resilient";
import type { SearchEngine, SearchResult } from "~/search/engine/types";
import { FIXTURE } from "./fixture";
import { MemoryEngine } from "./memory-engine";

type Mode = "ok" | "throw" | "hang";

/** A primary whose behaviour the test switches: answers, throws, or never answers. */
class FakePrimary implements SearchEngine {
  readonly name = "meilisearch" as const;
  mode: Mode = "ok";
  calls: string[] = [];
  readonly store = new MemoryEngine();

  private async act<T>(operation: string, work: () => Promise<T>): Promise<T> {
    this.calls.push(operation);
    if (this.mode === "throw") throw new Error(`primary down (${operation})`);
    if (this.mode === "hang") return new Promise<T>(() => {});
    return work();
  }

  ensureIndex = (uid?: string) => this.act("ensureIndex", () => this.store.ensureIndex(uid));
  upsert = (docs: Parameters<SearchEngine["upsert"]>[0], uid?: string) => this.act("upsert", () => this.store.upsert(docs, uid));
  delete = (ids: string[], uid?: string) => this.act("delete", () => this.store.delete(ids, uid));
  search = (q: Parameters<SearchEngine["search"]>[0], uid?: string) =>
    this.act("search", async (): Promise<SearchResult> => ({ ...(await this.store.search(q, uid)), processingMs: -1 }));
  count = (uid?: string) => this.act("count", () => this.store.count(uid));
  swap = (a: string, b: string) => this.act("swap", () => this.store.swap(a, b));
  dropIndex = (uid: string) => this.act("dropIndex", () => this.store.dropIndex(uid));
  health = () => this.act("health", () => this.store.health());
}

function setUp(options: { timeoutMs?: number; coolDownMs?: number } = {}) {
  const primary = new FakePrimary();
  const fallback = new MemoryEngine();
  let clock = 1_000_000;
  const statusChanges: string[] = [];
  const engine = new ResilientSearchEngine({
    primary,
    fallback,
    timeoutMs: options.timeoutMs ?? 50,
    coolDownMs: options.coolDownMs ?? 30_000,
    now: () => clock,
    onStatusChange: (status) => statusChanges.push(status),
  });
  const advance = (ms: number) => (clock += ms);
  return { engine, primary, fallback, advance, statusChanges };
}

describe("resilient search engine", () => {
  it("serves the primary while it is healthy", async () => {
    const { engine, primary } = setUp();
    await engine.ensureIndex();
    await engine.upsert(FIXTURE);
    const result = await engine.search({ q: "humanizing" });
    expect(result.processingMs).toBe(-1); // the fake primary's marker
    expect(result.degraded).toBeUndefined();
    expect(engine.status()).toBe("ok");
    expect(engine.name).toBe("meilisearch");
    expect(primary.calls).toContain("search");
  });

  it("sends writes to the primary only: the fallback (Postgres search) is written by the content's own transaction", async () => {
    const { engine, primary, fallback } = setUp();
    await engine.ensureIndex();
    await engine.upsert(FIXTURE);
    await engine.delete([FIXTURE[0].id]);
    expect(await primary.store.count()).toBe(FIXTURE.length - 1);
    expect(await fallback.count()).toBe(0);
  });

  it("falls back with degraded: true when the primary throws, then skips it during the cool-down", async () => {
    const { engine, primary, fallback, advance, statusChanges } = setUp({ coolDownMs: 30_000 });
    await engine.ensureIndex();
    await engine.upsert(FIXTURE);
    await fallback.upsert(FIXTURE);
    primary.mode = "throw";

    const first = await engine.search({ q: "humanizing" });
    expect(first.degraded).toBe(true);
    expect(first.hits[0].doc.id).toBe("resource:humanizing-harm");
    expect(engine.status()).toBe("degraded");
    expect(statusChanges).toEqual(["degraded"]);

    primary.calls = [];
    advance(29_000);
    expect((await engine.search({ q: "harm" })).degraded).toBe(true);
    expect(primary.calls).toEqual([]); // not even tried

    primary.mode = "ok";
    advance(2_000); // cool-down over: the next search probes the primary
    const recovered = await engine.search({ q: "harm" });
    expect(recovered.degraded).toBeUndefined();
    expect(engine.status()).toBe("ok");
    expect(statusChanges).toEqual(["degraded", "ok"]);
  });

  it("does not let a hanging primary hold a search longer than the timeout", async () => {
    const { engine, primary, fallback } = setUp({ timeoutMs: 100 });
    await engine.ensureIndex();
    await engine.upsert(FIXTURE);
    await fallback.upsert(FIXTURE);
    primary.mode = "hang";
    const started = performance.now();
    const result = await engine.search({ q: "toolkit" });
    const elapsed = performance.now() - started;
    expect(result.degraded).toBe(true);
    expect(result.hits.map((h) => h.doc.id)).toEqual(["resource:disclosure-toolkit"]);
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(1_000);

    // During the cool-down the next search does not wait at all.
    const again = performance.now();
    await engine.search({ q: "toolkit" });
    expect(performance.now() - again).toBeLessThan(50);
  });

  it("lets only one search probe a recovering primary", async () => {
    const { engine, primary, advance } = setUp({ timeoutMs: 100, coolDownMs: 1_000 });
    await engine.ensureIndex();
    await engine.upsert(FIXTURE);
    primary.mode = "throw";
    await engine.search({ q: "harm" });
    advance(1_001);
    primary.mode = "hang";
    primary.calls = [];
    const results = await Promise.all([engine.search({ q: "harm" }), engine.search({ q: "harm" }), engine.search({ q: "harm" })]);
    expect(primary.calls.filter((c) => c === "search")).toHaveLength(1);
    expect(results.every((r) => r.degraded)).toBe(true);
  });

  it("throws writes the primary rejects, without touching the fallback", async () => {
    const { engine, primary, fallback } = setUp();
    await engine.ensureIndex();
    primary.mode = "throw";
    await expect(engine.upsert(FIXTURE)).rejects.toThrow(/primary down/);
    await expect(engine.delete([FIXTURE[0].id])).rejects.toThrow(/primary down/);
    await expect(engine.swap("a", "b")).rejects.toThrow(/primary down/);
    expect(await fallback.count()).toBe(0);
    // A failed write says nothing about reads.
    expect(engine.status()).toBe("ok");
  });

  it("reports health from the primary, or from the fallback when the primary is down", async () => {
    const { engine, primary } = setUp();
    expect(await engine.health()).toBe(true);
    expect(engine.status()).toBe("ok");
    primary.mode = "throw";
    expect(await engine.health()).toBe(true); // the fallback still serves
    expect(engine.status()).toBe("degraded");
    primary.mode = "ok";
    expect(await engine.health()).toBe(true);
    expect(engine.status()).toBe("ok");
  });

  it("reads counts from the fallback when the primary is down", async () => {
    const { engine, primary, fallback } = setUp();
    await fallback.upsert(FIXTURE);
    primary.mode = "throw";
    expect(await engine.count()).toBe(FIXTURE.length);
  });

  it("logs status changes by default", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const primary = new FakePrimary();
      primary.mode = "throw";
      const engine = new ResilientSearchEngine({ primary, fallback: new MemoryEngine() });
      await engine.ensureIndex().catch(() => {});
      await engine.search({ q: "x" });
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("createSearchEngine", () => {
  it("uses Postgres search alone without a Meilisearch URL, and as Meilisearch's fallback with one", async () => {
    const { createSearchEngine, PostgresSearchEngine, ResilientSearchEngine: Resilient } = await import("~/search/engine");
    const db = () => {
      throw new Error("not connected in this test");
    };
    for (const options of [{}, { meilisearchUrl: "" }, { meilisearchUrl: "   " }]) {
      const engine = createSearchEngine({ db, ...options });
      expect(engine).toBeInstanceOf(PostgresSearchEngine);
      expect(engine.name).toBe("postgres");
      expect(engine.status()).toBe("ok");
    }
    const wrapped = createSearchEngine({ db, meilisearchUrl: "http://127.0.0.1:7700", meilisearchKey: "k" });
    expect(wrapped).toBeInstanceOf(Resilient);
    expect(wrapped.name).toBe("meilisearch");
    expect((wrapped as InstanceType<typeof Resilient>).fallback).toBeInstanceOf(PostgresSearchEngine);
  });
});
