/**
 * Nearest-neighbour features over the sentence encoder, for fit:distress --nn: how close a post and each of its
 * sentences come to the labelled posts in distress and to the calm ones. Each piece a post is read in (the whole
 * post, then its sentences: postPieces) is embedded once and cached under .cache/ (not committed); its nearest
 * neighbour in each group of labelled posts (one group per file) is found once, so a fit that leaves batches out
 * takes the maximum over the groups it keeps and a post never sees its own batch.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { postPieces, sentenceEncoder } from "../../app/moderation/distress/encoder";
import { NEIGHBOUR_KINDS, nearestBySlot, neighbourFeatures, packBank, unitLength } from "../../app/moderation/distress/neighbours";

const VERSION = "use-lite-0.2.0/piece/v1";
const dir = fileURLToPath(new URL("../../.cache/", import.meta.url));
const file = `${dir}distress-pieces.json`;

/** Unit-length embeddings of each post's pieces: [whole, ...sentences]. */
export async function pieceEmbeddingsOf(texts: string[]): Promise<Float32Array[][]> {
  const key = (t: string) => createHash("sha1").update(`${VERSION}\n${t}`).digest("base64");
  const cache: Record<string, string> = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
  const pieces = texts.map(postPieces);
  const missing = [...new Set(pieces.flat().filter((t) => !cache[key(t)]))];
  if (missing.length) {
    const embed = await sentenceEncoder();
    if (!embed) throw new Error("the sentence encoder did not load");
    for (let i = 0; i < missing.length; i += 128) {
      const batch = missing.slice(i, i + 128);
      const vectors = await embed(batch);
      batch.forEach((t, j) => (cache[key(t)] = Buffer.from(Float32Array.from(vectors[j]!).buffer).toString("base64")));
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(cache));
  }
  return pieces.map((ps) =>
    ps.map((t) => {
      const b = Buffer.from(cache[key(t)]!, "base64");
      return unitLength(new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)));
    }),
  );
}

/**
 * The labelled posts' pieces as the scorer's bank (./neighbours.ts), each counted under its kind in its group
 * (slot = group * NEIGHBOUR_KINDS + kind); with one group, the bank the scorer ships.
 */
export function bankOf(posts: Float32Array[][], labels: boolean[], groups: number[]) {
  const vectors: Float32Array[] = [];
  const slots: number[] = [];
  posts.forEach((ps, i) => {
    if (groups[i]! < 0) return;
    const base = groups[i]! * NEIGHBOUR_KINDS + (labels[i] ? 0 : 2);
    ps.forEach((v, j) => {
      // The whole post is piece 0; a post of one piece is its own sentence too.
      const kinds = [...(j === 0 ? [0] : []), ...(j > 0 || ps.length === 1 ? [1] : [])];
      for (const k of kinds) {
        vectors.push(v);
        slots.push(base + k);
      }
    });
  });
  return packBank(vectors, slots);
}

/**
 * For every piece of every post, its nearest neighbour of each kind in each group (held-out files: groups -1). The
 * search takes minutes for a few thousand posts: it is kept under .cache/, keyed by the posts' texts, labels and groups.
 */
export function nearestByGroup(texts: string[], posts: Float32Array[][], labels: boolean[], groups: number[], groupCount: number) {
  const slots = groupCount * NEIGHBOUR_KINDS;
  const stored = `${dir}distress-nearest-${createHash("sha1")
    .update(JSON.stringify([VERSION, texts, labels, groups, groupCount]))
    .digest("hex")
    .slice(0, 16)}.bin`;
  const sizes = posts.map((ps) => ps.length);
  if (existsSync(stored)) {
    const b = readFileSync(stored);
    const all = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    let at = 0;
    return sizes.map((n) => Array.from({ length: n }, () => all.slice(at, (at += slots))));
  }
  const bank = bankOf(posts, labels, groups);
  const best = posts.map((ps) => ps.map((q) => nearestBySlot(q, bank, slots)));
  mkdirSync(dir, { recursive: true });
  writeFileSync(stored, Buffer.concat(best.flat().map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength))));
  return best;
}

/** A post's neighbour features when the fit keeps only the groups not in `excluded`. */
export function neighbourFeaturesWithout(best: Float32Array[], excluded: Set<number>, groupCount: number): number[] {
  const kept = best.map((piece) => {
    const near = new Float32Array(NEIGHBOUR_KINDS).fill(-1);
    for (let g = 0; g < groupCount; g++)
      if (!excluded.has(g)) for (let k = 0; k < NEIGHBOUR_KINDS; k++) near[k] = Math.max(near[k]!, piece[g * NEIGHBOUR_KINDS + k]!);
    return near;
  });
  return neighbourFeatures(kept);
}
