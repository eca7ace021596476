// Free text over the directory. This is the ONE place that decides how `q` matches profiles: today
// Postgres full-text search over the weighted search_vector (name, specialties, bio); when the site's
// search module serves facilitators, only this file changes (match ids from the engine, rank by its order).
import { sql, type SQL } from "drizzle-orm";

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

/**
 * How `q` narrows and ranks the directory, or null when there is no free text. Every word must match;
 * each word also matches as a prefix, so "facilit" finds "facilitator".
 */
export async function matchFacilitatorText(q: string): Promise<TextMatch | null> {
  const words = queryWords(q);
  if (!words.length) return null;
  const tsquery = sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(" & ")})`;
  return {
    where: sql`p.search_vector @@ ${tsquery}`,
    // Buckets of 0.01 so near-identical scores tie and rotate instead of fixing one order forever.
    rank: sql`floor(ts_rank(p.search_vector, ${tsquery}) * 100)::int`,
  };
}
