import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "./postgres-server";

export type AppProcess = {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
  alive: () => boolean;
};

/**
 * Starts the production server (the same serveUntilStopped as `npm start`, without the build and seed
 * steps) as a child process on a free port, and waits until /healthz answers.
 */
export async function startAppProcess(options: { buildDir: string; env: Record<string, string>; timeoutMs?: number }): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/support/e2e-serve.ts"), options.buildDir], {
    env: { ...process.env, NODE_ENV: "production" as const, ...options.env, PORT: String(port), HOST: "127.0.0.1", VITEST: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += String(d)));
  child.stderr!.on("data", (d) => (output += String(d)));
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      running = false;
      resolve({ code, signal });
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (!running) throw new Error(`the server exited before it was ready:\n${output}`);
    try {
      // Ready once it answers health checks and its background work (search index, jobs) has started.
      if ((await fetch(`${url}/healthz`)).ok && output.includes('"event":"server.ready"')) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not become healthy in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, child, exited, output: () => output, alive: () => running };
}
