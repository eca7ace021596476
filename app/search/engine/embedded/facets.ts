// Facet counts with Meilisearch facetDistribution semantics: counted over every document
// matching the query and the filters, zero counts omitted, values in alphabetical order.

import type { FacetName } from "../types";
import type { InvertedIndex } from "./inverted-index";

export function countFacets(
  index: InvertedIndex,
  facets: readonly FacetName[],
  matchedSlots: ArrayLike<number>,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const facet of new Set(facets)) {
    const field = index.facets[facet];
    if (!field) continue;
    const counts = new Int32Array(field.values.length);
    for (let i = 0; i < matchedSlots.length; i++) {
      const valueIds = field.byDoc[matchedSlots[i]];
      if (!valueIds) continue;
      for (let v = 0; v < valueIds.length; v++) counts[valueIds[v]]++;
    }
    const present: [string, number][] = [];
    for (let id = 0; id < counts.length; id++) if (counts[id] > 0) present.push([field.values[id], counts[id]]);
    present.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out[facet] = Object.fromEntries(present);
  }
  return out;
}
