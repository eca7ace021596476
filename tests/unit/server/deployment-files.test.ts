// compose.yaml and the Dockerfile cannot be run here (no Docker engine), so they are checked against
// what the project itself says: its npm scripts, its environment schema and the README's table.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseEnv } from "../../../app/utils/env.server";

type Service = {
  command?: string[];
  environment?: Record<string, string>;
  image?: string;
  build?: string;
  healthcheck?: { disable?: boolean; test?: string[] };
};
const compose = parse(readFileSync("compose.yaml", "utf8"), { merge: true }) as { services: Record<string, Service> };
const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
const readme = readFileSync("README.md", "utf8");
const deploy = readFileSync("docs/deploy.md", "utf8");
const dockerfile = readFileSync("Dockerfile", "utf8");

/** "${NAME:?message}" and "${NAME:-default}" become a sample value, as compose would substitute. */
function substitute(value: string) {
  const samples: Record<string, string> = { PUBLIC_URL: "https://restorative.example", SMTP_URL: "smtp://mail.example:587" };
  return value.replace(
    /\$\{(\w+)(?::[?-]([^}]*))?\}/g,
    (_, name: string, fallback: string) => samples[name] ?? (fallback && !fallback.startsWith("set ") ? fallback : "secret"),
  );
}

describe("compose.yaml", () => {
  const services = compose.services;

  it("has two app processes, a worker, a migration step, PostgreSQL and Meilisearch", () => {
    expect(Object.keys(services).sort()).toEqual(["app1", "app2", "meilisearch", "migrate", "postgres", "worker"]);
    expect(services.postgres!.image).toMatch(/^postgres:15/);
    expect(services.meilisearch!.image).toMatch(/^getmeili\/meilisearch:/);
  });

  it("runs only npm scripts that exist, the ones the README and docs/deploy.md name", () => {
    for (const name of ["app1", "app2", "worker", "migrate"]) {
      const command = services[name]!.command!;
      expect(command[0], name).toBe("npm");
      const script = command[1] === "run" ? command[2]! : command[1]!;
      expect(scripts[script], `${name} runs npm ${script}`).toBeDefined();
      expect(deploy, `docs/deploy.md explains npm ${command.slice(1).join(" ")}`).toContain(`npm ${command.slice(1).join(" ")}`);
    }
    expect(services.app1!.command).toEqual(["npm", "start"]);
    expect(services.worker!.command).toEqual(["npm", "run", "worker"]);
  });

  it("gives the app processes only variables the environment schema accepts and the README documents", () => {
    for (const name of ["app1", "app2", "worker", "migrate"]) {
      const env = Object.fromEntries(Object.entries(services[name]!.environment ?? {}).map(([k, v]) => [k, substitute(String(v))]));
      expect(() => parseEnv(env), name).not.toThrow();
      for (const key of Object.keys(env)) expect(readme, `README documents ${key}`).toContain(`| \`${key}\` |`);
    }
    // The web processes leave the outbox to the worker, which runs it.
    expect(services.app1!.environment!.SEARCH_WORKER).toBe("off");
    expect(services.worker!.environment!.SEARCH_WORKER).toBe("inline");
    expect(services.app1!.environment!.DATABASE_URL).toMatch(/@postgres:5432\//);
  });

  it("documents every variable of the environment schema in the README", () => {
    const source = readFileSync("app/utils/env.server.ts", "utf8");
    const keys = [...source.matchAll(/^ {2}([A-Z][A-Z0-9_]+): z\./gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(readme, key).toContain(`| \`${key}\` |`);
  });
});

describe("Dockerfile", () => {
  it("is multi-stage, installs production dependencies only, serves the built assets and runs as a non-root user", () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toContain("npm ci --omit=dev");
    expect(dockerfile).toMatch(/COPY --from=build \/app\/build/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/public/);
    expect(dockerfile).toMatch(/^USER (?!root)\w+/m);
    expect(dockerfile).toContain("/healthz");
    expect(dockerfile).toContain("COPY patches");
    // The runtime stage runs compiled JavaScript only: no TypeScript sources are copied into it.
    const runtime = dockerfile.slice(dockerfile.lastIndexOf("FROM "));
    expect(runtime).not.toMatch(/^COPY (app|tsconfig)/m);
    expect(runtime).toContain("COPY db/migrations");
  });
});
