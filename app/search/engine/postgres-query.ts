// Turns a visitor's words into PostgreSQL tsqueries the way Meilisearch reads a query: every word
// must match; the last word also matches as a prefix (search as you type); synonyms from
// settings.ts widen a word or a phrase; typos are tolerated from five letters (one edit) and nine
// letters (two edits), by widening a word to the indexed words that close to it.

import { sql } from "drizzle-orm";
import { executeRows, type Queryable } from "../../../db/client";
import { MAX_QUERY_WORDS, SYNONYM_GROUPS, TYPO_TOLERANCE } from "./settings";
import { tokenize } from "./text";

/** One query word, or a phrase that has synonyms, with what may stand in for it. */
export interface QueryUnit {
  words: string[];
  /** Synonym phrases (each a list of words) that satisfy the unit as well. */
  synonyms: string[][];
}

export interface PlannedQuery {
  units: QueryUnit[];
  /** Every word, with the indexed words within its typo budget (empty when none apply). */
  typos: Map<string, string[]>;
}

const SYNONYMS: Map<string, string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const group of SYNONYM_GROUPS) {
    for (const term of group) {
      const key = tokenize(term).join(" ");
      const others = group.filter((other) => other !== term).map(tokenize);
      map.set(key, [...(map.get(key) ?? []), ...others]);
    }
  }
  return map;
})();
const LONGEST_SYNONYM = Math.max(...[...SYNONYMS.keys()].map((k) => k.split(" ").length));

/** Edits tolerated in a word of this length (Meilisearch's defaults). */
export function typoBudget(word: string): number {
  const length = [...word].length;
  if (length >= TYPO_TOLERANCE.minWordSizeForTwoTypos) return 2;
  if (length >= TYPO_TOLERANCE.minWordSizeForOneTypo) return 1;
  return 0;
}

/** Splits the query into units, taking the longest synonym phrase at each position. */
export function planUnits(q: string): QueryUnit[] {
  const words = tokenize(q).slice(0, MAX_QUERY_WORDS);
  const units: QueryUnit[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 1;
    let synonyms: string[][] = [];
    for (let length = Math.min(LONGEST_SYNONYM, words.length - i); length >= 1; length--) {
      const found = SYNONYMS.get(words.slice(i, i + length).join(" "));
      if (found) {
        taken = length;
        synonyms = found;
        break;
      }
    }
    units.push({ words: words.slice(i, i + taken), synonyms });
    i += taken;
  }
  return units;
}

/** Indexed words within each query word's typo budget (the last word may also be a typo'd prefix). */
export async function findTypoVariants(db: Queryable, units: QueryUnit[]): Promise<Map<string, string[]>> {
  const words = units.flatMap((u) => u.words);
  const last = words.length;
  const candidates = words.map((w, i) => ({ w, i: i + 1 })).filter(({ w }) => typoBudget(w) > 0);
  const variants = new Map<string, string[]>();
  if (!candidates.length) return variants;
  const values = sql.join(
    candidates.map(({ w, i }) => sql`(${w}::text, ${i}::int, ${typoBudget(w)}::int)`),
    sql`, `,
  );
  const rows = await executeRows<{ w: string; word: string }>(
    db,
    // Two branches, so each can use the trigram index: whole words within the budget (similarity),
    // and, for the last word only, words whose beginning is within it (word similarity).
    sql`select q.w, v.word
        from (values ${values}) as q(w, i, budget)
        cross join lateral (
          select c.word from (
            select s.word from search_words s
            where s.word % q.w and levenshtein(s.word, q.w) <= q.budget
            union
            select s.word from search_words s
            where q.i = ${last} and q.w <% s.word and levenshtein(left(s.word, length(q.w)), q.w) <= q.budget) c
          where c.word <> q.w
          order by levenshtein(c.word, q.w), c.word
          limit 30) v`,
  );
  for (const { w, word } of rows) variants.set(w, [...(variants.get(w) ?? []), word]);
  return variants;
}

const quote = (word: string) => `'${word.replace(/'/g, "''")}'`;

/**
 * The tsquery text for the planned query; with `withTypos` false, only exact words, prefixes and
 * synonyms (ranking puts documents matching that first).
 */
export function toTsquery(plan: PlannedQuery, withTypos: boolean): string {
  const total = plan.units.reduce((n, u) => n + u.words.length, 0);
  let position = 0;
  const parts = plan.units.map((unit) => {
    const own = unit.words.map((word) => {
      position += 1;
      const exact = quote(word) + (position === total ? ":*" : "");
      const typos = withTypos ? (plan.typos.get(word) ?? []).map(quote) : [];
      return `(${[exact, ...typos].join(" | ")})`;
    });
    const alternatives = unit.synonyms.filter((p) => p.length).map((phrase) => `(${phrase.map(quote).join(" <-> ")})`);
    return `(${[`(${own.join(" & ")})`, ...alternatives].join(" | ")})`;
  });
  return parts.join(" & ");
}

export async function planQuery(db: Queryable, q: string): Promise<PlannedQuery | null> {
  const units = planUnits(q);
  if (!units.length) return null;
  return { units, typos: await findTypoVariants(db, units) };
}
