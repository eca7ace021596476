import { describe, expect, it } from "vitest";
import { ENCODER_DIMENSIONS } from "../../../app/moderation/distress/encoder";
import {
  NEIGHBOUR_KINDS,
  nearestBySlot,
  neighbourBank,
  neighbourFeatures,
  packBank,
  postNeighbours,
  storeBank,
  unitLength,
} from "../../../app/moderation/distress/neighbours";
import { ENCODER_MODEL } from "../../../app/moderation/distress/model-weights-encoder";
import { bankOf, neighbourFeaturesWithout } from "../../bench/distress-neighbours";

/** A unit vector pointing mostly along axis `a`, a little along `b`. */
const vec = (a: number, b = a, lean = 0) => {
  const v = new Float32Array(ENCODER_DIMENSIONS);
  v[a] = 1;
  v[b]! += lean;
  return unitLength(v);
};

describe("nearest-neighbour features over the sentence encoder", () => {
  it("finds the nearest labelled piece of each kind, to int8 precision", () => {
    const bank = packBank([vec(0), vec(1), vec(2, 3, 0.5), vec(4)], [0, 1, 2, 3]);
    const near = nearestBySlot(vec(2), bank, NEIGHBOUR_KINDS);
    expect(near[0]).toBeCloseTo(0, 2);
    expect(near[2]).toBeCloseTo(1 / Math.sqrt(1.25), 2);
    expect(nearestBySlot(vec(0), bank, NEIGHBOUR_KINDS)[0]).toBeCloseTo(1, 2);
    // A kind with no piece in the bank reads as far as can be.
    expect(nearestBySlot(vec(0), packBank([vec(0)], [0]), NEIGHBOUR_KINDS)[3]).toBe(-1);
  });

  it("reads the whole post and its one sentence nearest to distress, against the calm posts", () => {
    // Whole post; a calm sentence; a sentence like one seen in distress.
    const nearest = [Float32Array.of(0.3, 0.2, 0.6, 0.5), Float32Array.of(0.1, 0.2, 0.9, 0.8), Float32Array.of(0.4, 0.95, 0.5, 0.3)];
    const [postPlus, postMinus, sentencePlus, sentenceMinus, margin] = neighbourFeatures(nearest);
    expect([postPlus, postMinus]).toEqual([Float32Array.of(0.3)[0], Float32Array.of(0.6)[0]]);
    expect(sentencePlus).toBeCloseTo(0.95);
    expect(sentenceMinus).toBeCloseTo(0.9);
    expect(margin).toBeCloseTo(0.45);
  });

  it("never lets a labelled post be its own neighbour when the fit leaves its batch out", () => {
    const posts = [[vec(0)], [vec(1)], [vec(2)]];
    const bank = bankOf(posts, [true, true, false], [0, 1, 2]);
    const best = posts.map((ps) => ps.map((q) => nearestBySlot(q, bank, 3 * NEIGHBOUR_KINDS)));
    expect(neighbourFeaturesWithout(best[0]!, new Set(), 3)[0]).toBeCloseTo(1, 2);
    expect(neighbourFeaturesWithout(best[0]!, new Set([0]), 3)[0]).toBeCloseTo(0, 2);
    expect(neighbourFeaturesWithout(best[0]!, new Set([0, 1]), 3)[0]).toBe(-1);
  });

  it("stores the bank and reads it back unchanged", () => {
    const bank = packBank([vec(0, 1, 0.3), vec(5)], [2, 1]);
    const stored = storeBank(bank);
    const back = (b64: string) => Buffer.from(b64, "base64");
    expect([...new Int8Array(back(stored.vectors).buffer.slice(back(stored.vectors).byteOffset))].slice(0, 2)).toEqual([...bank.vectors.slice(0, 2)]);
    expect(back(stored.slots).length).toBe(8);
  });

  it("ships the bank of labelled posts the fitted model reads", async () => {
    expect(ENCODER_MODEL.weights["nn:margin"]).toBeGreaterThan(0);
    const bank = (await neighbourBank())!;
    expect(bank.scales.length).toBeGreaterThan(1000);
    expect(bank.vectors.length).toBe(bank.scales.length * ENCODER_DIMENSIONS);
    // Every kind is present, so no feature reads -1 for want of a neighbour.
    const f = postNeighbours([vec(7), vec(9)], bank);
    expect(f.every((x) => x > -1)).toBe(true);
  });
});
