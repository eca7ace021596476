// The proximity ranking rule: how close consecutive query words are in a document. It needs
// word positions, so it is the one expensive criterion; the ranker only computes it for the
// documents whose cheaper criteria tie around the requested page.

import type { InvertedIndex } from "./inverted-index";
import type { QueryPlan } from "./query-plan";

/** Meilisearch's cap: words further apart (or in different attributes) all cost the same. */
export const MAX_PAIR_DISTANCE = 8;

export class ProximityScorer {
  /** term id → bit set of the query words it satisfies (valid when stamp matches). */
  private termWords = new Uint16Array(0);
  private termStamp = new Uint32Array(0);
  private generation = 0;
  private readonly lastPosition: Int32Array;
  private readonly bestDistance: Int32Array;

  constructor(maxWords: number) {
    this.lastPosition = new Int32Array(maxWords);
    this.bestDistance = new Int32Array(maxWords);
  }

  /** Marks which vocabulary words stand for which query word (synonyms cover their span). */
  prepare(index: InvertedIndex, plan: QueryPlan): void {
    const vocabularySize = index.vocabulary.size;
    if (this.termWords.length < vocabularySize) {
      const size = Math.max(vocabularySize, this.termWords.length * 2, 1024);
      this.termWords = new Uint16Array(size);
      this.termStamp = new Uint32Array(size);
    }
    this.generation = (this.generation + 1) >>> 0 || 1;
    const mark = (termId: number, wordIndex: number) => {
      if (this.termStamp[termId] !== this.generation) {
        this.termStamp[termId] = this.generation;
        this.termWords[termId] = 0;
      }
      this.termWords[termId] |= 1 << wordIndex;
    };
    plan.words.forEach((word, i) => word.derivations.forEach((d) => mark(d.termId, i)));
    for (const span of plan.spans) {
      for (const phrase of span.alternatives) {
        for (const termId of phrase) for (let i = span.start; i < span.end; i++) mark(termId, i);
      }
    }
  }

  /**
   * Sum over consecutive pairs of the first `words` query words of their smallest distance
   * (a reversed pair costs one more), capped at MAX_PAIR_DISTANCE per pair.
   */
  score(index: InvertedIndex, slot: number, words: number): number {
    if (words < 2) return 0;
    const attributes = index.tokens[slot];
    if (!attributes) return (words - 1) * MAX_PAIR_DISTANCE;
    const { lastPosition: last, bestDistance: best, termWords, termStamp, generation } = this;
    best.fill(MAX_PAIR_DISTANCE, 0, words - 1);
    for (const termIds of attributes) {
      last.fill(-1, 0, words); // distances never span two attributes
      for (let position = 0; position < termIds.length; position++) {
        const termId = termIds[position];
        if (termStamp[termId] !== generation) continue;
        const bits = termWords[termId];
        for (let i = 0; i < words; i++) {
          if ((bits & (1 << i)) === 0) continue;
          if (i > 0 && last[i - 1] !== -1) {
            const forward = Math.max(1, position - last[i - 1]);
            if (forward < best[i - 1]) best[i - 1] = forward;
          }
          if (i + 1 < words && last[i + 1] !== -1) {
            const reversed = position - last[i + 1] + 1;
            if (reversed < best[i]) best[i] = reversed;
          }
          last[i] = position;
        }
      }
    }
    let total = 0;
    for (let i = 0; i < words - 1; i++) total += best[i];
    return total;
  }
}
