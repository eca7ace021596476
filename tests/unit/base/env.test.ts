import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/utils/env.server";

describe("environment validation", () => {
  it("accepts an empty environment with the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe("data");
  });

  it("always has a PUBLIC_URL for emailed links: the configured origin, or this machine by default", () => {
    expect(parseEnv({}).PUBLIC_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "8080" }).PUBLIC_URL).toBe("http://localhost:8080");
    expect(parseEnv({ PUBLIC_URL: "https://restorative.network" }).PUBLIC_URL).toBe("https://restorative.network");
    expect(parseEnv({ PUBLIC_URL: "https://restorative.network/" }).PUBLIC_URL).toBe("https://restorative.network");
    for (const bad of [
      "restorative.network",
      "ftp://restorative.network",
      "https://restorative.network/app",
      "https://a@restorative.network",
      "https://restorative.network/?x=1",
      "javascript:alert(1)",
    ]) {
      expect(() => parseEnv({ PUBLIC_URL: bad }), bad).toThrow(/^Invalid environment variable PUBLIC_URL: /);
    }
  });

  it("stops with one clear line naming the variable", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/^Invalid environment variable PORT: must be a whole number \(got "eighty"\)\.$/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(() => parseEnv({ SMTP_URL: "mail.example.org" })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => parseEnv({ MEILISEARCH_URL: "not a url" })).toThrow(/MEILISEARCH_URL/);
  });

  it("the start command prints that line and exits 1", async () => {
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(process.execPath, ["--import", "tsx", "app/server/start.ts"], { env: { ...process.env, PORT: "99999" }, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Invalid environment variable PORT: must be between 1 and 65535 (got "99999").');
  });
});
