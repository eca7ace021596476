// The import boundaries in eslint.config.js, tried on code they must refuse and code they must allow, so a
// typo in the configuration (or a rule another block silently replaces) cannot leave them switched off.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();
async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("domain boundaries", () => {
  it("refuse another domain's internals, from server and browser modules alike", async () => {
    const internal = `import { listThreads } from "~/circles/threads.server";\nexport const x = listThreads;\n`;
    expect(await problems("app/moderation/probe.server.ts", internal)).toEqual([expect.stringContaining("circles is reached through ~/circles/access.server")]);
    expect(await problems("app/learnings/Probe.tsx", internal)).toHaveLength(1);
    const deep = `import { PostgresSearchEngine } from "~/search/engine/postgres";\nexport const x = PostgresSearchEngine;\n`;
    expect(await problems("app/library/probe.server.ts", deep)).toHaveLength(1);
  });

  it("allow a domain's published modules and its own internals", async () => {
    const published = `import { contextFor } from "~/circles/access.server";\nimport type { SearchDocument } from "~/search/engine/types";\nexport const x = contextFor;\nexport type Y = SearchDocument;\n`;
    expect(await problems("app/moderation/probe.server.ts", published)).toEqual([]);
    const own = `import { listThreads } from "~/circles/threads.server";\nexport const x = listThreads;\n`;
    expect(await problems("app/circles/probe.server.ts", own)).toEqual([]);
  });

  it("keep zod out of browser modules inside a domain, alongside the boundaries", async () => {
    expect(await problems("app/library/probe.ts", `import { z } from "zod";\nexport const s = z.string();\n`)).toEqual([
      expect.stringContaining("zod schemas live in *.server.ts"),
    ]);
  });
});
