import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../..", import.meta.url));

function runCli(input: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "app/moderation/distress/cli.ts"], {
    cwd: repo,
    input,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

describe("screen-distress CLI contract", () => {
  it("writes exactly one JSON line per input line, with signals, an error line for malformed input, skips blanks, exits 0", () => {
    const input = [
      JSON.stringify({ id: "a", text: "I can't keep going. I want it all to stop." }),
      "",
      "{not json",
      JSON.stringify({ id: 7, text: "The patient expressed suicidal ideation on admission.", lang: "en" }),
      "   ",
      JSON.stringify({ id: "fr", text: "Je n’en peux plus, je veux que tout s’arrête.", lang: "fr" }),
      JSON.stringify(["not", "an", "object"]),
      JSON.stringify({ id: "x" }),
      JSON.stringify({ id: "bad-lang", text: "hello", lang: 3 }),
    ].join("\n");
    const r = runCli(input + "\n");
    expect(r.status).toBe(0);
    const out = r.stdout
      .split("\n")
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(7);
    expect(out[0]).toEqual({ id: "a", distress: true, signals: expect.arrayContaining(["not_coping", "passive_ideation"]) });
    expect(out[1].id).toBeNull();
    expect(typeof out[1].error).toBe("string");
    expect(out[2]).toEqual({ id: 7, distress: false, signals: [] });
    expect(out[3]).toMatchObject({ id: "fr", distress: true });
    expect(out[4]).toEqual({ id: null, error: "line is not a JSON object" });
    expect(out[5]).toEqual({ id: "x", error: 'missing string field "text"' });
    expect(out[6]).toEqual({ id: "bad-lang", error: 'field "lang" must be a string' });
  }, 60_000);

  it("survives a 1 MB line, any Unicode and a byte-order mark, and never writes anything else to stdout", () => {
    const long = "I keep going to work and coming home again. ".repeat(24_000) + "Honestly I don't want to wake up tomorrow.";
    expect(long.length).toBeGreaterThan(1_000_000);
    const input = [
      "\uFEFF" + JSON.stringify({ id: "long", text: long }),
      JSON.stringify({ id: "uni", text: "💔 \u0000 \u202e 𝓘 𝔀𝓪𝓷𝓽 𝓽𝓸 𝓭𝓲𝓮 \ud800 ﷽" }),
      JSON.stringify({ id: "empty", text: "" }),
    ].join("\r\n");
    const r = runCli(input);
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n").filter((l) => l.length > 0);
    expect(lines).toHaveLength(3);
    const out = lines.map((l) => JSON.parse(l));
    expect(out[0]).toEqual({ id: "long", distress: true, signals: ["passive_ideation"] });
    expect(out[1]).toMatchObject({ id: "uni", distress: true });
    expect(out[2]).toEqual({ id: "empty", distress: false, signals: [] });
  }, 60_000);

  it("keeps the input's order across batches of posts read together, with error lines in their place", () => {
    const lines = Array.from({ length: 75 }, (_, i) =>
      i % 10 === 3
        ? `{"id": ${i}, "broken`
        : i % 10 === 7
          ? JSON.stringify({ id: i, text: "Je n'en peux plus, je veux que tout s'arrête.", lang: i % 20 === 7 ? 3 : "fr" })
          : JSON.stringify({ id: i, text: i % 2 ? "I can't keep going, I want it all to stop." : "Lovely handover from the night team today." }),
    );
    const r = runCli(lines.join("\n"));
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(75);
    out.forEach((o, i) => {
      if (i % 10 === 3) expect(o).toEqual({ id: null, error: expect.any(String) });
      else if (i % 20 === 7) expect(o).toEqual({ id: i, error: 'field "lang" must be a string' });
      else expect(o).toMatchObject({ id: i, distress: i % 2 === 1 });
    });
  }, 60_000);
});
