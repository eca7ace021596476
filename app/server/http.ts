import { randomBytes } from "node:crypto";
import path from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import type { RequestContext } from "../utils/context";
import { limitRequestBodies } from "./request-body";

export type HttpAppOptions = {
  build: ServerBuild;
  publicDir?: string;
  mode?: "production" | "development" | "test";
  /** The site's public origin when behind a proxy (PUBLIC_URL); the Host header is trusted otherwise. */
  publicUrl?: string;
  /** Send the Content-Security-Policy header (default: yes, unless the test switch below turns it off). */
  contentSecurityPolicy?: boolean;
};

/**
 * The HTTP layer in front of Remix. Remix v2 has no middleware, so the rules that must hold for every
 * request live here, in one place: security headers with a per-request CSP nonce, and the cross-site
 * check on every non-GET request.
 */
export function createHttpApp(options: HttpAppOptions) {
  const app = express();
  const publicDir = options.publicDir ?? path.resolve("public");
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(securityHeaders(options.contentSecurityPolicy ?? !cspDisabledForTests()));
  app.use(refuseCrossSite(options.publicUrl));
  app.use(limitRequestBodies());
  app.use("/build", express.static(path.join(publicDir, "build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(publicDir, { maxAge: "1h", index: false }));
  app.all(
    "*",
    createRequestHandler({
      build: options.build,
      mode: options.mode ?? (process.env.NODE_ENV === "production" ? "production" : "development"),
      getLoadContext: (req, res): RequestContext => ({
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? "unknown",
        responseCookies: [],
      }),
    }),
  );
  return app;
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
  if (withCsp) res.setHeader(
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
    const sameSite = isSameSiteRequest(
      { origin: req.get("origin"), secFetchSite: req.get("sec-fetch-site"), host: req.get("host") },
      publicUrl,
    );
    if (sameSite) return next();
    res
      .status(403)
      .type("text/plain")
      .send("This request came from another site, so it was refused to protect your account. Please go back and try again from Restorative Network itself.");
  };
}
