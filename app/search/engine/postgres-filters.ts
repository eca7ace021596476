// Filters and facet counts of Postgres search over the generated `facet_terms` column: every filterable
// value of a document as one 'facet:value' term (migration 0023's rn_facet_terms). The terms share a GIN
// index with the words, so a filtered search reads only the documents that pass its filters, and the
// facets of a set of documents are counted in one pass over their terms (ADR 006).

import { sql, type SQL } from "drizzle-orm";
import { textArray } from "./postgres-documents";
import { resolveYearRange } from "./settings";
import type { FacetName, SearchFilters } from "./types";

/** A year range spelt out as terms only when it is this short; a longer one is checked on the rows alone. */
const MAX_YEAR_TERMS = 60;

const termsOf = (facet: FacetName, values: readonly (string | number)[]) => textArray(values.map((v) => `${facet}:${v}`));

/**
 * The filters as SQL conditions on `d`: `terms` the GIN index can answer, `rows` checked on the rows. Values
 * within one filter are OR-ed (the document has any of their terms), different filters AND-ed. A bounded year
 * range is also written as year terms, so the index can narrow it; the plain comparison keeps it exact.
 */
export function filterConditions(filters: SearchFilters | undefined): { terms: SQL[]; rows: SQL[] } {
  const parts: SQL[] = [];
  const rows: SQL[] = [];
  for (const facet of ["kind", "type", "topics", "countries", "languages"] as const) {
    const values = filters?.[facet];
    if (values?.length) parts.push(sql`d.facet_terms && ${termsOf(facet, values)}`);
  }
  const { from, to } = resolveYearRange(filters);
  if (from !== undefined && to !== undefined && to >= from && to - from < MAX_YEAR_TERMS) {
    parts.push(
      sql`d.facet_terms && ${termsOf(
        "year",
        Array.from({ length: to - from + 1 }, (_, i) => from + i),
      )}`,
    );
  }
  if (from !== undefined) rows.push(sql`d.year >= ${from}`);
  if (to !== undefined) rows.push(sql`d.year <= ${to}`);
  return { terms: parts, rows };
}

/**
 * Term counts of the documents in `source` (a CTE with a facet_terms column), as one JSON array. The terms are
 * unnested in the select list, which streams them; a lateral unnest would fill a tuple store for every row.
 */
export function facetCountsSql(source: SQL): SQL {
  return sql`(select json_agg(json_build_object('t', t, 'n', n)) from (
    select t, count(*)::int as n from (select unnest(s.facet_terms) as t from ${source} s) u group by t) c)`;
}

/** Splits term counts into the requested facets' value counts; `count` may scale each one. */
export function facetCountsOf(
  rows: Array<{ t: string; n: number }>,
  facets: readonly FacetName[],
  count: (n: number) => number = (n) => n,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = Object.fromEntries(facets.map((f) => [f, {}]));
  for (const { t, n } of rows) {
    const colon = t.indexOf(":");
    const values = out[t.slice(0, colon)];
    if (values) values[t.slice(colon + 1)] = count(Number(n));
  }
  return out;
}
