import { randomBytes } from "node:crypto";
import path from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import { createReadableStreamFromReadable, createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from "@remix-run/node";
import type { RequestContext } from "../utils/context";
import { databaseUnavailableCode } from "../utils/database-errors.server";
import { compressResponses, pageCacheControl } from "./caching";
import { unavailablePage, type DatabaseAvailability } from "./availability";
import { limitRequestBodies } from "./request-body";

export type HttpAppOptions = {
  build: ServerBuild;
  publicDir?: string;
  mode?: "production" | "development" | "test";
  /** The site's public origin when behind a proxy (PUBLIC_URL); the Host header is trusted otherwise. */
  publicUrl?: string;
  /** When given, requests that fail while the database is away get a kind 503 instead of a 500. */
  availability?: DatabaseAvailability;
  /** True once the server is shutting down: responses then close their connection. */
  draining?: () => boolean;
  /** Send the Content-Security-Policy header (default: yes, unless the test switch below turns it off). */
  contentSecurityPolicy?: boolean;
};

/**
 * The HTTP layer in front of Remix. Remix v2 has no middleware, so the rules that must hold for every
 * request live here, in one place: security headers with a per-request CSP nonce, the cross-site check on
 * every non-GET request, compression, and Cache-Control (app/server/caching.ts).
 */
export function createHttpApp(options: HttpAppOptions) {
  const app = express();
  const publicDir = options.publicDir ?? path.resolve("public");
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(securityHeaders(options.contentSecurityPolicy ?? !cspDisabledForTests()));
  if (options.draining) app.use(closeConnectionsWhenDraining(options.draining));
  app.use(refuseCrossSite(options.publicUrl));
  app.use(limitRequestBodies());
  app.use(compressResponses());
  app.use("/build", express.static(path.join(publicDir, "build"), { immutable: true, maxAge: "1y" }));
  // Files beside the build (favicon, robots.txt) all have an extension; pages never look on disk (a stat per
  // page request otherwise).
  const publicFiles = express.static(publicDir, { maxAge: "1h", index: false });
  app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()));
  app.all("*", pageCacheControl, remixHandler(options));
  return app;
}

/**
 * Remix's request handler, with one addition: while the database is away, pages answer a kind 503
 * at once (no waiting on a pool that cannot connect), a request caught waiting when it goes away gets
 * the same page as soon as that is known, and a page that failed because the database just went away
 * is replaced by the 503 rather than a generic 500.
 */
/** The Fetch API request Remix expects, as @remix-run/express builds it (its helper is not exported). */
function toRemixRequest(req: Request, res: Response): globalThis.Request {
  const forwardedPort = Number.parseInt(req.get("X-Forwarded-Host")?.split(":")[1] ?? "", 10);
  const hostPort = Number.parseInt(req.get("host")?.split(":")[1] ?? "", 10);
  const port = Number.isSafeInteger(forwardedPort) ? forwardedPort : Number.isSafeInteger(hostPort) ? hostPort : "";
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (values === undefined) continue;
    for (const value of Array.isArray(values) ? values : [values]) headers.append(key, value);
  }
  // Abort loaders and actions when the client goes away before the response was sent.
  let controller: AbortController | null = new AbortController();
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  return new globalThis.Request(url.href, init);
}

async function sendRemixResponse(res: Response, response: globalThis.Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (response.headers.get("Content-Type")?.match(/text\/event-stream/i)) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

function remixHandler(options: HttpAppOptions) {
  const handleRequest = createRequestHandler(options.build, options.mode ?? (process.env.NODE_ENV === "production" ? "production" : "development"));
  const availability = options.availability;
  return async (req: Request, res: Response, next: NextFunction) => {
    const startedAt = Date.now();
    let failedOnDatabase = () => false;
    // A failure is the outage's, not a bug, when the request's own error said so (entry.server's
    // handleError marks it) or the database was seen away while it ran.
    const metOutage = async () => failedOnDatabase() || availability!.outageSince(startedAt) || !(await availability!.check());
    try {
      if (availability?.knownDown() && !(await availability.check())) return sendUnavailable(req, res);
      const loadContext: RequestContext = {
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? "unknown",
        responseCookies: [],
      };
      failedOnDatabase = () => loadContext.databaseUnavailable === true;
      const work = handleRequest(toRemixRequest(req, res), loadContext);
      // A request already waiting on the pool when the database goes away is answered at once rather
      // than after the pool's connection attempts time out; its own work is left to finish and dropped.
      const first = availability ? await raceOutage(work, availability) : await work;
      if (first === "down") {
        void work.then((r) => r.body?.cancel()).catch(() => {});
        return sendUnavailable(req, res);
      }
      const response = first;
      if (availability && response.status >= 500 && (await metOutage())) {
        // Tell the watcher at once, so the next requests get the 503 without trying the pool.
        if (failedOnDatabase()) void availability.check();
        await response.body?.cancel().catch(() => {});
        return sendUnavailable(req, res);
      }
      await sendRemixResponse(res, response);
    } catch (error) {
      if (availability && !res.headersSent && (databaseUnavailableCode(error) || (await metOutage().catch(() => false)))) return sendUnavailable(req, res);
      next(error);
    }
  };
}

/** The request's work, or "down" if the database is found away first; the outage listener is removed either way. */
async function raceOutage<T>(work: Promise<T>, availability: DatabaseAvailability): Promise<T | "down"> {
  let cancel = () => {};
  const down = new Promise<"down">((resolve) => {
    cancel = availability.onDown(() => resolve("down"));
  });
  try {
    return await Promise.race([work, down]);
  } finally {
    cancel();
  }
}

function sendUnavailable(req: Request, res: Response) {
  res.status(503).setHeader("Retry-After", "5");
  res.setHeader("Cache-Control", "no-store");
  const wantsData = "_data" in req.query || req.path.endsWith(".data") || !req.accepts("html");
  if (wantsData) {
    res.json({ error: "unavailable", message: "The site cannot reach its records just now. Please try again in a minute." });
  } else {
    res.type("html").send(unavailablePage());
  }
}

function closeConnectionsWhenDraining(draining: () => boolean) {
  return (_req: Request, res: Response, next: NextFunction) => {
    if (draining()) res.setHeader("Connection", "close");
    next();
  };
}

/**
 * DISABLE_CSP_FOR_TESTS=1 turns the Content-Security-Policy off, so browser tests can show that
 * sanitizing alone keeps user content from running script. Refused in production unless
 * ALLOW_TEST_SWITCHES=1 says this production build is a test run.
 */
export function cspDisabledForTests(env: Record<string, string | undefined> = process.env): boolean {
  if (env.DISABLE_CSP_FOR_TESTS !== "1") return false;
  if (env.NODE_ENV === "production" && env.ALLOW_TEST_SWITCHES !== "1") {
    throw new Error("DISABLE_CSP_FOR_TESTS=1 is refused in production: it is for browser tests only (set ALLOW_TEST_SWITCHES=1 as well in a test run).");
  }
  return true;
}

const securityHeaders = (withCsp: boolean) => (_req: Request, res: Response, next: NextFunction) => {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  if (withCsp)
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src 'nonce-${nonce}' 'strict-dynamic'`,
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "frame-ancestors 'none'",
      ].join("; "),
    );
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  next();
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Decides whether a request came from this site, from its Origin or else its Sec-Fetch-Site header. */
export function isSameSiteRequest(headers: { origin?: string; secFetchSite?: string; host?: string }, publicUrl?: string) {
  if (headers.origin !== undefined) {
    if (headers.origin === "null") return false;
    try {
      const origin = new URL(headers.origin);
      if (publicUrl && origin.origin === new URL(publicUrl).origin) return true;
      return !!headers.host && origin.host === headers.host;
    } catch {
      return false;
    }
  }
  // Browsers always send one of the two on a cross-site POST; a request with neither is not a browser's.
  if (headers.secFetchSite !== undefined) return headers.secFetchSite === "same-origin" || headers.secFetchSite === "none";
  return true;
}

function refuseCrossSite(publicUrl?: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const sameSite = isSameSiteRequest({ origin: req.get("origin"), secFetchSite: req.get("sec-fetch-site"), host: req.get("host") }, publicUrl);
    if (sameSite) return next();
    res
      .status(403)
      .type("text/plain")
      .send("This request came from another site, so it was refused to protect your account. Please go back and try again from Restorative Network itself.");
  };
}
