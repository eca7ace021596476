// Orders matched documents and cuts out the requested page, following the ranking rules in
// settings.ts: sort, words, typo, proximity, attribute, exactness; ties in insertion order.
//
// Relevance criteria are small integers, packed into one number with the slot in the low
// bits, so ordering is a native Float64Array sort rather than a comparator call per pair.
// Proximity is costly (it scans word positions), so like Meilisearch's bucket sort it is only
// computed for the documents whose (words, typo) bucket overlaps the requested page.

import { MAX_QUERY_WORDS } from "../settings";
import type { FilterMask } from "./filters";
import type { InvertedIndex } from "./inverted-index";
import type { Candidates } from "./matcher";
import type { ProximityScorer } from "./proximity";
import type { SortOrder } from "./sort-order";

const SLOT_FACTOR = 2 ** 21; // slots must stay below ~2M; the engine compacts long before
const EXACT_RANGE = 16;
const ATTRIBUTE_RANGE = 64;
const PROXIMITY_RANGE = 128;
const TYPO_RANGE = 32;
/** Keys sharing floor(key / BUCKET_DIVISOR) share the words and typo criteria. */
const BUCKET_DIVISOR = SLOT_FACTOR * PROXIMITY_RANGE * ATTRIBUTE_RANGE * EXACT_RANGE;
/** Upper bound of relevanceKey(): up to 15 missing words × the ranges below. */
const RELEVANCE_RANGE = 16 * TYPO_RANGE * PROXIMITY_RANGE * ATTRIBUTE_RANGE * EXACT_RANGE;

export interface PageWindow {
  offset: number;
  limit: number;
}

function relevanceKey(c: Candidates, i: number, proximity: number): number {
  const missingWords = MAX_QUERY_WORDS - c.words[i];
  const key = ((missingWords * TYPO_RANGE + c.typos[i]) * PROXIMITY_RANGE + proximity) * ATTRIBUTE_RANGE;
  return (key + c.attributes[i]) * EXACT_RANGE + (EXACT_RANGE - 1 - c.exact[i]);
}

function assertSlotRange(index: InvertedIndex): void {
  if (index.slotCount >= SLOT_FACTOR) throw new Error("Embedded search index exceeds 2M document slots");
}

/** Slots of the requested page, ordered by relevance. */
export function rankByRelevance(
  index: InvertedIndex,
  candidates: Candidates,
  proximity: ProximityScorer,
  window: PageWindow,
): number[] {
  assertSlotRange(index);
  const count = candidates.count;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = relevanceKey(candidates, i, 0) * SLOT_FACTOR + candidates.slots[i];
  keys.sort();

  const start = window.offset;
  const end = Math.min(count, window.offset + window.limit);
  if (start >= end) return [];

  // Widen the page to whole (words, typo) buckets, then let proximity reorder inside them.
  const bucket = (key: number) => Math.floor(key / BUCKET_DIVISOR);
  let segmentStart = start;
  while (segmentStart > 0 && bucket(keys[segmentStart - 1]) === bucket(keys[start])) segmentStart--;
  let segmentEnd = end;
  while (segmentEnd < count && bucket(keys[segmentEnd]) === bucket(keys[end - 1])) segmentEnd++;
  const proximityUnit = SLOT_FACTOR * ATTRIBUTE_RANGE * EXACT_RANGE;
  for (let i = segmentStart; i < segmentEnd; i++) {
    const slot = keys[i] % SLOT_FACTOR;
    const words = MAX_QUERY_WORDS - Math.floor(keys[i] / (BUCKET_DIVISOR * TYPO_RANGE));
    keys[i] += proximity.score(index, slot, words) * proximityUnit;
  }
  keys.subarray(segmentStart, segmentEnd).sort();

  const page: number[] = [];
  for (let i = start; i < end; i++) page.push(keys[i] % SLOT_FACTOR);
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
): number[] {
  assertSlotRange(index);
  const count = candidates.count;
  const primary = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    primary[i] = order.rank[candidates.slots[i]] * RELEVANCE_RANGE + relevanceKey(candidates, i, 0);
  }
  const indexes = new Uint32Array(count);
  for (let i = 0; i < count; i++) indexes[i] = i;
  indexes.sort((a, b) => primary[a] - primary[b] || candidates.slots[a] - candidates.slots[b]);
  const end = Math.min(count, window.offset + window.limit);
  const page: number[] = [];
  for (let i = window.offset; i < end; i++) page.push(candidates.slots[indexes[i]]);
  return page;
}

/** Placeholder search (no query words): every live document passing the filters. */
export function placeholderMatches(
  index: InvertedIndex,
  order: SortOrder,
  filter: FilterMask | null,
  window: PageWindow,
): { page: number[]; matched: Int32Array } {
  if (!filter) {
    const page = Array.from(order.slots.subarray(window.offset, window.offset + window.limit));
    return { page, matched: order.slots };
  }
  const matched: number[] = [];
  for (const slot of order.slots) if (filter.passes(slot)) matched.push(slot);
  return { page: matched.slice(window.offset, window.offset + window.limit), matched: Int32Array.from(matched) };
}
