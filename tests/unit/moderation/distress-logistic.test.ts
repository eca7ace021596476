import { describe, expect, it } from "vitest";
import { fitLogistic, probability, type Penalties, type Row } from "../../bench/distress-logistic";

// A small problem with a known answer: label = (feature 0 present) or (dense[0] > 0.5), with noise features.
function problem(): Row[] {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: 300 }, () => {
    const word = random() < 0.3;
    const d = Float32Array.from({ length: 4 }, () => random());
    const x: Array<[number, number]> = word ? [[0, 1]] : [];
    if (random() < 0.5) x.push([1, 1]);
    return { x, d, y: word || d[0]! > 0.5 ? 1 : 0 };
  });
}

/** The gradient of the penalised loss, written out plainly (no optimiser), to check the fit stopped at the optimum. */
function gradient(data: Row[], pen: Penalties, w: Float64Array, wd: Float64Array, b: number): number[] {
  const g = new Array(pen.sparse.length + pen.denseSize + 1).fill(0) as number[];
  for (const r of data) {
    const p = probability({ w, wd, b }, r);
    for (const [j, x] of r.x) g[j] += (p - r.y) * x;
    for (let k = 0; k < pen.denseSize; k++) g[pen.sparse.length + k] += (p - r.y) * r.d![k]!;
    g[g.length - 1] += p - r.y;
  }
  w.forEach((v, j) => (g[j] += pen.sparse[j]! * v));
  wd.forEach((v, k) => (g[pen.sparse.length + k] += pen.dense * v));
  return g;
}

describe("fit:distress's logistic fit (L-BFGS)", () => {
  const data = problem();
  const pen: Penalties = { sparse: Float64Array.from([1, 1]), dense: 0.1, denseSize: 4 };

  it("stops at the optimum of the penalised loss: its gradient is near zero", () => {
    const m = fitLogistic(data, pen);
    const g = gradient(data, pen, m.w, m.wd, m.b);
    expect(Math.max(...g.map(Math.abs))).toBeLessThan(1e-2);
    // And it learned the rule: the word and the first dense number carry the label, the noise does not.
    expect(m.w[0]!).toBeGreaterThan(2);
    expect(Math.abs(m.w[1]!)).toBeLessThan(0.5);
    expect(m.wd[0]!).toBeGreaterThan(Math.abs(m.wd[1]!) * 3);
  });

  it("holds weights closer to zero under a stronger penalty, each part by its own", () => {
    const loose = fitLogistic(data, pen);
    const tightDense = fitLogistic(data, { ...pen, dense: 30 });
    expect(Math.abs(tightDense.wd[0]!)).toBeLessThan(Math.abs(loose.wd[0]!) / 2);
    expect(tightDense.w[0]!).toBeGreaterThan(2);
  });

  it("reads no dense numbers when it has none to fit (the word model of a stack)", () => {
    const words = fitLogistic(data, { ...pen, denseSize: 0 });
    expect(words.wd.length).toBe(0);
    const withWord = data.find((r) => r.x.some(([j]) => j === 0))!;
    expect(probability(words, withWord)).toBeGreaterThan(0.8);
  });
});
