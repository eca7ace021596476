// /healthz answers quickly and says search is not fine while the search outbox is failing.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/app";
import { testDriver } from "../../support/database";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  globalThis.__restorativeSearchOutbox = undefined;
  await app?.close();
});

describe(`/healthz (${testDriver()})`, () => {
  it("reports the database, the outbox and the email backlog, and turns search to degraded while outbox rows fail", async () => {
    const started = Date.now();
    const ok = await app.client().get("/healthz");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toContain("no-store");
    const body = (await ok.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "ok", db: "ok", outboxFailing: 0, emailBacklog: 0 });
    expect(body.search).not.toBe("degraded");

    // Outbox rows exist only when Meilisearch is configured: the outbox is switched on for this part.
    globalThis.__restorativeSearchOutbox = true;
    await app.db.execute(
      sql`insert into search_outbox (entity_kind, entity_id, attempts, last_error) values ('resource', 'r-health', 3, 'engine unreachable')`,
    );
    const failing = (await (await app.client().get("/healthz")).json()) as Record<string, unknown>;
    expect(failing).toMatchObject({ db: "ok", search: "degraded", outboxFailing: 1 });
    expect(Number(failing.outboxLag)).toBeGreaterThanOrEqual(1);
  });
});
