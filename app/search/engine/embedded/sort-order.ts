// Global orders by a sortable field, cached until the index changes. Placeholder searches
// (empty query: the library's landing page) then walk a precomputed order instead of sorting
// every document on every request.

import type { InvertedIndex } from "./inverted-index";

export type SortField = "updatedAt" | "verifiedAt";

export interface SortOrder {
  /** Live slots, descending by the field; documents without a value last; ties in slot order. */
  slots: Int32Array;
  /** slot → dense rank (equal values share a rank; missing values rank after all others). */
  rank: Int32Array;
}

export class SortOrderCache {
  private cached = new Map<SortField, { version: number; order: SortOrder }>();

  get(index: InvertedIndex, field: SortField): SortOrder {
    const hit = this.cached.get(field);
    if (hit && hit.version === index.version) return hit.order;
    const order = buildSortOrder(index, field);
    this.cached.set(field, { version: index.version, order });
    return order;
  }
}

function buildSortOrder(index: InvertedIndex, field: SortField): SortOrder {
  const values = field === "updatedAt" ? index.updatedAt : index.verifiedAt;
  const live: number[] = [];
  for (let slot = 0; slot < index.slotCount; slot++) if (index.isLive(slot)) live.push(slot);
  const present = (slot: number) => !Number.isNaN(values[slot]);
  live.sort((a, b) => {
    const pa = present(a);
    const pb = present(b);
    if (pa !== pb) return pa ? -1 : 1;
    if (pa && values[a] !== values[b]) return values[b] - values[a];
    return a - b;
  });
  const rank = new Int32Array(index.slotCount);
  let current = -1;
  for (let i = 0; i < live.length; i++) {
    const slot = live[i];
    const previous = i > 0 ? live[i - 1] : -1;
    const sameAsPrevious =
      previous !== -1 && (present(slot) ? values[slot] === values[previous] : !present(previous));
    if (!sameAsPrevious) current++;
    rank[slot] = current;
  }
  return { slots: Int32Array.from(live), rank };
}
