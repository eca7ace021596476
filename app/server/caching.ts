import { constants as zlib } from "node:zlib";
import compression from "compression";
import type { NextFunction, Request, RequestHandler, Response } from "express";

/**
 * gzip or brotli for HTML, JSON, CSS and JS. Brotli at quality 4 (the library's default): quality 11 costs
 * tens of milliseconds of CPU per page, more than the page itself. Bodies under 1 KB are sent as they are.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: 1024, brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } } });
}

/** The session cookie's name (lucia's sessionCookie.name in app/utils/auth.server.ts). */
const SESSION_COOKIE = "rn_session";

/** What a shared cache (a CDN, a proxy) may keep of an anonymous public page: one minute, then revalidate. */
export const PUBLIC_PAGE_CACHE = "public, max-age=60, stale-while-revalidate=60";
export const PRIVATE_NO_STORE = "private, no-store";

// Pages the same for every anonymous reader. Anything not listed here is never shared-cached: a new route is
// private until someone decides otherwise. One path segment after a section, minus the section's own pages.
const PUBLIC_PAGES: Array<{ pattern: RegExp; except?: Set<string> }> = [
  { pattern: /^\/$/ },
  { pattern: /^\/(circles|learnings|facilitators|resources|support)\/?$/ },
  { pattern: /^\/learnings\/([^/]+)\/?$/, except: new Set(["mine", "new", "reviews", "drafts"]) },
  { pattern: /^\/facilitators\/([^/]+)\/?$/, except: new Set(["me", "concerns"]) },
  { pattern: /^\/resources\/([^/]+)\/?$/, except: new Set(["queue", "new", "import", "suggest"]) },
];

export function isPublicPage(pathname: string) {
  return PUBLIC_PAGES.some(({ pattern, except }) => {
    const match = pattern.exec(pathname);
    return !!match && !(match[1] && except?.has(match[1]));
  });
}

export function hasSessionCookie(cookieHeader: string | undefined) {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`) && part.trim().length > SESSION_COOKIE.length + 1);
}

/**
 * The Cache-Control a page response gets, decided as its headers go out:
 * - anyone signed in (a session cookie came with the request), any response that sets a cookie, and any write:
 *   `private, no-store`, whatever the route asked for, HTML and `?_data=` alike;
 * - an anonymous read whose route chose its own Cache-Control (feeds, health) keeps it;
 * - an anonymous 200 of a public page: short shared caching, varied on Cookie so a signed-in reader never gets it;
 * - everything else (errors, redirects, confidential paths): `private, no-store`.
 */
export function cacheControlFor(input: {
  method: string;
  pathname: string;
  status: number;
  signedIn: boolean;
  setsCookie: boolean;
  routeCacheControl: string | undefined;
}): string {
  const read = input.method === "GET" || input.method === "HEAD";
  if (input.signedIn || input.setsCookie || !read) return PRIVATE_NO_STORE;
  if (input.routeCacheControl) return input.routeCacheControl;
  if (input.status === 200 && isPublicPage(input.pathname)) return PUBLIC_PAGE_CACHE;
  return PRIVATE_NO_STORE;
}

/** Express middleware for the pages Remix answers (static files have their own rules). */
export function pageCacheControl(req: Request, res: Response, next: NextFunction) {
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadWithCacheControl(this: Response, ...args: unknown[]) {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    const routeValue = res.getHeader("Cache-Control");
    const cacheControl = cacheControlFor({
      method: req.method,
      pathname: req.path,
      status,
      signedIn: hasSessionCookie(req.headers.cookie),
      setsCookie: res.getHeader("Set-Cookie") !== undefined,
      routeCacheControl: routeValue === undefined ? undefined : String(routeValue),
    });
    res.setHeader("Cache-Control", cacheControl);
    // The same URL answers differently once signed in: no shared cache may hand one reader's answer to another.
    res.vary("Cookie");
    return (writeHead as (...a: unknown[]) => Response).apply(this, args);
  } as typeof res.writeHead;
  next();
}
