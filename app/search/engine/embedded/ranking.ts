// Orders matched documents and cuts out the requested page, following the ranking rules in
// settings.ts: sort, words, typo, proximity, attribute, exactness; ties in insertion order.
//
// Like Meilisearch's bucket sort, candidates are first grouped by the cheap leading criteria
// (words, typo); only the buckets overlapping the requested page are ranked further, and
// only they pay for proximity. Inside a bucket the remaining criteria and the slot are packed
// into one number, so selecting the page is a native numeric sort or a small heap.

import { MAX_QUERY_WORDS } from "../settings";
import type { FilterMask } from "./filters";
import type { ScratchBuffer } from "./growable";
import type { InvertedIndex } from "./inverted-index";
import type { Candidates } from "./matcher";
import { proximityOf } from "./proximity";
import type { SortOrder } from "./sort-order";
import { smallestSorted } from "./top-k";

const SLOT_FACTOR = 2 ** 21; // slots must stay below ~2M; the engine compacts long before
const EXACT_RANGE = 16;
const ATTRIBUTE_RANGE = 64;
const PROXIMITY_RANGE = 128;
const TYPO_RANGE = 32;
const WORDS_RANGE = 16;
/** Upper bound of relevanceKey(). */
const RELEVANCE_RANGE = WORDS_RANGE * TYPO_RANGE * PROXIMITY_RANGE * ATTRIBUTE_RANGE * EXACT_RANGE;

export interface PageWindow {
  offset: number;
  limit: number;
}

/** Reusable per-index arrays for ranking (see ScratchBuffer). */
export interface RankingBuffers {
  keys: ScratchBuffer<Float64Array>;
  /** A second key array, for selections that must not disturb `keys`. */
  selection: ScratchBuffer<Float64Array>;
  slots: ScratchBuffer<Int32Array>;
}

function wordsTypoBucket(c: Candidates, i: number): number {
  return (MAX_QUERY_WORDS - c.words[i]) * TYPO_RANGE + c.typos[i];
}

/** Criteria after typo, packed: proximity, attribute, exactness (lower is better for each). */
function withinBucketKey(c: Candidates, i: number, proximity: number): number {
  return (proximity * ATTRIBUTE_RANGE + c.attributes[i]) * EXACT_RANGE + (EXACT_RANGE - 1 - c.exact[i]);
}

function relevanceKey(c: Candidates, i: number, proximity: number): number {
  return wordsTypoBucket(c, i) * PROXIMITY_RANGE * ATTRIBUTE_RANGE * EXACT_RANGE + withinBucketKey(c, i, proximity);
}

function assertSlotRange(index: InvertedIndex): void {
  if (index.slotCount >= SLOT_FACTOR) throw new Error("Embedded search index exceeds 2M document slots");
}

/** Slots of the requested page, ordered by relevance. */
export function rankByRelevance(
  index: InvertedIndex,
  candidates: Candidates,
  window: PageWindow,
  buffers: RankingBuffers,
): number[] {
  assertSlotRange(index);
  const count = candidates.count;
  const end = Math.min(count, window.offset + window.limit);
  if (window.offset >= end) return [];

  const bucketSizes = new Int32Array(WORDS_RANGE * TYPO_RANGE);
  for (let i = 0; i < count; i++) bucketSizes[wordsTypoBucket(candidates, i)]++;

  const page: number[] = [];
  let bucketStart = 0;
  for (let bucket = 0; bucket < bucketSizes.length && bucketStart < end; bucket++) {
    const size = bucketSizes[bucket];
    const bucketEnd = bucketStart + size;
    if (size > 0 && bucketEnd > window.offset) {
      const keys = buffers.keys.take(size);
      let k = 0;
      for (let i = 0; i < count; i++) {
        if (wordsTypoBucket(candidates, i) !== bucket) continue;
        const slot = candidates.slots[i];
        const proximity = proximityOf(index, candidates.state, slot, candidates.words[i]);
        keys[k++] = withinBucketKey(candidates, i, proximity) * SLOT_FACTOR + slot;
      }
      const wanted = Math.min(size, end - bucketStart);
      const best = smallestSorted(keys, wanted);
      for (let j = Math.max(0, window.offset - bucketStart); j < wanted; j++) page.push(best[j] % SLOT_FACTOR);
    }
    bucketStart = bucketEnd;
  }
  return page;
}

/**
 * Slots of the requested page, ordered by a sort field first and relevance second (the "sort"
 * rule leads). Proximity is left out of the tie-break: ties on an exact timestamp are rare.
 */
export function rankBySortField(
  index: InvertedIndex,
  candidates: Candidates,
  order: SortOrder,
  window: PageWindow,
  buffers: RankingBuffers,
): number[] {
  assertSlotRange(index);
  const count = candidates.count;
  const end = Math.min(count, window.offset + window.limit);
  if (window.offset >= end) return [];
  const primary = buffers.keys.take(count);
  for (let i = 0; i < count; i++) {
    primary[i] = order.rank[candidates.slots[i]] * RELEVANCE_RANGE + relevanceKey(candidates, i, 0);
  }
  // The end-th smallest key is the cut-off; everything at or below it is sorted with the slot
  // as the final tie-break (a plain numeric selection cannot carry the slot along).
  const selection = buffers.selection.take(count);
  selection.set(primary);
  const cutOff = smallestSorted(selection, end)[end - 1];
  const selected: number[] = [];
  for (let i = 0; i < count; i++) if (primary[i] <= cutOff) selected.push(i);
  selected.sort((a, b) => primary[a] - primary[b] || candidates.slots[a] - candidates.slots[b]);
  return selected.slice(window.offset, end).map((i) => candidates.slots[i]);
}

/** Placeholder search (no query words): every live document passing the filters, in `order`. */
export function placeholderMatches(
  order: SortOrder,
  filter: FilterMask | null,
  window: PageWindow,
  buffers: RankingBuffers,
): { page: number[]; matched: Int32Array } {
  let matched = order.slots;
  if (filter) {
    const passing = buffers.slots.take(order.slots.length);
    let count = 0;
    for (const slot of order.slots) if (filter.passes(slot)) passing[count++] = slot;
    matched = passing.subarray(0, count);
  }
  return { page: Array.from(matched.subarray(window.offset, window.offset + window.limit)), matched };
}
