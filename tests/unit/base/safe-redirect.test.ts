import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/safe-redirect.server";

describe("safeRedirect", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeRedirect("/circles/quiet-harbour?after=x#post-1")).toBe("/circles/quiet-harbour?after=x#post-1");
    expect(safeRedirect("/learnings/new")).toBe("/learnings/new");
  });

  it.each([
    "/\t/evil.example",
    "//evil.example",
    "/\n/evil.example",
    "/\r/x",
    "https://evil.example",
    "javascript:alert(1)",
    "/\\evil.example",
    "\\\\evil.example",
    "/.//evil.example",
    " //evil.example",
    "http:/evil.example",
    "",
    "evil.example",
    "/%0d%0aSet-Cookie:x=1".replace("%0d%0a", "\r\n"),
    "/x\u0000y",
    `/${"a".repeat(3000)}`,
  ])("falls back for %j", (value) => {
    expect(safeRedirect(value, "/home")).toBe("/home");
  });

  it("falls back for values that are not strings", () => {
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(["/a"])).toBe("/");
  });

  it("returns the parsed path, never the raw input", () => {
    expect(safeRedirect("/a/../b c")).toBe("/b%20c");
    expect(safeRedirect('/search?q="<x>"')).toBe("/search?q=%22%3Cx%3E%22");
  });

  it("keeps a destination within one part of the site when asked", () => {
    const within = "/circles/c/threads/t1";
    expect(safeRedirect(`${within}?after=2`, within, { within })).toBe(`${within}?after=2`);
    expect(safeRedirect(within, "/x", { within })).toBe(within);
    expect(safeRedirect("/circles/c/threads/t10", within, { within })).toBe(within);
    expect(safeRedirect(`${within}/../../t2`, within, { within })).toBe(within);
    expect(safeRedirect("/account", within, { within })).toBe(within);
  });
});
