import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ENTITY_TYPES, warmUp } from "~/deid/index";
import { run } from "./helpers";

const fixtures = readFileSync(fileURLToPath(new URL("../../fixtures/deid/cases.jsonl", import.meta.url)), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string; spans: { start: number; end: number; type: string }[] });

describe("offsets", () => {
  // The word lists take a second or two to load; on a loaded machine that is not the test's concern.
  beforeAll(() => warmUp(), 60_000);
  it("text.slice(start, end) === finding.text, spans ordered and disjoint, types known", () => {
    const samples = [...fixtures.map((f) => f.text), "Émilie Côté 👩‍⚕️ was seen on 3 March 2023 at Hôpital Sainte-Justine 🏥 by Dr Smith, NHI ZZZ0016."];
    for (const text of samples) {
      const { findings, redacted } = run(text);
      let last = -1;
      for (const f of findings) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeGreaterThan(f.start);
        expect(ENTITY_TYPES).toContain(f.type);
        last = f.end;
      }
      // The redacted text is the original with each span replaced by its placeholder.
      let rebuilt = "";
      let pos = 0;
      for (const f of findings) {
        rebuilt += text.slice(pos, f.start) + f.placeholder;
        pos = f.end;
      }
      expect(redacted).toBe(rebuilt + text.slice(pos));
    }
  });
  it("the fixture spans themselves are consistent", () => {
    for (const f of fixtures) {
      for (const s of f.spans) expect(s.end, f.id).toBeGreaterThan(s.start);
    }
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });
  it("catches the labelled identifiers of the own fixture set (recall >= 0.99)", () => {
    let total = 0;
    let caught = 0;
    for (const f of fixtures) {
      const { findings } = run(f.text);
      for (const s of f.spans) {
        total++;
        let letters = 0;
        let hit = 0;
        for (let i = s.start; i < s.end; i++) {
          if (!/[\p{L}\p{N}]/u.test(f.text[i])) continue;
          letters++;
          if (findings.some((x) => x.start <= i && i < x.end)) hit++;
        }
        if (letters === 0 || hit / letters >= 0.8) caught++;
      }
    }
    expect(caught / total).toBeGreaterThanOrEqual(0.99);
  });
});
