// Keeps search up when Meilisearch is not. Searches try Meilisearch for at most a second (the one
// timeout on the search path); on error or timeout Postgres search answers with `degraded: true`,
// and for a cool-down period searches skip Meilisearch entirely, so visitors never wait on a dead
// server. After the cool-down a single search probes it again while the others keep using Postgres.
//
// Writes go to Meilisearch only: the fallback is Postgres search, whose documents are written in
// the same transaction as the content, so it is always current and needs no copy of the writes.
// A failed write is thrown so the caller (the outbox worker) retries. Writes do not change the read
// state: a rejected document says nothing about whether the server is up.

import type { EngineName, EngineStatus, ManagedSearchEngine, SearchDocument, SearchEngine, SearchQuery, SearchResult } from "./types";

export interface ResilientEngineOptions {
  primary: SearchEngine;
  fallback: SearchEngine;
  /** Longest a read waits for the primary, in ms. */
  timeoutMs?: number;
  /** How long reads skip the primary after it failed, in ms. */
  coolDownMs?: number;
  /** Clock, injectable for tests. */
  now?: () => number;
  /** Told when reads switch between primary and fallback; logs a warning by default. */
  onStatusChange?: (status: EngineStatus, error?: unknown) => void;
}

export const DEFAULT_PRIMARY_TIMEOUT_MS = 1_000;
export const DEFAULT_COOL_DOWN_MS = 30_000;

export class PrimaryTimeoutError extends Error {
  constructor(operation: string, timeoutMs: number) {
    super(`Primary search engine did not answer ${operation} within ${timeoutMs} ms`);
    this.name = "PrimaryTimeoutError";
  }
}

function logStatusChange(status: EngineStatus, error?: unknown): void {
  if (status === "degraded") console.warn("[search] primary engine unavailable, serving fallback:", error);
  else console.info("[search] primary engine available again");
}

export class ResilientSearchEngine implements ManagedSearchEngine {
  readonly name: EngineName;
  readonly primary: SearchEngine;
  readonly fallback: SearchEngine;
  private readonly timeoutMs: number;
  private readonly coolDownMs: number;
  private readonly now: () => number;
  private readonly onStatusChange: (status: EngineStatus, error?: unknown) => void;
  /** Reads skip the primary until this instant; 0 while healthy. */
  private skipPrimaryUntil = 0;
  private degraded = false;
  private probeInFlight = false;

  constructor(options: ResilientEngineOptions) {
    this.primary = options.primary;
    this.fallback = options.fallback;
    this.name = options.primary.name;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_PRIMARY_TIMEOUT_MS;
    this.coolDownMs = options.coolDownMs ?? DEFAULT_COOL_DOWN_MS;
    this.now = options.now ?? Date.now;
    this.onStatusChange = options.onStatusChange ?? logStatusChange;
  }

  status(): EngineStatus {
    return this.degraded ? "degraded" : "ok";
  }

  async search(query: SearchQuery, indexUid?: string): Promise<SearchResult> {
    const fromPrimary = await this.readPrimary("search", () => this.primary.search(query, indexUid));
    if (fromPrimary.ok) return fromPrimary.value;
    return { ...(await this.fallback.search(query, indexUid)), degraded: true };
  }

  async count(indexUid?: string): Promise<number> {
    const fromPrimary = await this.readPrimary("count", () => this.primary.count(indexUid));
    return fromPrimary.ok ? fromPrimary.value : this.fallback.count(indexUid);
  }

  async health(): Promise<boolean> {
    const fromPrimary = await this.readPrimary(
      "health",
      async () => {
        if (!(await this.primary.health())) throw new Error("primary reports unhealthy");
        return true;
      },
      { ignoreCoolDown: true },
    );
    return fromPrimary.ok || this.fallback.health();
  }

  ensureIndex(indexUid?: string): Promise<void> {
    return this.primary.ensureIndex(indexUid);
  }

  upsert(docs: SearchDocument[], indexUid?: string): Promise<void> {
    return this.primary.upsert(docs, indexUid);
  }

  delete(ids: string[], indexUid?: string): Promise<void> {
    return this.primary.delete(ids, indexUid);
  }

  swap(a: string, b: string): Promise<void> {
    return this.primary.swap(a, b);
  }

  dropIndex(indexUid: string): Promise<void> {
    return this.primary.dropIndex(indexUid);
  }

  /**
   * Runs a read on the primary unless it is cooling down (or another read is already probing
   * it), bounded by the timeout. Failures start a cool-down; successes end one.
   */
  private async readPrimary<T>(operation: string, read: () => Promise<T>, { ignoreCoolDown = false } = {}): Promise<{ ok: true; value: T } | { ok: false }> {
    const coolingDown = this.now() < this.skipPrimaryUntil;
    if (!ignoreCoolDown && (coolingDown || (this.degraded && this.probeInFlight))) return { ok: false };
    const probing = this.degraded;
    if (probing) this.probeInFlight = true;
    try {
      const value = await withTimeout(read(), this.timeoutMs, operation);
      this.markHealthy();
      return { ok: true, value };
    } catch (error) {
      this.markFailed(error);
      return { ok: false };
    } finally {
      if (probing) this.probeInFlight = false;
    }
  }

  private markFailed(error: unknown): void {
    this.skipPrimaryUntil = this.now() + this.coolDownMs;
    if (!this.degraded) {
      this.degraded = true;
      this.onStatusChange("degraded", error);
    }
  }

  private markHealthy(): void {
    this.skipPrimaryUntil = 0;
    if (this.degraded) {
      this.degraded = false;
      this.onStatusChange("ok");
    }
  }
}

/** Rejects after `ms` if the promise has not settled; the timer never outlives the race. */
function withTimeout<T>(promise: Promise<T>, ms: number, operation: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrimaryTimeoutError(operation, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
