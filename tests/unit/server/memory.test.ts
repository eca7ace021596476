import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A workload shaped like a busy server: about 60 MB that stays, and requests whose garbage lives long enough
// to be promoted before it dies. The child prints the largest heap it ever held.
const WORKLOAD = `
const bound = process.argv[1] === "bounded";
if (bound) (await import(${JSON.stringify(path.resolve("app/server/memory.ts"))})).boundHeapGrowth();
const live = [];
for (let i = 0; i < 400000; i++) live.push({ a: i, b: "x" + i, c: [i, i] });
const recent = new Array(40);
let peak = 0;
for (let r = 0; r < 2500; r++) {
  const request = [];
  for (let i = 0; i < 2000; i++) request.push({ i, s: "y" + i, row: new Array(8).fill(i) });
  recent[r % 40] = request;
  peak = Math.max(peak, process.memoryUsage().heapTotal);
}
console.log(JSON.stringify({ peakMb: peak / 1048576, live: live.length }));
`;

function peakHeapMb(mode: "bounded" | "default") {
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", WORKLOAD, mode], { encoding: "utf8", timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout.trim().split("\n").pop()!) as { peakMb: number }).peakMb;
}

describe("the server's heap growth", () => {
  it("keeps the heap near what is live instead of letting it grow to several times that", () => {
    const unbounded = peakHeapMb("default");
    const bounded = peakHeapMb("bounded");
    expect(bounded).toBeLessThan(unbounded * 0.75);
    expect(bounded).toBeGreaterThan(60); // what is live still fits: a bound on growth, not a cap
  }, 120_000);
});
