// Two app processes on one PostgreSQL database: what one writes, the other's /search shows (or stops
// showing) at once, because search documents are rows written in the content's own transaction, not
// a copy inside each process. A third writer (this test process, with its own connection) publishes
// a learning; process A withdraws it; process B must stop finding it on the very next request.
//
// Needs a database server (DATABASE_URL), as CI's PostgreSQL 15 pass provides: PGlite is one process.

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createDatabase, migrateDatabase, type DatabaseHandle } from "../../../db/client";
import { learningVersions, learnings } from "../../../db/schema";
import { enqueueSearchSync } from "../../../app/utils/outbox.server";
import { HttpClient } from "../../support/http-client";
import { createUser, signIn } from "../../support/people";
import { resourceFields } from "./search-app";

const serverUrl = process.env.DATABASE_URL;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

type AppProcess = { url: string; child: ChildProcess; client: () => HttpClient };

async function startAppProcess(databaseUrl: string, dataDir: string): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/e2e-serve.ts", inject("buildDir")], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", MEILISEARCH_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app process exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error("an app process did not start within 90 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, child, client: () => new HttpClient(url) };
}

async function stopAppProcess(app: AppProcess | undefined) {
  if (!app || app.child.exitCode !== null) return;
  const exited = new Promise((resolve) => app.child.once("exit", resolve));
  app.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (app.child.exitCode === null) app.child.kill("SIGKILL");
}

const searchHtml = async (app: AppProcess, q: string) => (await app.client().html(`/search?q=${encodeURIComponent(q)}`)).html.replace(/<!-- -->/g, "");

describe.skipIf(!serverUrl)("search across two app processes on one PostgreSQL database", () => {
  let handle: DatabaseHandle;
  let admin: import("postgres").Sql | undefined;
  let name: string;
  let a: AppProcess | undefined;
  let b: AppProcess | undefined;
  let dataDir: string;

  beforeAll(async () => {
    const { default: postgres } = await import("postgres");
    name = `rn_two_${randomBytes(5).toString("hex")}`;
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    handle = await createDatabase({ url: url.toString(), max: 3 });
    await migrateDatabase(handle);
    dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-two-"));
    [a, b] = await Promise.all([startAppProcess(url.toString(), dataDir), startAppProcess(url.toString(), dataDir)]);
  });

  afterAll(async () => {
    await Promise.all([stopAppProcess(a), stopAppProcess(b)]);
    await handle?.close();
    await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end({ timeout: 5 });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("finds a resource created through process A on process B's next request, and loses it when A withdraws it", async () => {
    const editor = await createUser(handle.db, { permissions: ["editor"] });
    const client = a!.client();
    await signIn(client, editor.email);
    expect(await searchHtml(b!, "brackenmoor")).toContain("Nothing found.");

    const created = await client.post("/resources/new", resourceFields({ title: "Brackenmoor listening guide" }));
    expect(created.status).toBe(302);
    expect(await searchHtml(b!, "brackenmoor")).toContain("Brackenmoor</mark> listening guide");
    expect(await searchHtml(b!, "brakenmoor")).toContain("Brackenmoor</mark> listening guide"); // a typo, on B

    const path = created.headers.get("location")!;
    const withdrawn = await client.post(`${path}/edit`, resourceFields({ title: "Brackenmoor listening guide", status: "withdrawn", expectedVersion: "1" }));
    expect(withdrawn.status).toBe(302);
    expect(await searchHtml(b!, "brackenmoor")).toContain("Nothing found.");
    expect(await searchHtml(a!, "brackenmoor")).toContain("Nothing found.");
  });

  it("shows a learning published by another writer in both processes, and withdrawal through A removes it from B at once", async () => {
    const author = await createUser(handle.db);
    const learningId = crypto.randomUUID();
    const versionId = crypto.randomUUID();
    const slug = `corriemount-${learningId.slice(0, 8)}`;
    await handle.db.transaction(async (tx) => {
      await tx.insert(learnings).values({
        id: learningId,
        authorId: author.id,
        slug,
        status: "published",
        visibility: "public",
        firstPublishedAt: new Date(),
        lastPublishedAt: new Date(),
      });
      await tx.insert(learningVersions).values({
        id: versionId,
        learningId,
        version: 1,
        title: "Corriemount: pausing before the night handover",
        setting: "hospital_ward",
        eventType: "communication",
        country: "NZ",
        year: 2025,
        language: "en",
        tags: [],
        sections: { whatChanged: "We pause before every handover." },
        consentBasis: "obtained",
      });
      await tx.update(learnings).set({ currentVersionId: versionId }).where(eq(learnings.id, learningId));
      await enqueueSearchSync(tx, "learning", learningId);
    });
    for (const app of [a!, b!]) expect(await searchHtml(app, "corriemount")).toContain("Corriemount</mark>: pausing before the night handover");

    const client = a!.client();
    await signIn(client, author.email);
    const response = await client.post(`/learnings/${slug}`, { intent: "withdraw", reason: "The family asked us to take it down." });
    expect(response.status).toBe(302);
    expect(await searchHtml(b!, "corriemount")).toContain("Nothing found.");
    expect((await b!.client().get(`/learnings/${slug}`)).status).toBe(410);
  });
});
