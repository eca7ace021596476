import type { Concept } from "./concepts";
import { CONCEPT_FAMILY, CORE, extractFeatures, type PostFeatures } from "./features";
import { DISTRESS_MODEL } from "./model-weights";
import { NEIGHBOUR_FEATURES, NEIGHBOUR_SCALE } from "./neighbours";
import { fold, languagesOf } from "./normalise";
import { detectByRules, type DistressResult } from "./rules";
import { SENTENCE_FEATURES, summariseSentences } from "./sentence-summary";
import type { SignalFamily } from "./types";

export type ModelResult = {
  probability: number;
  distress: boolean;
  families: SignalFamily[];
  /** The context reads the post's words as not the writer's now (see `isFramedPost`). */
  framed: boolean;
};

/** A threshold and a veto; `framed`, where the fit chose one, another pair for posts whose words are not the writer's now. */
export type LanguageCut = { threshold: number; veto: number; framed?: { threshold: number; veto: number } };

/** Weights written by `npm run fit:distress`; `encoder` when the sentence encoder's reading is part of the model. */
export type FittedModel = {
  bias: number;
  threshold: number;
  veto: number;
  encoder?: { languages: string[]; weights: string };
  /** A threshold and a veto of its own for a language, where the fit chose them on that language's held-out posts. */
  byLanguage?: Partial<Record<"en" | "fr", LanguageCut>>;
  weights: Record<string, number>;
};

/**
 * Concepts and frames that say a post's words are not the writer's now: someone else's ("the patient", "my friend",
 * a grief), a past that is over, a film or a lesson, a clinical note, an idiom or an ordinary object ("ending things
 * with my partner"), a career move or a bounded time, a joke, a safety statement, a word to all the others.
 */
const NOT_THE_WRITERS_NOW =
  /^(?:others|past|framed|object):(?:death|nonexist|escape|burden|worth|hopeless|exhaust|finality|means|plan|selfharm)$|^frame:(?:clinical|lesson|media|resolved|safe|humour|idiom|topic|support|career|bounded|accident|encourage)$/;

/** Does the context read some of the post's words as not the writer's now? Such posts may have a cut of their own (decision 012, twelfth round). */
export function isFramedPost(features: Iterable<string>): boolean {
  for (const name of features) if (NOT_THE_WRITERS_NOW.test(name)) return true;
  return false;
}

/** Where this model alarms for a post: its language's threshold and veto, else the model's; a framed post's own pair where there is one. */
export function cutFor(model: FittedModel, text: string, lang?: string, framed = false): { threshold: number; veto: number } {
  const cut: LanguageCut = model.byLanguage?.[postLanguage(text, lang)] ?? model;
  return (framed && cut.framed) || { threshold: cut.threshold, veto: cut.veto };
}

/** The post's language for the encoder: the writer's hint, else the words ("en" when they do not tell). */
export function postLanguage(text: string, lang?: string): "en" | "fr" {
  const hint = lang?.toLowerCase().slice(0, 2);
  if (hint === "en" || hint === "fr") return hint;
  return languagesOf(fold(text.slice(0, 2000))).join() === "fr" ? "fr" : "en";
}

const decoded = new WeakMap<FittedModel, Float32Array>();
/** The encoder weights of a model, decoded once. */
function encoderWeights(model: FittedModel): Float32Array | null {
  if (!model.encoder) return null;
  let w = decoded.get(model);
  if (!w) {
    const bytes = Buffer.from(model.encoder.weights, "base64");
    w = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    decoded.set(model, w);
  }
  return w;
}

/**
 * The features the fitted scorer reads: the compositional features of ./features.ts, and what the written
 * rules found in each family, also below their own line (a half-signal of a goodbye beside a half-signal of
 * a plan), so the weights can combine evidence the rules alone would drop.
 */
export function modelFeatures(text: string, lang?: string, rules: DistressResult = detectByRules(text, { lang })): PostFeatures {
  const features = extractFeatures(text, lang);
  // One weak signal alone ("I feel hopeless") is left to the concepts, as the rules leave it (decision 012).
  const found = [...rules.families].filter(([, score]) => score > 0);
  if (found.length < 2 && !found.some(([, score]) => score >= 1)) return features;
  for (const [family, score] of found) features.values.set(`rule:${family}`, score);
  features.values.set(
    "rule:any",
    Math.min(
      1,
      found.reduce((sum, [, s]) => sum + s, 0),
    ),
  );
  return features;
}

/**
 * The fitted scorer: a logistic model over those features, whose weights were fitted on labelled posts
 * (`npm run fit:distress`) and checked on batches written apart from them.
 */
export function scoreDistress(
  text: string,
  lang?: string,
  rules?: DistressResult,
  fitted: { model: FittedModel; encoding?: Float32Array | null; neighbours?: number[] | null; sentences?: number[] | null } = { model: DISTRESS_MODEL },
): ModelResult {
  const { model, encoding, neighbours, sentences } = fitted;
  const { values, owned } = modelFeatures(text, lang, rules);
  const framed = isFramedPost(values.keys());
  let z = model.bias;
  // Each sentence read alone by the sentence model (./sentences.ts): its strongest scores, weighed apart in a framed post.
  if (sentences) summariseSentences(sentences, framed).forEach((v, k) => (z += (model.weights[SENTENCE_FEATURES[k]!] ?? 0) * v));
  // The sentence encoder's reading (./encoder.ts), for the languages the fit found it helps in.
  const dense = encoderWeights(model);
  if (dense && encoding && model.encoder!.languages.includes(postLanguage(text, lang))) for (let k = 0; k < dense.length; k++) z += dense[k]! * encoding[k]!;
  // How near the post comes to the labelled posts (./neighbours.ts), when the model was fitted with it.
  if (neighbours) NEIGHBOUR_FEATURES.forEach((name, k) => (z += (model.weights[name] ?? 0) * neighbours[k]! * NEIGHBOUR_SCALE));
  const contribution = new Map<Concept, number>();
  for (const [name, v] of values) {
    const w = model.weights[name] ?? 0;
    z += w * v;
    // Credit a feature's weight to the concepts in its name, to say which families carried the decision.
    // Summaries ("core:1+", "own:2+") speak for every core concept the writer owns.
    const summary = /^(?:core|own):\d\+$/.test(name);
    for (const c of owned) if (w > 0 && (name.split(/[:+]/).includes(c) || (summary && CORE.has(c)))) contribution.set(c, (contribution.get(c) ?? 0) + w * v);
  }
  const probability = 1 / (1 + Math.exp(-z));
  const distress = probability >= cutFor(model, text, lang, framed).threshold;
  const families = [...contribution.entries()]
    .sort(([, a], [, b]) => b - a)
    .map(([c]) => CONCEPT_FAMILY[c])
    .filter((f): f is SignalFamily => !!f);
  return { probability, distress, families: [...new Set(families)], framed };
}
