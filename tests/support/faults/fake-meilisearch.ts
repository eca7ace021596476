import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

// No Meilisearch server can be installed here, so the Meilisearch outage scenario talks to this: a small
// HTTP server that answers the part of Meilisearch's API the official client uses (health, index
// creation, settings, documents, deletes, tasks, search, stats), keeps documents in memory, and can be
// stopped (connections refused, as when the service is down) and started again on the same port.

type Doc = Record<string, unknown>;
type Task = {
  uid: number;
  indexUid: string;
  status: "succeeded";
  type: string;
  enqueuedAt: string;
  startedAt: string;
  finishedAt: string;
  duration: string;
  error: null;
  details: Record<string, unknown>;
};

export type FakeMeilisearch = {
  url: string;
  /** Documents by index and primary key. */
  documents: (indexUid?: string) => Map<string, Doc>;
  /** Closes the port and cuts open connections: the client sees ECONNREFUSED, as with a stopped server. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  requests: () => number;
};

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = "";
    req.on("data", (d) => (body += String(d)));
    req.on("end", () => resolve(body));
  });

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const indexes = new Map<string, Map<string, Doc>>();
  const tasks = new Map<number, Task>();
  let nextTask = 1;
  let served = 0;
  const indexOf = (uid: string) => {
    if (!indexes.has(uid)) indexes.set(uid, new Map());
    return indexes.get(uid)!;
  };
  const enqueue = (res: ServerResponse, indexUid: string, type: string) => {
    const at = new Date().toISOString();
    const task: Task = {
      uid: nextTask++,
      indexUid,
      status: "succeeded",
      type,
      enqueuedAt: at,
      startedAt: at,
      finishedAt: at,
      duration: "PT0S",
      error: null,
      details: {},
    };
    tasks.set(task.uid, task);
    send(res, 202, { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: at });
  };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    served += 1;
    const url = new URL(req.url ?? "/", "http://fake");
    const parts = url.pathname.split("/").filter(Boolean);
    const body = req.method === "GET" ? "" : await read(req);
    const json = body ? (JSON.parse(body) as unknown) : null;
    if (parts[0] === "health") return send(res, 200, { status: "available" });
    if (parts[0] === "tasks" && parts[1]) {
      const task = tasks.get(Number(parts[1]));
      return task ? send(res, 200, task) : send(res, 404, { message: "task not found", code: "task_not_found", type: "invalid_request", link: "" });
    }
    if (parts[0] === "indexes" && parts.length === 1 && req.method === "POST") {
      const uid = String((json as { uid?: string })?.uid);
      indexOf(uid);
      return enqueue(res, uid, "indexCreation");
    }
    if (parts[0] !== "indexes" || !parts[1]) return send(res, 404, { message: "not found", code: "not_found", type: "invalid_request", link: "" });
    const uid = parts[1];
    const rest = parts.slice(2).join("/");
    const index = indexOf(uid);
    if (rest === "settings") return enqueue(res, uid, "settingsUpdate");
    if (rest === "documents" && req.method === "POST") {
      const key = url.searchParams.get("primaryKey") ?? "pk";
      for (const doc of json as Doc[]) index.set(String(doc[key]), doc);
      return enqueue(res, uid, "documentAdditionOrUpdate");
    }
    if (rest === "documents/delete-batch") {
      for (const key of json as string[]) index.delete(String(key));
      return enqueue(res, uid, "documentDeletion");
    }
    if (rest === "stats") return send(res, 200, { numberOfDocuments: index.size, isIndexing: false, fieldDistribution: {} });
    if (rest === "search") {
      const { q = "", page = 1, hitsPerPage = 20 } = (json ?? {}) as { q?: string; page?: number; hitsPerPage?: number };
      const words = q.toLowerCase().split(/\s+/).filter(Boolean);
      const hits = [...index.values()].filter((d) => {
        const text = `${String(d.title ?? "")} ${String(d.summary ?? "")} ${String(d.body ?? "")}`.toLowerCase();
        return words.every((w) => text.includes(w));
      });
      const shown = hits.slice((page - 1) * hitsPerPage, page * hitsPerPage).map((d) => ({ ...d, _formatted: { title: d.title, summary: d.summary } }));
      return send(res, 200, {
        hits: shown,
        query: q,
        processingTimeMs: 0,
        hitsPerPage,
        page,
        totalPages: Math.ceil(hits.length / hitsPerPage),
        totalHits: hits.length,
        facetDistribution: {},
      });
    }
    return send(res, 404, { message: `not handled: ${req.method} ${url.pathname}`, code: "not_found", type: "invalid_request", link: "" });
  };

  let server: Server | null = null;
  const sockets = new Set<Socket>();
  let port = 0;
  const start = () =>
    new Promise<void>((resolve) => {
      server = createServer(
        (req, res) => void handle(req, res).catch(() => send(res, 500, { message: "fake failed", code: "internal", type: "internal", link: "" })),
      );
      server.on("connection", (s) => {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    documents: (uid = "documents") => indexOf(uid),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        const closing = server;
        server = null;
        if (closing) closing.close(() => resolve());
        else resolve();
      }),
    start,
    requests: () => served,
  };
}
