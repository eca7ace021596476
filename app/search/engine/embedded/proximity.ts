// The proximity ranking rule: how close consecutive query words are in a document. It reads
// the word positions stored with each posting, so it costs a merge of a few short lists per
// pair; the ranker still only asks for it inside the buckets around the requested page.
//
// Approximations (documented, deliberate): a word's positions are those of its best-typo
// derivation in the document; a pair matched through one synonym phrase counts as adjacent.

import type { InvertedIndex } from "./inverted-index";
import type { MatchState } from "./matcher";

/** Meilisearch's cap: words further apart (or in different attributes) all cost the same. */
export const MAX_PAIR_DISTANCE = 8;

/** Sum over consecutive pairs of the first `words` query words of their smallest distance. */
export function proximityOf(index: InvertedIndex, state: MatchState, slot: number, words: number): number {
  let total = 0;
  for (let i = 0; i + 1 < words; i++) total += pairDistance(index, state, slot, i);
  return total;
}

function pairDistance(index: InvertedIndex, state: MatchState, slot: number, i: number): number {
  const left = state.words[i];
  const right = state.words[i + 1];
  const generation = state.generation;
  if (left.stamp[slot] === generation && right.stamp[slot] === generation) {
    const leftTerm = left.term[slot];
    const rightTerm = right.term[slot];
    return smallestDistance(
      index.postingPositions[leftTerm],
      index.postingPositionStarts[leftTerm],
      left.posting[slot],
      index.postingPositions[rightTerm],
      index.postingPositionStarts[rightTerm],
      right.posting[slot],
    );
  }
  for (const span of state.spans) {
    if (span.span.start <= i && i + 1 < span.span.end && span.mask[slot] !== 0) return 1;
  }
  return MAX_PAIR_DISTANCE;
}

/**
 * Smallest distance from an occurrence of the left word to one of the right word, walking
 * both sorted position lists once. Right after left costs the gap; a reversed pair costs one
 * more, as in Meilisearch. Positions in different attributes are ≥ 2^16 apart, so they cap.
 */
function smallestDistance(
  leftPositions: number[],
  leftStarts: number[],
  leftPosting: number,
  rightPositions: number[],
  rightStarts: number[],
  rightPosting: number,
): number {
  let a = leftStarts[leftPosting];
  const aEnd = leftPosting + 1 < leftStarts.length ? leftStarts[leftPosting + 1] : leftPositions.length;
  let b = rightStarts[rightPosting];
  const bEnd = rightPosting + 1 < rightStarts.length ? rightStarts[rightPosting + 1] : rightPositions.length;
  let best = MAX_PAIR_DISTANCE;
  let lastLeft = -Infinity;
  let lastRight = -Infinity;
  while ((a < aEnd || b < bEnd) && best > 1) {
    const takeLeft = b >= bEnd || (a < aEnd && leftPositions[a] <= rightPositions[b]);
    if (takeLeft) {
      lastLeft = leftPositions[a++];
      best = Math.min(best, lastLeft - lastRight + 1); // reversed: right word came first
    } else {
      lastRight = rightPositions[b++];
      best = Math.min(best, Math.max(1, lastRight - lastLeft));
    }
  }
  return best;
}
