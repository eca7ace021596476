import { Readable } from "node:stream";
import type { NextFunction, Request, Response } from "express";

const MB = 1024 * 1024;
/** A form without files; the longest text field a route accepts is far below this. */
export const FORM_BODY_LIMIT = 1 * MB;
/** A form with a file: evidence scans (5 MB) and library imports (2 MB), with room for the other fields. */
export const MULTIPART_BODY_LIMIT = 8 * MB;
/** Past this, a refused body is no longer read to the end; the connection is closed instead. */
const DRAIN_LIMIT = 64 * MB;

const FORM = "application/x-www-form-urlencoded";
const MULTIPART = "multipart/form-data";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// C0 controls other than tab, line feed and carriage return, and DEL: never meant in a form, and
// PostgreSQL refuses NUL in text outright.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Every request with a body passes through here before Remix sees it: only web forms are accepted
 * (415 otherwise), the size is checked before anything is parsed (413, from Content-Length when there
 * is one, or while reading), a form that cannot be parsed is refused (400), and control characters are
 * removed from the fields. The route then reads the cleaned body as usual.
 */
export function limitRequestBodies() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const type = (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    const declared = req.get("content-length");
    const hasBody = declared !== undefined ? Number(declared) > 0 : req.get("transfer-encoding") !== undefined;
    if (!hasBody) {
      // An empty body is an empty form: the route answers with its own "please fill in" messages.
      replayBody(req, Buffer.alloc(0), FORM);
      return next();
    }
    if (type !== FORM && type !== MULTIPART) {
      return refuse(
        req,
        res,
        415,
        "This form could not be read",
        "The request did not come as a web form, so nothing was saved. Please go back, and send the form from the page itself.",
      );
    }
    const limit = type === MULTIPART ? MULTIPART_BODY_LIMIT : FORM_BODY_LIMIT;
    if (declared !== undefined && !(Number(declared) <= limit)) return refuseTooLarge(req, res, limit);
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        refused = true;
        req.off("data", onData);
        chunks.length = 0;
        refuseTooLarge(req, res, limit);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("error", () => {
      if (!refused && !res.headersSent) res.status(400).end();
    });
    req.once("end", () => {
      if (refused) return;
      cleanForm(type, req.get("content-type")!, Buffer.concat(chunks))
        .then((clean) => {
          if (!clean) {
            return refuse(
              req,
              res,
              400,
              "This form could not be read",
              "The form arrived incomplete or damaged, so nothing was saved. Please go back and send it again.",
            );
          }
          replayBody(req, clean.body, clean.contentType);
          next();
        })
        .catch(next);
    });
  };
}

/** Parses the form as the route will, and removes control characters; null when it cannot be parsed. */
async function cleanForm(type: string, contentType: string, body: Buffer): Promise<{ body: Buffer; contentType: string } | null> {
  if (type === FORM) {
    const fields = new URLSearchParams(body.toString("utf8"));
    const cleaned = new URLSearchParams();
    let changed = false;
    for (const [k, v] of fields) {
      const [ck, cv] = [k.replace(CONTROL_CHARACTERS, ""), v.replace(CONTROL_CHARACTERS, "")];
      changed ||= ck !== k || cv !== v;
      cleaned.append(ck, cv);
    }
    return { body: changed ? Buffer.from(cleaned.toString()) : body, contentType };
  }
  let form: FormData;
  try {
    form = await new globalThis.Request("http://localhost/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    return null;
  }
  let changed = false;
  const cleaned = new FormData();
  for (const [k, v] of form) {
    const ck = k.replace(CONTROL_CHARACTERS, "");
    const cv = typeof v === "string" ? v.replace(CONTROL_CHARACTERS, "") : v;
    changed ||= ck !== k || cv !== v;
    if (typeof cv === "string") cleaned.append(ck, cv);
    else cleaned.append(ck, cv, cv.name);
  }
  if (!changed) return { body, contentType };
  const rebuilt = new globalThis.Response(cleaned);
  return { body: Buffer.from(await rebuilt.arrayBuffer()), contentType: rebuilt.headers.get("content-type")! };
}

/**
 * Hands the (already read) body to Remix: its express adapter reads the request as a stream, so the
 * request's stream methods are pointed at a stream over the buffer.
 */
function replayBody(req: Request, body: Buffer, contentType: string) {
  const replay = Readable.from(body.byteLength ? [body] : []);
  req.headers["content-type"] = contentType;
  req.headers["content-length"] = String(body.byteLength);
  delete req.headers["transfer-encoding"];
  const target = req as unknown as Record<string, unknown>;
  for (const method of ["on", "once", "off", "addListener", "removeListener", "pause", "resume", "read", "pipe", "unpipe", "isPaused"] as const) {
    target[method] = (replay[method] as (...args: unknown[]) => unknown).bind(replay);
  }
  target.destroy = (error?: Error) => {
    replay.destroy(error);
    return req;
  };
}

function refuseTooLarge(req: Request, res: Response, limit: number) {
  const megabytes = Math.round(limit / MB);
  refuse(
    req,
    res,
    413,
    "This is more than we can take in one go",
    `What was sent is larger than ${megabytes} MB, so nothing was saved. Please go back, shorten the text or choose a smaller file, and send it again.`,
  );
}

/** Answers at once with a short, kind page, and reads (and discards) the rest of the body so the browser sees the answer. */
function refuse(req: Request, res: Response, status: number, title: string, message: string) {
  if (res.headersSent) return;
  let drained = 0;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.byteLength;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
  req.resume();
  res
    .status(status)
    .type("html")
    .set("Cache-Control", "no-store")
    .send(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${title} · Restorative Network</title></head><body><main><h1>${title}</h1><p>${message}</p>` +
        `<p><a href="/">Go to the home page</a></p></main></body></html>`,
    );
}
