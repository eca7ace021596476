import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../..", import.meta.url));

function runCli(input: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "app/deid/cli.ts"], { cwd: repo, input, encoding: "utf8", timeout: 60_000 });
}

describe("CLI contract", () => {
  it("writes exactly one JSON line per input line, handles a malformed line, skips blanks, exits 0", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Mrs Aroha Ngata (NHI ZZZ0016) was seen on 3 March 2023." }),
      "",
      "{not json",
      JSON.stringify({ id: 7, text: "A 45-year-old with Parkinson's disease." }),
    ].join("\n");
    const r = runCli(input + "\n");
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n").filter((l) => l.length > 0);
    expect(lines).toHaveLength(3);
    const out = lines.map((l) => JSON.parse(l));
    expect(out[0]).toEqual({
      id: "a",
      redacted: "Mrs [PERSON 1] (NHI [ID 1]) was seen on [DATE 1].",
      findings: [
        { start: 4, end: 15, type: "PERSON" },
        { start: 21, end: 28, type: "ID" },
        { start: 42, end: 54, type: "DATE" },
      ],
    });
    expect(out[1].id).toBeNull();
    expect(typeof out[1].error).toBe("string");
    expect(out[2]).toEqual({ id: 7, redacted: "A 45-year-old with Parkinson's disease.", findings: [] });
  }, 60_000);
  it("reports a missing text field with the id and keeps going", () => {
    const r = runCli(`{"id":"x"}\n{"id":"y","text":"ok"}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toEqual([
      { id: "x", error: 'missing string field "text"' },
      { id: "y", redacted: "ok", findings: [] },
    ]);
  }, 60_000);
});
