import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { PAGE_JS_BUDGET_KB, measurePageJs } from "../../support/page-js";

// The production browser build that the integration suite serves (built once in globalSetup).
const measured = measurePageJs(path.join(inject("buildDir"), "public", "build"));

describe("JavaScript sent to the browser", () => {
  it("measures every page of the app", () => {
    expect(measured.pages.length).toBeGreaterThan(50);
    expect(measured.pages.map((p) => p.id)).toContain("routes/circles.$slug.threads.$threadId");
  });

  it("keeps zod and its schemas out of every browser chunk", () => {
    expect(measured.zodChunks).toEqual([]);
  });

  it(`keeps every page under ${PAGE_JS_BUDGET_KB} KB of gzipped JavaScript`, () => {
    const over = measured.pages.filter((p) => p.kb > PAGE_JS_BUDGET_KB).map((p) => `${p.id}: ${p.kb.toFixed(1)} KB`);
    expect(over).toEqual([]);
  });
});
