/**
 * How near a post and each of its sentences come to the labelled posts the scorer was fitted on: to the posts in
 * distress and to the calm ones, read by the sentence encoder (./encoder.ts). A linear reading of a 512-number
 * summary misses a sentence that is nearly the same as one seen in distress; its nearest neighbour does not
 * (decision 012, seventh round). The fit (tests/bench/distress-fit.ts --nn) computes the same features for each
 * labelled post with its own batch left out of the neighbours, so its weights meet them as a new post does.
 */
import { log } from "../../utils/log.server";
import { ENCODER_DIMENSIONS } from "./encoder";

/** Kinds of neighbour: a whole post in distress, a sentence of one, a whole calm post, a sentence of one. */
export const NEIGHBOUR_KINDS = 4;
export const NEIGHBOUR_FEATURES = ["nn:post+", "nn:post-", "nn:sentence+", "nn:sentence-", "nn:margin"] as const;
/** The features enter the model multiplied by this, so that their weights are held by an L2 like the others'. */
export const NEIGHBOUR_SCALE = 5;

/** The labelled pieces, each an int8 vector with its scale (cosine = scale * q·x for a unit-length x). */
export type NeighbourBank = { vectors: Int8Array; scales: Float32Array; slots: Int32Array };

export function unitLength(v: ArrayLike<number>): Float32Array {
  let n = 0;
  for (let k = 0; k < v.length; k++) n += v[k]! * v[k]!;
  n = Math.sqrt(n) || 1;
  return Float32Array.from(v, (x) => x / n);
}

/** Packs unit-length vectors as int8 with one scale each, in the order given; `slots` says where each one counts. */
export function packBank(vectors: Float32Array[], slots: number[]): NeighbourBank {
  const packed = new Int8Array(vectors.length * ENCODER_DIMENSIONS);
  const scales = new Float32Array(vectors.length);
  vectors.forEach((v, i) => {
    let max = 0;
    for (const x of v) max = Math.max(max, Math.abs(x));
    scales[i] = max / 127 || 1;
    for (let k = 0; k < ENCODER_DIMENSIONS; k++) packed[i * ENCODER_DIMENSIONS + k] = Math.round(v[k]! / scales[i]!);
  });
  return { vectors: packed, scales, slots: Int32Array.from(slots) };
}

/** The cosine of the nearest bank vector in each slot (-1 where a slot has none) to a unit-length piece. */
export function nearestBySlot(piece: Float32Array, bank: NeighbourBank, slotCount: number): Float32Array {
  const best = new Float32Array(slotCount).fill(-1);
  const { vectors, scales, slots } = bank;
  for (let i = 0, off = 0; i < scales.length; i++, off += ENCODER_DIMENSIONS) {
    // Four sums at once: V8 runs this three times faster than one running sum (11 -> 4 ms for a piece).
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0; k < ENCODER_DIMENSIONS; k += 4) {
      s0 += piece[k]! * vectors[off + k]!;
      s1 += piece[k + 1]! * vectors[off + k + 1]!;
      s2 += piece[k + 2]! * vectors[off + k + 2]!;
      s3 += piece[k + 3]! * vectors[off + k + 3]!;
    }
    const dot = (s0 + s1 + s2 + s3) * scales[i]!;
    const s = slots[i]!;
    if (dot > best[s]!) best[s] = dot;
  }
  return best;
}

/**
 * The features of a post from the nearest neighbour of each kind to each of its pieces (the whole post first,
 * then its sentences; a post of one piece is its own sentence): how near the whole post comes to a post in
 * distress and to a calm one, how near its nearest sentence comes to each, and the largest margin of one sentence.
 */
export function neighbourFeatures(nearest: Float32Array[]): number[] {
  const whole = nearest[0]!;
  const sentences = nearest.length > 1 ? nearest.slice(1) : nearest;
  let plus = -1;
  let minus = -1;
  let margin = -2;
  for (const s of sentences) {
    const p = Math.max(s[0]!, s[1]!);
    const m = Math.max(s[2]!, s[3]!);
    plus = Math.max(plus, p);
    minus = Math.max(minus, m);
    margin = Math.max(margin, p - m);
  }
  return [whole[0]!, whole[2]!, plus, minus, margin];
}

/** The bank as `npm run fit:distress -- --encoder en,fr --nn` writes it (./neighbour-bank.json): base64 arrays. */
export type StoredBank = { vectors: string; scales: string; slots: string };

const fromBase64 = (b64: string) => {
  const b = Buffer.from(b64, "base64");
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

export function storeBank(bank: NeighbourBank): StoredBank {
  const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
  return { vectors: b64(bank.vectors), scales: b64(bank.scales), slots: b64(bank.slots) };
}

let loaded: Promise<NeighbourBank | undefined> | undefined;
/** The labelled posts' pieces, read once per process (3.8 MB: int8, 512 numbers each); undefined if they cannot be read (logged once, no content). */
export function neighbourBank(): Promise<NeighbourBank | undefined> {
  loaded ??= import("./neighbour-bank.json").then(
    ({ default: stored }: { default: StoredBank }) => ({
      vectors: new Int8Array(fromBase64(stored.vectors)),
      scales: new Float32Array(fromBase64(stored.scales)),
      slots: new Int32Array(fromBase64(stored.slots)),
    }),
    (err: unknown) => {
      log("distress.neighbours_unavailable", { error: err instanceof Error ? err.name : "unknown" });
      return undefined;
    },
  );
  return loaded;
}

/** A post's neighbour features from its pieces' embeddings (the whole post first, then its sentences). */
export function postNeighbours(pieces: ArrayLike<number>[], bank: NeighbourBank): number[] {
  return neighbourFeatures(pieces.map((p) => nearestBySlot(unitLength(p), bank, NEIGHBOUR_KINDS)));
}
