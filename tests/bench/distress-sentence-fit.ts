/**
 * The sentence model of fit:distress --sentences (decision 012, fourteenth round): a logistic model that scores each
 * sentence of a post alone (its embedding and its sparse features: app/moderation/distress/sentences.ts), fitted on
 * sentences labelled from their posts' labels (multiple-instance learning), and fitted *nested*: the sentence
 * scores of a post in file f, for a post model fitted without the files O, come from a sentence model fitted
 * without O and f, so neither the post model's training posts nor a left-out batch ever read a sentence score fitted
 * on their own batch.
 *
 * Labelling (`mil`): every sentence of a calm post is calm. A post in distress gives
 * - all: every one of its sentences in distress (noisy: most sentences of such a post say nothing);
 * - top: only its highest-scored sentence, by a first fit on all of them, then refitted (the others left out);
 * - soft: each of its sentences in distress with the weight of its score over the post's highest (an EM step).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ENCODER_DIMENSIONS, postPieces } from "../../app/moderation/distress/encoder";
import { sentenceFeatures, sentencesOf } from "../../app/moderation/distress/sentences";
import { fitLogistic, probability, type Fitted, type Row } from "./distress-logistic";

export type Mil = "all" | "top" | "soft";
export type SentenceOptions = { mil: Mil; l2: number; l2Dense: number; minCount: number; rounds: number; iterations: number };

/** One sentence: its post, its sparse features and its embedding. */
export type SentenceInput = { post: number; features: Map<string, number>; embedding: Float32Array };

export type SentenceModel = {
  /** Each sentence's score by a sentence model fitted without the files in `excluded`. */
  scoresWithout: (excluded: Iterable<number>) => Float64Array;
  /** The sentences of each post, as indices into the scores. */
  sentencesOfPost: number[][];
  /** The fit on every file, for the shipped weights. */
  fitAll: () => { model: Fitted; vocab: Map<string, number> };
};

/**
 * The files a post's sentence scores must not have been fitted on: the post's own file and every file the post model
 * leaves out, so a left-out batch's sentence features never come from a fit that saw it (its own file is in `out`).
 */
export function nestedExclusion(out: Iterable<number>, postFile: number): Set<number> {
  return new Set([...out, postFile]);
}

/** The sentence rows a fit trains on, labelled from their posts (see the module's comment); `scores` align with `rows`. */
export function milRows(rows: Array<Row & { post: number }>, postLabel: (post: number) => boolean, mil: Mil, scores: ArrayLike<number> | null): Row[] {
  if (mil === "all" || !scores) return rows.map((r) => ({ ...r, y: postLabel(r.post) ? 1 : 0 }));
  const best = new Map<number, number>();
  rows.forEach((r, i) => {
    const b = best.get(r.post);
    if (postLabel(r.post) && (b === undefined || scores[i]! > scores[b]!)) best.set(r.post, i);
  });
  const out: Row[] = [];
  rows.forEach((r, i) => {
    if (!postLabel(r.post)) out.push({ ...r, y: 0 });
    else if (mil === "top") {
      if (best.get(r.post) === i) out.push({ ...r, y: 1 });
    } else {
      const top = scores[best.get(r.post)!]!;
      out.push({ ...r, y: 1, weight: top > 0 ? scores[i]! / top : 1 });
    }
  });
  return out;
}

export function sentenceModel(
  sentences: SentenceInput[],
  posts: Array<{ label: boolean; file: number }>,
  options: SentenceOptions,
  /** What the scores depend on besides the options (the data, the screener's code); null: not kept on disk. */
  cacheKey: string | null,
): SentenceModel {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const k of s.features.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [k, n] of counts) if (n >= options.minCount) vocab.set(k, vocab.size);
  const rows = sentences.map((s) => ({
    post: s.post,
    x: [...s.features].filter(([k]) => vocab.has(k)).map(([k, v]) => [vocab.get(k)!, v] as [number, number]),
    d: s.embedding,
    y: 0,
  }));
  const sentencesOfPost: number[][] = posts.map(() => []);
  sentences.forEach((s, i) => sentencesOfPost[s.post]!.push(i));
  const penalties = { sparse: new Float64Array(vocab.size).fill(options.l2), dense: options.l2Dense, denseSize: ENCODER_DIMENSIONS };
  const dir = fileURLToPath(new URL("../../.cache/distress-sentence-fits/", import.meta.url));
  const key = createHash("sha1")
    .update(JSON.stringify([cacheKey, options, readFileSync(fileURLToPath(import.meta.url), "utf8")]))
    .digest("hex")
    .slice(0, 16);
  if (cacheKey !== null) console.error(`sentence fits stored as ${key}-*.bin`);
  const fits = new Map<string, { model: Fitted | null; scores: Float64Array }>();
  let root: Fitted | undefined;

  function fit(excluded: Set<number>): { model: Fitted; scores: Float64Array } {
    // Every fit starts from the fit of every sentence labelled by its post, the shipped one too.
    root ??= fitLogistic(
      milRows(rows, (p) => posts[p]!.label, "all", null),
      penalties,
    );
    const kept = rows.filter((r) => !excluded.has(posts[r.post]!.file));
    const label = (p: number) => posts[p]!.label;
    let model = fitLogistic(milRows(kept, label, "all", null), penalties, options.iterations, root);
    // Relabel the sentences of posts in distress by the last fit's scores (in-sample: the fit's own posts), then refit.
    for (let round = 0; options.mil !== "all" && round < options.rounds; round++) {
      const keptScores = Float64Array.from(kept, (r) => probability(model, r));
      model = fitLogistic(milRows(kept, label, options.mil, keptScores), penalties, options.iterations, model);
    }
    return { model, scores: Float64Array.from(rows, (r) => probability(model, r)) };
  }

  function scoresWithout(excluded: Iterable<number>): Float64Array {
    const set = new Set(excluded);
    const name = [...set].sort((a, b) => a - b).join("-") || "all";
    let f = fits.get(name);
    const stored = `${dir}${key}-${name}.bin`;
    if (!f && cacheKey !== null && existsSync(stored)) {
      const b = readFileSync(stored);
      f = { model: null, scores: new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) };
    }
    if (!f) {
      f = fit(set);
      if (cacheKey !== null) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(stored, Buffer.from(f.scores.buffer));
      }
    }
    fits.set(name, f);
    return f.scores;
  }

  return {
    scoresWithout,
    sentencesOfPost,
    fitAll: () => ({ model: fit(new Set()).model, vocab }),
  };
}

/**
 * The sentence model over fit:distress's training posts: each post's sentences (the encoder's pieces after the whole
 * post: app/moderation/distress/sentences.ts), their features and their embeddings (`pieces`, as pieceEmbeddingsOf gives).
 */
export function sentenceModelOf(
  posts: Array<{ text: string; lang?: string; distress: boolean }>,
  pieces: Float32Array[][],
  fileOf: number[],
  options: SentenceOptions,
  cacheKey: string,
): SentenceModel {
  const sentences: SentenceInput[] = [];
  posts.forEach((c, i) => {
    const texts = sentencesOf(postPieces(c.text));
    const vectors = sentencesOf(pieces[i]!);
    texts.forEach((t, k) => sentences.push({ post: i, features: sentenceFeatures(t, c.lang), embedding: vectors[k]! }));
  });
  return sentenceModel(
    sentences,
    posts.map((c, i) => ({ label: c.distress, file: fileOf[i]! })),
    options,
    cacheKey,
  );
}

/** Writes the sentence model the shipped post model reads (app/moderation/distress/model-weights-sentences.ts). */
export function writeSentenceModel({ model, vocab }: { model: Fitted; vocab: Map<string, number> }, options: SentenceOptions): void {
  const weights: Record<string, number> = {};
  for (const [k, j] of [...vocab.entries()].sort(([a], [b]) => a.localeCompare(b)))
    if (Math.abs(model.w[j]!) >= 0.01) weights[k] = Math.round(model.w[j]! * 1000) / 1000;
  const entries = Object.entries(weights).map(([k, w]) => `${JSON.stringify(k)}: ${w}`);
  const lines = Array.from({ length: Math.ceil(entries.length / 8) }, (_, i) => `  ${entries.slice(i * 8, i * 8 + 8).join(", ")},`);
  const out = fileURLToPath(new URL("../../app/moderation/distress/model-weights-sentences.ts", import.meta.url));
  writeFileSync(
    out,
    `// Generated by \`npm run fit:distress -- … --sentences ${options.mil}\` (L2 ${options.l2}, encoder L2 ${options.l2Dense}): do not edit by hand.\n` +
      `// ${entries.length} sparse weights and ${model.wd.length} for the sentence's embedding.\n` +
      `import type { SentenceModel } from "./sentences";\n\n` +
      `export const SENTENCE_MODEL: SentenceModel = {\n bias: ${Math.round(model.b * 1000) / 1000},\n` +
      ` encoder:\n  "${Buffer.from(Float32Array.from(model.wd).buffer).toString("base64")}",\n weights: {\n${lines.join("\n")}\n },\n};\n`,
  );
  console.log(`wrote the sentence model (${entries.length} weights) to ${out}`);
}
