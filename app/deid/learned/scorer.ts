/**
 * The learned token scorer: a logistic model over the features of features.ts, fitted by `npm run fit:deid`
 * on the project's own labelled texts only. It reads every word the written rules left and ADDS a finding
 * where the word looks like part of a name, place or facility with a probability at or above the fitted
 * threshold (recall first: a reviewer clears a false finding in one click). It never removes a finding.
 */
import type { Candidate, EntityType } from "../types";
import { candidates, isPlaceHead, tokenFeatures, tokenize, type Token } from "./features";
import { LEARNED_DEID_MODEL } from "./model-weights";

/** One logistic model with its person head. */
export interface LearnedHead {
  /** Probability from which a token is a finding (above 1: the head is off). */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  personBias: number;
  person: Record<string, number>;
}

export interface LearnedModel extends LearnedHead {
  /** FEATURE_SET_VERSION of the features the weights were fitted on. */
  featureSet: number;
  /**
   * The head for common words read where a name can sit ("Precious", "Hope", "dr marsh"), fitted on those
   * words only; without it they are not read. The main head reads the rare words.
   */
  common?: LearnedHead;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Probability that a token with these features is part of an identifier, and that it is a person's name. */
export function scoreFeatures(features: readonly string[], model: LearnedHead = LEARNED_DEID_MODEL): { p: number; person: number } {
  const table = weightTable(model);
  let z = model.bias;
  let zp = model.personBias;
  for (const f of features) {
    const w = table.get(f);
    if (w) {
      z += w[0];
      zp += w[1];
    }
  }
  return { p: sigmoid(z), person: sigmoid(zp) };
}

/** Both heads' weights of a feature in one lookup (a feature name is a fresh string: hashing it once matters). */
const tables = new WeakMap<LearnedHead, Map<string, readonly [number, number]>>();
function weightTable(model: LearnedHead): Map<string, readonly [number, number]> {
  let table = tables.get(model);
  if (!table) {
    table = new Map();
    for (const k of new Set([...Object.keys(model.weights), ...Object.keys(model.person)])) table.set(k, [model.weights[k] ?? 0, model.person[k] ?? 0]);
    tables.set(model, table);
  }
  return table;
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

/**
 * A word in a medication frame is a drug, whatever its shape: after a verb that gives, starts or changes a
 * treatment ("switched to Tazocin", "commenced on Clexane", "relais par Tazocilline"), or before a dose or a
 * route ("Keflex 500 mg", "Fragmin sc"). Brand names follow no drug stem and no list holds them all.
 */
const MEDICATION_BEFORE =
  /\b(?:switch(?:ed|ing)?|chang(?:ed|ing)|start(?:ed|ing)|re-?start(?:ed|ing)?|commenc(?:ed|ing)|resum(?:ed|ing)|convert(?:ed|ing)|escalat(?:ed|ing)|stepped down|wean(?:ed|ing)|titrat(?:ed|ing)|prescrib(?:ed|ing)|gave|given|giving|administer(?:ed|ing)|dose of|doses of|course of|trial of|loaded with|relais par|passage (?:à|au|aux)|mise? sous|débuté|introduit)\s+(?:(?:to|on|onto|with|of|by|sur)\s+)?(?:(?:oral|iv|po|sc|im|the|a|an|her|his|their|more|some|du|de la|des|le|la)\s+)?$/i;
const MEDICATION_AFTER =
  /^\s*(?:\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g|ml|units?|iu|ui|mmol|%)(?![\p{L}])|(?:iv|po|sc|im|nebs?|bd|bid|tds|tid|qds|qid|od|prn|stat|q\d+h)(?![\p{L}]))/iu;

function inMedicationFrame(text: string, t: Token): boolean {
  return MEDICATION_BEFORE.test(text.slice(Math.max(0, t.start - 48), t.start)) || MEDICATION_AFTER.test(text.slice(t.end, t.end + 24));
}

/** A token's scores: probability of an identifier, of a person, and whether it passes its head's threshold. */
export interface TokenScore {
  p: number;
  person: number;
  over: boolean;
}

/** Per-token probabilities for the tokens the scorer reads (null elsewhere), each by its own head. */
export function scoreTokens(
  text: string,
  cased: string,
  found: readonly { start: number; end: number }[] = [],
  model: LearnedModel = LEARNED_DEID_MODEL,
): { tokens: Token[]; scores: (TokenScore | null)[]; free: boolean[] } {
  const tokens = tokenize(text);
  const free = uncovered(tokens, found);
  const read = candidates(text, tokens, !!model.common);
  const headOf = (i: number) => (read[i] === "rare" ? model : read[i] === "common" ? model.common : undefined);
  const wanted = tokens.map((t, i) => free[i] && !!headOf(i) && !inMedicationFrame(text, t));
  const feats = tokenFeatures(text, cased, tokens, wanted);
  const scores = feats.map((f, i) => {
    const head = headOf(i);
    if (!f || !head) return null;
    const s = scoreFeatures(f, head);
    return { ...s, over: s.p >= head.threshold };
  });
  return { tokens, scores, free };
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
  if (model.threshold > 1 && (model.common?.threshold ?? 2) > 1) return [];
  const { tokens, scores, free } = scoreTokens(text, cased, found, model);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = scores[i];
    if (!s?.over) continue;
    let j = i;
    let best = s.p;
    let person = s.person;
    let n = 1;
    const joins = (a: Token, b: Token) => /^[ \t]?-?[ \t]?$/.test(text.slice(a.end, b.start));
    while (j + 1 < tokens.length && joins(tokens[j], tokens[j + 1])) {
      const next = scores[j + 1];
      if (next?.over) {
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
