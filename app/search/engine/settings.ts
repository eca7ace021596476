// Index settings shared by both engines, so that the embedded engine behaves like the
// Meilisearch index it stands in for. Change relevance here, not in an engine.

import { FACET_NAMES, type FacetName, type SearchFilters, type SearchQuery } from "./types";

/** Searchable attributes, most important first: the order drives the "attribute" ranking rule. */
export const SEARCHABLE_ATTRIBUTES = ["title", "summary", "body", "topics"] as const;

export const FILTERABLE_ATTRIBUTES: readonly FacetName[] = ["kind", "type", "topics", "countries", "languages", "year"];

export const SORTABLE_ATTRIBUTES = ["updatedAt", "verifiedAt", "year"] as const;

/**
 * Meilisearch's default rules with "sort" moved first: when a visitor picks "newest first" they
 * expect date order, not date order inside relevance buckets. Without a sort the rule is inert.
 */
export const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"] as const;

/** Meilisearch defaults, stated explicitly so both engines agree. */
export const TYPO_TOLERANCE = { minWordSizeForOneTypo: 5, minWordSizeForTwoTypos: 9 } as const;

/** Meilisearch ignores query words beyond the tenth; so do we. */
export const MAX_QUERY_WORDS = 10;

export const DEFAULT_HITS_PER_PAGE = 20;
export const MAX_HITS_PER_PAGE = 100;

/** Meilisearch stops counting at pagination.maxTotalHits; keep counts exhaustive for our sizes. */
export const MAX_TOTAL_HITS = 100_000;
export const MAX_VALUES_PER_FACET = 500;

/**
 * Groups of mutually equivalent words or phrases. A query for any member also finds documents
 * using another member. Kept to terms practitioners genuinely use interchangeably, plus
 * British/American spellings (the library mixes both).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["second victim", "involved clinician"],
  ["second victims", "involved clinicians"],
  ["adverse event", "patient safety incident"],
  ["adverse events", "patient safety incidents"],
  ["restorative", "relational"],
  ["open disclosure", "duty of candour", "duty of candor"],
  ["candour", "candor"],
  ["medication error", "medication incident"],
  ["whanau", "family"],
  ["wellbeing", "well being"],
  ["humanising", "humanizing"],
  ["paediatric", "pediatric"],
  ["anaesthesia", "anesthesia"],
  ["organisation", "organization"],
  ["behaviour", "behavior"],
];

/**
 * The synonym groups in Meilisearch's shape: every member maps to all the others, because
 * Meilisearch synonyms are one-way unless each direction is listed.
 */
export function synonymMap(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group) {
      const others = group.filter((other) => other !== term);
      map[term] = [...new Set([...(map[term] ?? []), ...others])];
    }
  }
  return map;
}

export interface ResolvedPaging {
  page: number;
  hitsPerPage: number;
}

/** Clamps caller-provided paging to sane values; both engines must agree on these. */
export function resolvePaging(query: Pick<SearchQuery, "page" | "hitsPerPage">): ResolvedPaging {
  const page = Number.isFinite(query.page) ? Math.max(1, Math.floor(query.page as number)) : 1;
  const requested = Number.isFinite(query.hitsPerPage) ? Math.floor(query.hitsPerPage as number) : DEFAULT_HITS_PER_PAGE;
  const hitsPerPage = Math.min(MAX_HITS_PER_PAGE, Math.max(1, requested));
  return { page, hitsPerPage };
}

export function totalPagesFor(totalHits: number, hitsPerPage: number): number {
  return Math.ceil(totalHits / hitsPerPage);
}

/** Requested facets we know, once each: unknown names (e.g. from a URL) are ignored, not errors. */
export function resolveFacets(facets: readonly string[] | undefined): FacetName[] {
  return [...new Set(facets ?? [])].filter((f): f is FacetName => (FACET_NAMES as readonly string[]).includes(f));
}

/** Year bounds as whole years; non-numbers mean "no bound". Both engines filter with these. */
export function resolveYearRange(filters: SearchFilters | undefined): { from?: number; to?: number } {
  const whole = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : undefined);
  return { from: whole(filters?.yearFrom), to: whole(filters?.yearTo) };
}
