// Documents containing every word of a synonym phrase. Posting lists are sorted by slot, so
// the phrase is the intersection of its words' lists, starting from the rarest and galloping
// through the longer ones: "duty of candour" costs the size of "duty", not of "of".

import type { InvertedIndex } from "./inverted-index";

export interface PhraseMatches {
  slots: ArrayLike<number>;
  /** Attribute masks of the phrase's words, OR-ed per slot. */
  masks: ArrayLike<number>;
}

export function matchPhrase(index: InvertedIndex, phrase: readonly number[]): PhraseMatches {
  const lists = phrase
    .map((termId) => ({ slots: index.postingSlots[termId] ?? [], masks: index.postingMasks[termId] ?? [] }))
    .sort((a, b) => a.slots.length - b.slots.length);
  if (lists.length === 0) return { slots: [], masks: [] };
  let current: PhraseMatches = lists[0];
  for (let i = 1; i < lists.length && current.slots.length > 0; i++) current = intersect(current, lists[i]);
  return current;
}

/** Sorted-list intersection; `small` is walked, `large` is searched by galloping. */
function intersect(small: PhraseMatches, large: PhraseMatches): PhraseMatches {
  const slots: number[] = [];
  const masks: number[] = [];
  let from = 0;
  for (let i = 0; i < small.slots.length && from < large.slots.length; i++) {
    const target = small.slots[i];
    // Gallop: double the step until past the target, then binary search the last step.
    let step = 1;
    let high = from;
    while (high < large.slots.length && large.slots[high] < target) {
      from = high;
      high += step;
      step *= 2;
    }
    let low = from;
    high = Math.min(high, large.slots.length);
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (large.slots[mid] < target) low = mid + 1;
      else high = mid;
    }
    from = low;
    if (from < large.slots.length && large.slots[from] === target) {
      slots.push(target);
      masks.push(small.masks[i] | large.masks[from]);
    }
  }
  return { slots, masks };
}
