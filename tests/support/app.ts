import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, inject } from "vitest";
import type { DatabaseHandle } from "../../db/client";
import { createHttpApp } from "../../app/server/http";
import { useDatabase } from "../../app/utils/db.server";
import { createTestDatabase } from "./database";
import { HttpClient } from "./http-client";

export type TestApp = {
  url: string;
  handle: DatabaseHandle;
  db: DatabaseHandle["db"];
  dataDir: string;
  /** A new cookie-keeping client, like a fresh browser. */
  client: () => HttpClient;
  close: () => Promise<void>;
};

/**
 * Serves the built app over real HTTP on a random port, on a fresh test database. Call once per file
 * (beforeAll); every request goes through the same express layer as production.
 */
export async function startTestApp(options: { mode?: "production" | "development" } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-test-"));
  process.env.DATA_DIR = dataDir;
  process.env.NODE_ENV = options.mode ?? "production";
  const handle = await createTestDatabase();
  useDatabase(handle);
  const buildDir = inject("buildDir");
  const build = (await import(pathToFileURL(path.join(buildDir, "index.js")).href)) as ServerBuild;
  const app = createHttpApp({ build, publicDir: path.join(buildDir, "public"), mode: "production" });
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  // The test's fetch keeps connections alive between requests. With Node's 5-s server default, a busy machine lets
  // the server close an idle connection just as the client reuses it (ECONNRESET on a POST that cannot be resent).
  server.keepAliveTimeout = 600_000;
  server.headersTimeout = 601_000;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    handle,
    db: handle.db,
    dataDir,
    client: () => new HttpClient(url),
    close: async () => {
      const closed = new Promise((r) => server.close(r));
      // The tests are over: kept-alive connections (10 minutes, above) end now rather than hold the close.
      server.closeAllConnections();
      await closed;
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app for one test file: started before the file's tests (and before any beforeAll declared after
 * this call), closed after them. Use `const app = useTestApp();` at the top of the file; reading it
 * before it has started is a mistake and says so.
 */
export function useTestApp(options: { mode?: "production" | "development" } = {}): TestApp {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(options);
  });
  afterAll(() => app?.close());
  return new Proxy({} as TestApp, {
    get(_target, key) {
      if (!app) throw new Error("useTestApp: the app starts in beforeAll; read it inside a test or a hook.");
      return Reflect.get(app, key);
    },
  });
}
