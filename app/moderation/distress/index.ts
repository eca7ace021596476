import { postPieces, readPosts, sentenceEncoder } from "./encoder";
import { cutFor, scoreDistress, type FittedModel, type ModelResult } from "./model";
import { DISTRESS_MODEL } from "./model-weights";
import { ENCODER_MODEL } from "./model-weights-encoder";
import { NEIGHBOUR_FEATURES, neighbourBank, postNeighbours } from "./neighbours";
import { DISTRESS_LANGUAGES, detectByRules, type DistressResult } from "./rules";
import { SENTENCE_FEATURES, scoreSentences } from "./sentences";
import { SENTENCE_MODEL } from "./model-weights-sentences";

export { type SignalFamily } from "./types";
export { detectByRules, type DistressResult } from "./rules";

type Post = { text: string; lang?: string };

/**
 * Does this text express suicidal thoughts, self-harm, or not being able to go on? Not a violation: it
 * calls for care. The written rules (./rules.ts) and a fitted scorer read the post together: the scorer
 * weighs compositional features (./features.ts) and a learned sentence encoder's reading of the post and of
 * each of its sentences (./encoder.ts). The encoder loads once per process; the first call waits for it.
 * If it cannot load, the word scorer alone decides (`detectDistressByWords`).
 */
export async function detectDistress(text: string, options: { lang?: string } = {}): Promise<DistressResult> {
  const [result] = await detectDistressInPosts([{ text, lang: options.lang }]);
  return result!;
}

/** Many posts at once: one call to the encoder for all of them (the CLI reads its input in batches). */
export async function detectDistressInPosts(posts: Post[]): Promise<DistressResult[]> {
  const embed = await sentenceEncoder();
  if (!embed) return posts.map((p) => detectDistressByWords(p.text, { lang: p.lang }));
  const read = await readPosts(
    embed,
    posts.map((p) => p.text),
  );
  const bank = NEIGHBOUR_FEATURES.some((name) => ENCODER_MODEL.weights[name]) ? await neighbourBank() : null;
  // The model was fitted with the neighbours: without them its scores mean nothing, so the word scorer decides.
  if (bank === undefined) return posts.map((p) => detectDistressByWords(p.text, { lang: p.lang }));
  // The sentence model, when the post model was fitted with its scores (./sentences.ts).
  const bySentence = SENTENCE_FEATURES.some((name) => ENCODER_MODEL.weights[name]);
  return posts.map((p, i) =>
    decide(p, ENCODER_MODEL, {
      encoding: read[i]!.encoding,
      neighbours: bank && postNeighbours(read[i]!.pieces, bank),
      sentences: bySentence ? scoreSentences(SENTENCE_MODEL, postPieces(p.text), read[i]!.pieces, p.lang) : null,
    }),
  );
}

/** The scorer without the sentence encoder: words, concepts and frames only (the fallback, and for tests of the rules). */
export function detectDistressByWords(text: string, options: { lang?: string } = {}): DistressResult {
  return decide({ text, lang: options.lang }, DISTRESS_MODEL, {});
}

type Reading = { encoding?: Float32Array | null; neighbours?: number[] | null; sentences?: number[] | null };

function decide(post: Post, fitted: FittedModel, reading: Reading): DistressResult {
  const rules = detectByRules(post.text, { lang: post.lang });
  // A post without a single letter gives the scorer nothing to read: an empty text's embedding sits far from every
  // labelled post, where the neighbour features mean nothing. The rules alone decide.
  if (!/\p{L}/u.test(post.text)) return rules;
  // One word ("true", "yes", the value of a mistyped form) is too little for the encoder and its neighbours: a lone
  // word lands near some short labelled post, and "yes" was read as distress. The word scorer decides alone.
  if (reading.encoding && (post.text.match(/\p{L}+/gu)?.length ?? 0) < 2) return decide(post, DISTRESS_MODEL, {});
  const model: ModelResult = scoreDistress(post.text, post.lang, rules, { model: fitted, ...reading });
  // The scorer has read what the rules cannot (a laughing emoji, a resolved past, a holiday): far below its
  // line, it sets a written rule's alarm aside. The veto is fitted with the threshold (decision 012).
  if (rules.distress && model.probability < cutFor(fitted, post.text, post.lang, model.framed).veto) return { ...rules, distress: false, languages: [] };
  if (rules.distress || !model.distress) return rules;
  const signals = [...new Set([...model.families, ...rules.signals])];
  const languages = DISTRESS_LANGUAGES.map((l) => l.language).filter((l) => post.lang?.toLowerCase().startsWith(l) ?? true);
  return {
    distress: true,
    signals: signals.length ? signals : ["hopelessness"],
    languages: languages.length ? languages : ["en"],
    score: Math.max(1, rules.score),
    families: rules.families,
  };
}
