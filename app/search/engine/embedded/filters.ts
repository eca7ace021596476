// Filters with Meilisearch semantics: values within one filter are OR-ed (`topics IN [a, b]`),
// filters are AND-ed, a year range excludes documents without a year.

import { resolveYearRange } from "../settings";
import type { FacetName, SearchFilters } from "../types";
import type { ScratchBuffer } from "./growable";
import type { InvertedIndex } from "./inverted-index";

const LIST_FILTERS: readonly (keyof SearchFilters & FacetName)[] = ["kind", "type", "topics", "countries", "languages"];

/**
 * Which slots pass the filters. Each slot carries the number of filters it has passed so far;
 * a slot only advances from level k-1 to k, so a document holding two of the requested values
 * of one filter is counted once.
 */
export class FilterMask {
  constructor(
    private readonly levels: Uint8Array,
    private readonly required: number,
  ) {}

  passes(slot: number): boolean {
    return this.levels[slot] === this.required;
  }
}

/** Returns null when nothing is filtered, so callers can skip the check entirely. */
export function buildFilterMask(
  index: InvertedIndex,
  filters: SearchFilters | undefined,
  buffer: ScratchBuffer<Uint8Array>,
): FilterMask | null {
  if (!filters) return null;
  const levels = buffer.take(index.slotCount, true);
  let required = 0;

  for (const field of LIST_FILTERS) {
    const values = filters[field];
    if (!values || values.length === 0) continue;
    required++;
    const facet = index.facets[field];
    for (const value of new Set<string>(values)) {
      const valueId = facet.idOf(value);
      if (valueId === undefined) continue;
      for (const slot of facet.postings[valueId]) {
        if (levels[slot] === required - 1) levels[slot] = required;
      }
    }
  }

  const range = resolveYearRange(filters);
  const from = range.from ?? -Infinity;
  const to = range.to ?? Infinity;
  if (range.from !== undefined || range.to !== undefined) {
    required++;
    const years = index.years;
    for (let slot = 0; slot < levels.length; slot++) {
      // NaN (no year) fails both comparisons, as a Meilisearch range filter excludes it.
      if (levels[slot] === required - 1 && years[slot] >= from && years[slot] <= to) levels[slot] = required;
    }
  }

  return required === 0 ? null : new FilterMask(levels, required);
}
