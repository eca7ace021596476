// zxcvbn's strength estimate runs off the main thread. One check costs 60–800 ms of CPU (more for long
// passphrases, measured on this machine), and on the main thread every other request waits that long: a
// few sign-ups at once stalled all pages, and recovery after a database outage waited behind them. A single
// worker thread, started on first use, runs the checks in turn; the event loop stays free meanwhile.
import { Worker } from "node:worker_threads";

export type Strength = { score: number; warning: string | null };

// The worker's own code. It is evaluated as CommonJS, so `require` finds the packages from the app's
// working directory, as the server itself does (the server build keeps node_modules external).
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { ZxcvbnFactory } = require("@zxcvbn-ts/core");
const common = require("@zxcvbn-ts/language-common");
const english = require("@zxcvbn-ts/language-en");
const french = require("@zxcvbn-ts/language-fr");
// Levenshtein matching is off: it costs ~0.7 s per check on the whole dictionary, for little gain here.
const estimator = new ZxcvbnFactory({
  translations: { ...english.translations, warnings: { ...english.translations.warnings, userInputs: "It contains your name or email address." } },
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary, ...french.dictionary },
});
parentPort.on("message", ({ id, password, inputs }) => {
  try {
    const result = estimator.check(password, inputs);
    parentPort.postMessage({ id, score: result.score, warning: result.feedback.warning || null });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.name) || "Error") });
  }
});
`;

type Pending = { resolve: (s: Strength) => void; reject: (e: Error) => void };
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker = null;
}

function strengthWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_SOURCE, { eval: true });
  w.on("message", (m: { id: number; score?: number; warning?: string | null; error?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (pending.size === 0) w.unref();
    if (m.error !== undefined) p.reject(new Error(`password strength check failed: ${m.error}`));
    else p.resolve({ score: m.score ?? 0, warning: m.warning ?? null });
  });
  w.on("error", (error) => failAll(error instanceof Error ? error : new Error(String(error))));
  w.on("exit", () => failAll(new Error("password strength worker stopped")));
  // Idle, the worker never keeps the process alive (tests, scripts and a draining server can exit).
  w.unref();
  worker = w;
  return w;
}

/** zxcvbn's score (0–4) and warning for a password, with the person's own words as extra dictionary words. */
export function passwordStrength(password: string, inputs: string[]): Promise<Strength> {
  const w = strengthWorker();
  const id = nextId++;
  return new Promise<Strength>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref(); // a check in flight keeps the process up until it answers
    w.postMessage({ id, password, inputs });
  });
}
