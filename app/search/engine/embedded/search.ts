// The query pipeline of one index: plan → filter → match → rank → page → highlight → facets.

import { copyDocument } from "../document";
import { resolveFacets, resolvePaging, totalPagesFor } from "../settings";
import type { SearchQuery, SearchResult } from "../types";
import { countFacets } from "./facets";
import { buildFilterMask, type FilterMask } from "./filters";
import { ScratchBuffer } from "./growable";
import { highlight } from "./highlight";
import type { InvertedIndex } from "./inverted-index";
import { matchQuery, MatchScratch, type Candidates } from "./matcher";
import { planQuery, type QueryPlan } from "./query-plan";
import { placeholderMatches, rankByRelevance, rankBySortField, type PageWindow, type RankingBuffers } from "./ranking";
import { SortOrderCache, type SortField } from "./sort-order";

/** Per-index reusable state: scratch memory and cached orders. */
export class SearchContext {
  readonly scratch = new MatchScratch();
  readonly sortOrders = new SortOrderCache();
  readonly filterLevels = new ScratchBuffer((n) => new Uint8Array(n));
  readonly ranking: RankingBuffers = {
    keys: new ScratchBuffer((n) => new Float64Array(n)),
    selection: new ScratchBuffer((n) => new Float64Array(n)),
    slots: new ScratchBuffer((n) => new Int32Array(n)),
  };
}

export function searchIndex(index: InvertedIndex, context: SearchContext, query: SearchQuery): SearchResult {
  const startedAt = performance.now();
  const { page, hitsPerPage } = resolvePaging(query);
  const window: PageWindow = { offset: (page - 1) * hitsPerPage, limit: hitsPerPage };
  const filter = buildFilterMask(index, query.filters, context.filterLevels);
  const plan = planQuery(query.q ?? "", index.vocabulary);
  const sortField = explicitSortField(query);

  let pageSlots: number[];
  let matched: ArrayLike<number>;
  if (plan.words.length === 0) {
    // Placeholder search: everything matching the filters, newest first unless told otherwise.
    const order = context.sortOrders.get(index, sortField ?? "updatedAt");
    ({ page: pageSlots, matched } = placeholderMatches(order, filter, window, context.ranking));
  } else {
    const candidates = matchWithFallback(index, context, plan, filter);
    matched = candidates.slots.subarray(0, candidates.count);
    if (sortField) {
      pageSlots = rankBySortField(index, candidates, context.sortOrders.get(index, sortField), window, context.ranking);
    } else {
      pageSlots = rankByRelevance(index, candidates, window, context.ranking);
    }
  }

  const hits = pageSlots.map((slot) => {
    const doc = index.docs[slot]!;
    return {
      doc: copyDocument(doc),
      highlight: { title: highlight(doc.title, plan.highlightWords), summary: highlight(doc.summary, plan.highlightWords) },
    };
  });
  const totalHits = matched.length;
  return {
    hits,
    totalHits,
    page,
    totalPages: totalPagesFor(totalHits, hitsPerPage),
    hitsPerPage,
    facets: countFacets(index, resolveFacets(query.facets), matched),
    processingMs: performance.now() - startedAt,
  };
}

/**
 * All words must match; when nothing does, fall back to Meilisearch's "last" strategy
 * (drop words from the end) so a stray word does not empty the page.
 */
function matchWithFallback(
  index: InvertedIndex,
  context: SearchContext,
  plan: QueryPlan,
  filter: FilterMask | null,
): Candidates {
  const strict = matchQuery(index, plan, "all", filter, context.scratch);
  if (strict.count > 0 || plan.words.length < 2) return strict;
  return matchQuery(index, plan, "last", filter, context.scratch);
}

function explicitSortField(query: SearchQuery): SortField | undefined {
  if (query.sort === "updatedAt:desc") return "updatedAt";
  if (query.sort === "verifiedAt:desc") return "verifiedAt";
  return undefined;
}
