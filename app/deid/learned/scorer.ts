/**
 * The learned token scorer: a logistic model over the features of features.ts, fitted by `npm run fit:deid`
 * on the project's own labelled texts only. It reads every word the written rules left and ADDS a finding
 * where the word looks like part of a name, place or facility with a probability at or above the fitted
 * threshold (recall first: a reviewer clears a false finding in one click). It never removes a finding.
 */
import type { Candidate, EntityType } from "../types";
import { isCandidate, isPlaceHead, tokenFeatures, tokenize, type Token } from "./features";
import { LEARNED_DEID_MODEL } from "./model-weights";

export interface LearnedModel {
  /** FEATURE_SET_VERSION of the features the weights were fitted on. */
  featureSet: number;
  /** Probability from which a token is a finding (above 1: the scorer is off). */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  personBias: number;
  person: Record<string, number>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Probability that a token with these features is part of an identifier, and that it is a person's name. */
export function scoreFeatures(features: readonly string[], model: LearnedModel = LEARNED_DEID_MODEL): { p: number; person: number } {
  let z = model.bias;
  let zp = model.personBias;
  for (const f of features) {
    z += model.weights[f] ?? 0;
    zp += model.person[f] ?? 0;
  }
  return { p: sigmoid(z), person: sigmoid(zp) };
}

/** Tokens that overlap none of `found` (both sorted by start). */
function uncovered(tokens: Token[], found: readonly { start: number; end: number }[]): boolean[] {
  const spans = [...found].sort((a, b) => a.start - b.start);
  const out = new Array<boolean>(tokens.length).fill(true);
  let k = 0;
  tokens.forEach((t, i) => {
    while (k < spans.length && spans[k].end <= t.start) k++;
    // Spans never nest after resolution, but a long one may cover several tokens: check the next few.
    for (let j = k; j < spans.length && spans[j].start < t.end; j++) if (spans[j].end > t.start) out[i] = false;
  });
  return out;
}

/** Per-token probabilities for the tokens the scorer reads (null elsewhere). */
export function scoreTokens(
  text: string,
  cased: string,
  found: readonly { start: number; end: number }[] = [],
  model: LearnedModel = LEARNED_DEID_MODEL,
): { tokens: Token[]; scores: ({ p: number; person: number } | null)[] } {
  const tokens = tokenize(text);
  const free = uncovered(tokens, found);
  const wanted = tokens.map((t, i) => free[i] && isCandidate(text, t));
  const feats = tokenFeatures(text, cased, tokens, wanted);
  return { tokens, scores: feats.map((f) => (f ? scoreFeatures(f, model) : null)) };
}

/**
 * Findings for the words the rules left: tokens at or above the threshold, merged with adjacent ones on the
 * same line into one span, extended over a facility or street word that follows ("Kowhai" + " Ward").
 */
export function detectLearned(
  text: string,
  cased: string,
  found: readonly { start: number; end: number }[],
  model: LearnedModel = LEARNED_DEID_MODEL,
): Candidate[] {
  if (model.threshold > 1) return [];
  const { tokens, scores } = scoreTokens(text, cased, found, model);
  const out: Candidate[] = [];
  const free = uncovered(tokens, found);
  for (let i = 0; i < tokens.length; i++) {
    const s = scores[i];
    if (!s || s.p < model.threshold) continue;
    let j = i;
    let best = s.p;
    let person = s.person;
    let n = 1;
    const joins = (a: Token, b: Token) => /^[ \t]?-?[ \t]?$/.test(text.slice(a.end, b.start));
    while (j + 1 < tokens.length && joins(tokens[j], tokens[j + 1])) {
      const next = scores[j + 1];
      if (next && next.p >= model.threshold) {
        best = Math.max(best, next.p);
        person += next.person;
        n++;
        j++;
      } else break;
    }
    let type: EntityType = person / n >= 0.5 ? "PERSON" : "LOCATION";
    const after = tokens[j + 1];
    if (type !== "PERSON" && after && free[j + 1] && joins(tokens[j], after) && isPlaceHead(after.lower, text.slice(after.start, after.end))) {
      j++;
      type = "FACILITY";
    }
    out.push({ start: tokens[i].start, end: tokens[j].end, type, confidence: Math.round(best * 100) / 100, priority: 1, source: "learned" });
    i = j;
  }
  return out;
}
