import { describe, expect, it } from "vitest";
import { cspDisabledForTests } from "../../../app/server/http";

describe("the test-only switch that turns the Content-Security-Policy off", () => {
  it("is off unless DISABLE_CSP_FOR_TESTS=1", () => {
    expect(cspDisabledForTests({ NODE_ENV: "development" })).toBe(false);
    expect(cspDisabledForTests({ NODE_ENV: "development", DISABLE_CSP_FOR_TESTS: "true" })).toBe(false);
    expect(cspDisabledForTests({ NODE_ENV: "test", DISABLE_CSP_FOR_TESTS: "1" })).toBe(true);
  });

  it("is refused in production unless ALLOW_TEST_SWITCHES=1 marks a test run", () => {
    expect(() => cspDisabledForTests({ NODE_ENV: "production", DISABLE_CSP_FOR_TESTS: "1" })).toThrow(/refused in production/);
    expect(cspDisabledForTests({ NODE_ENV: "production", DISABLE_CSP_FOR_TESTS: "1", ALLOW_TEST_SWITCHES: "1" })).toBe(true);
  });
});
