import { CONCEPT_FAMILY, extractFeatures, type Concept } from "./features";
import { DISTRESS_MODEL } from "./model-weights";
import type { SignalFamily } from "./types";

export type ModelResult = { probability: number; distress: boolean; families: SignalFamily[] };

/**
 * The fitted scorer: a logistic model over compositional features (./features.ts), whose weights were fitted
 * on labelled posts (`npm run fit:distress`) and checked on batches written apart from them.
 */
export function scoreDistress(text: string, lang?: string): ModelResult {
  const { values, owned } = extractFeatures(text, lang);
  let z = DISTRESS_MODEL.bias;
  const contribution = new Map<Concept, number>();
  for (const [name, v] of values) {
    const w = DISTRESS_MODEL.weights[name] ?? 0;
    z += w * v;
    // Credit a feature's weight to the concepts in its name, to say which families carried the decision.
    for (const c of owned) if (w > 0 && name.split(/[:+]/).includes(c)) contribution.set(c, (contribution.get(c) ?? 0) + w);
  }
  const probability = 1 / (1 + Math.exp(-z));
  const distress = probability >= DISTRESS_MODEL.threshold;
  const families = [...contribution.entries()].sort(([, a], [, b]) => b - a).map(([c]) => CONCEPT_FAMILY[c]).filter((f): f is SignalFamily => !!f);
  return { probability, distress, families: [...new Set(families)] };
}
