/**
 * A sentence-level reading for the distress scorer (decision 012, fourteenth round). Each sentence of a post (the
 * pieces the encoder reads: ./encoder.ts) is scored alone by a small logistic model over its own embedding and the
 * concepts, frames and rules' half-signals its words carry (not its word stems). The strongest sentence scores then
 * enter the post model as features beside the post's whose-and-when context, which a sentence read alone loses
 * ("Two years ago I did think about ending it" without "I'm in a much better place now"): the post model weighs a
 * strong sentence inside a framed post apart from one in a plain post.
 */
import { modelFeatures } from "./model";
import { unitLength } from "./neighbours";

/** The sentence model written by `npm run fit:distress -- … --sentences top`: a bias, its encoder weights (base64 Float32) and sparse weights. */
export { SENTENCE_FEATURES, summariseSentences } from "./sentence-summary";

export type SentenceModel = { bias: number; encoder: string; weights: Record<string, number> };

/** The sentences of a post as the encoder's pieces give them: the pieces after the whole post, or the whole post when it is one piece. */
export function sentencesOf<T>(pieces: T[]): T[] {
  return pieces.length > 1 ? pieces.slice(1) : pieces;
}

/** A sentence's sparse features: the post scorer's features of the sentence read alone, without word stems. */
export function sentenceFeatures(sentence: string, lang?: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of modelFeatures(sentence, lang).values) if (!k.startsWith("w:")) out.set(`s:${k}`, v);
  return out;
}

const decoded = new WeakMap<SentenceModel, Float32Array>();

/**
 * Each sentence's probability of distress, read alone: `pieces` are the encoder's embeddings of the post's pieces
 * (the whole post, then its sentences: ./encoder.ts postPieces), `texts` the same pieces as text.
 */
export function scoreSentences(model: SentenceModel, texts: string[], pieces: ArrayLike<number>[], lang?: string): number[] {
  let dense = decoded.get(model);
  if (!dense) {
    const bytes = Buffer.from(model.encoder, "base64");
    dense = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    decoded.set(model, dense);
  }
  const vectors = sentencesOf(pieces);
  return sentencesOf(texts).map((text, i) => {
    let z = model.bias;
    const v = unitLength(vectors[i]!);
    for (let k = 0; k < dense.length; k++) z += dense[k]! * v[k]!;
    for (const [name, x] of sentenceFeatures(text, lang)) z += (model.weights[name] ?? 0) * x;
    return 1 / (1 + Math.exp(-z));
  });
}
