// Free text over the directory. This is the ONE place that decides how `q` matches profiles.
// Matching goes through the site's search module (typo tolerance and prefixes, like every other search
// on the site) and, alongside it, Postgres full-text search over the weighted search_vector (name,
// specialties, bio), which keeps free text exact and complete when the engine is down, still filling its
// index after a start, or has more matches than it returns. Relevance is ts_rank, so equally relevant
// people tie and rotate fairly.
import { sql, type SQL } from "drizzle-orm";
import { searchSite } from "~/search/search.server";

export type TextMatch = {
  /** A condition over the alias `p` (facilitator_profiles). */
  where: SQL;
  /** A whole-number relevance over `p`; equal numbers count as equally relevant (then rotated fairly). */
  rank: SQL;
};

/** Words of the query, letters and digits only, so the tsquery string cannot be malformed. */
export function queryWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

const ENGINE_PAGES = 3;
const ENGINE_PAGE_SIZE = 100;

/** Profile ids the site's search engine matches for `q` (typos and prefixes included). */
async function idsFromSearchEngine(q: string): Promise<string[]> {
  const ids: string[] = [];
  try {
    for (let page = 1; page <= ENGINE_PAGES; page++) {
      const result = await searchSite({ q, filters: { kind: ["facilitator"] }, page, hitsPerPage: ENGINE_PAGE_SIZE });
      for (const hit of result.hits) if (hit.doc.kind === "facilitator") ids.push(hit.doc.id.slice("facilitator:".length));
      if (page >= result.totalPages) break;
    }
  } catch {
    // Full-text search below still answers; the directory never fails because search is unavailable.
  }
  return ids;
}

/**
 * How `q` narrows and ranks the directory, or null when there is no free text. Every word must match;
 * each word also matches as a prefix, so "facilit" finds "facilitator", and the engine adds typo matches.
 */
export async function matchFacilitatorText(q: string): Promise<TextMatch | null> {
  const words = queryWords(q);
  if (!words.length) return null;
  const tsquery = sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(" & ")})`;
  const fullText = sql`p.search_vector @@ ${tsquery}`;
  const engineIds = await idsFromSearchEngine(q);
  return {
    where: engineIds.length
      ? sql`(${fullText} or p.id in (${sql.join(
          engineIds.map((id) => sql`${id}`),
          sql`, `,
        )}))`
      : fullText,
    // Buckets of 0.01 so near-identical scores tie and rotate instead of fixing one order forever.
    rank: sql`floor(ts_rank(p.search_vector, ${tsquery}) * 100)::int`,
  };
}
