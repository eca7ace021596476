// Facet counts with Meilisearch facetDistribution semantics: counted over every document
// matching the query and the filters, zero counts omitted, values in alphabetical order.

import type { FacetName } from "../types";
import type { FacetField } from "./facet-store";
import type { InvertedIndex } from "./inverted-index";

export function countFacets(
  index: InvertedIndex,
  facets: readonly FacetName[],
  matchedSlots: ArrayLike<number>,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const facet of facets) {
    const field = index.facets[facet];
    const counts = new Int32Array(field.values.length);
    if (field.multiValued) countMultiValued(field, matchedSlots, counts);
    else countSingleValued(field, matchedSlots, counts);
    const present: [string, number][] = [];
    for (let id = 0; id < counts.length; id++) if (counts[id] > 0) present.push([field.values[id], counts[id]]);
    present.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out[facet] = Object.fromEntries(present);
  }
  return out;
}

function countSingleValued(field: FacetField, slots: ArrayLike<number>, counts: Int32Array): void {
  const first = field.first.array;
  for (let i = 0; i < slots.length; i++) {
    const value = first[slots[i]];
    if (value >= 0) counts[value]++;
  }
}

function countMultiValued(field: FacetField, slots: ArrayLike<number>, counts: Int32Array): void {
  const starts = field.starts.array;
  const perDoc = field.counts.array;
  const flat = field.flat.array;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    const start = starts[slot];
    const end = start + perDoc[slot];
    for (let v = start; v < end; v++) counts[flat[v]]++;
  }
}
