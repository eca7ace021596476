import type { Concept } from "./concepts";
import { CONCEPT_FAMILY, CORE, extractFeatures, type PostFeatures } from "./features";
import { DISTRESS_MODEL } from "./model-weights";
import { detectByRules, type DistressResult } from "./rules";
import type { SignalFamily } from "./types";

export type ModelResult = { probability: number; distress: boolean; families: SignalFamily[] };

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
export function scoreDistress(text: string, lang?: string, rules?: DistressResult): ModelResult {
  const { values, owned } = modelFeatures(text, lang, rules);
  let z = DISTRESS_MODEL.bias;
  const contribution = new Map<Concept, number>();
  for (const [name, v] of values) {
    const w = DISTRESS_MODEL.weights[name] ?? 0;
    z += w * v;
    // Credit a feature's weight to the concepts in its name, to say which families carried the decision.
    // Summaries ("core:1+", "own:2+") speak for every core concept the writer owns.
    const summary = /^(?:core|own):\d\+$/.test(name);
    for (const c of owned) if (w > 0 && (name.split(/[:+]/).includes(c) || (summary && CORE.has(c)))) contribution.set(c, (contribution.get(c) ?? 0) + w * v);
  }
  const probability = 1 / (1 + Math.exp(-z));
  const distress = probability >= DISTRESS_MODEL.threshold;
  const families = [...contribution.entries()]
    .sort(([, a], [, b]) => b - a)
    .map(([c]) => CONCEPT_FAMILY[c])
    .filter((f): f is SignalFamily => !!f);
  return { probability, distress, families: [...new Set(families)] };
}
