import { describe, expect, it } from "vitest";
import { cacheControlFor, hasSessionCookie, isPublicPage, PRIVATE_NO_STORE, PUBLIC_PAGE_CACHE } from "../../../app/server/caching";

const anonymousRead = { method: "GET", status: 200, signedIn: false, setsCookie: false, routeCacheControl: undefined };

describe("which pages a shared cache may keep", () => {
  it("lists the public sections and their public detail pages, not their private ones", () => {
    for (const p of ["/", "/circles", "/resources/", "/learnings/a-learning", "/facilitators/ana-r", "/resources/a-guide", "/support"])
      expect(isPublicPage(p), p).toBe(true);
    for (const p of [
      "/circles/quiet-room",
      "/circles/quiet-room/threads/1",
      "/learnings/mine",
      "/learnings/drafts/1",
      "/facilitators/me",
      "/resources/queue",
      "/resources/a-guide/edit",
      "/account",
      "/notifications",
      "/login",
      "/admin",
      "/search",
    ])
      expect(isPublicPage(p), p).toBe(false);
  });

  it("never lets a signed-in page, a write or a cookie-setting answer be shared, whatever the route asked", () => {
    expect(cacheControlFor({ ...anonymousRead, pathname: "/" })).toBe(PUBLIC_PAGE_CACHE);
    expect(cacheControlFor({ ...anonymousRead, pathname: "/", signedIn: true })).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor({ ...anonymousRead, pathname: "/resources.atom", signedIn: true, routeCacheControl: "public, max-age=300" })).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor({ ...anonymousRead, pathname: "/resources.atom", routeCacheControl: "public, max-age=300" })).toBe("public, max-age=300");
    expect(cacheControlFor({ ...anonymousRead, pathname: "/", setsCookie: true })).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor({ ...anonymousRead, pathname: "/", method: "POST" })).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor({ ...anonymousRead, pathname: "/resources", status: 404 })).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor({ ...anonymousRead, pathname: "/circles/quiet-room" })).toBe(PRIVATE_NO_STORE);
  });

  it("recognises the session cookie among others, and not an emptied one", () => {
    expect(hasSessionCookie("theme=dark; rn_session=abc123")).toBe(true);
    expect(hasSessionCookie("rn_session=")).toBe(false);
    expect(hasSessionCookie("not_rn_session=abc")).toBe(false);
    expect(hasSessionCookie(undefined)).toBe(false);
  });
});
