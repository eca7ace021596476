// Turns a visitor's words into PostgreSQL tsqueries the way Meilisearch reads a query: every word
// must match; the last word also matches as a prefix (search as you type); synonyms from
// settings.ts widen a word or a phrase; typos are tolerated from five letters (one edit) and nine
// letters (two edits), by widening a word to the indexed words that close to it. The last word's
// prefix is spelt out as the indexed words it begins, when they are few: the same matches, but the
// GIN index then reads their posting lists directly instead of collecting a prefix's into a bitmap.

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
  /**
   * Every indexed word the last word begins (itself included), when there are at most MAX_COMPLETIONS of them;
   * null keeps the prefix as a prefix (`word:*`).
   */
  completions: string[] | null;
}

/**
 * A last word that begins at most this many indexed words is matched as those words. A prefix match makes the
 * GIN index gather every matching word's documents into a bitmap first, about twice the work of reading the
 * same words' posting lists (ADR 006, third pass); past a few words, the longer query costs ts_rank more.
 */
export const MAX_COMPLETIONS = 8;
/** Shorter prefixes begin too many words to be worth looking up. */
const MIN_COMPLETION_LENGTH = 3;

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

/**
 * One round trip to the typo vocabulary: indexed words within each query word's typo budget (the last word may
 * also be a typo'd prefix), and the indexed words the last word begins, when there are few of them.
 */
export async function findWordVariants(db: Queryable, units: QueryUnit[]): Promise<Pick<PlannedQuery, "typos" | "completions">> {
  const words = units.flatMap((u) => u.words);
  const last = words.length;
  const lastWord = words[last - 1] ?? "";
  const candidates = words.map((w, i) => ({ w, i: i + 1 })).filter(({ w }) => typoBudget(w) > 0);
  const completing = [...lastWord].length >= MIN_COMPLETION_LENGTH;
  const typos = new Map<string, string[]>();
  if (!candidates.length && !completing) return { typos, completions: null };
  const values = sql.join(
    candidates.map(({ w, i }) => sql`(${w}::text, ${i}::int, ${typoBudget(w)}::int)`),
    sql`, `,
  );
  // Two branches, so each can use the trigram index: whole words within the budget (similarity),
  // and, for the last word only, words whose beginning is within it (word similarity).
  const typoRows = sql`select q.w, v.word, false as completion
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
          limit 30) v`;
  // One more than the most that are spelt out, so "too many" is known without reading them all.
  const pattern = `${lastWord.replace(/[\\%_]/g, "\\$&")}%`;
  const completionRows = sql`select ${lastWord}::text as w, s.word, true as completion
        from search_words s where s.word like ${pattern} limit ${MAX_COMPLETIONS + 1}`;
  const parts = [...(candidates.length ? [typoRows] : []), ...(completing ? [completionRows] : [])];
  const rows = await executeRows<{ w: string; word: string; completion: boolean }>(
    db,
    sql.join(
      parts.map((part) => sql`(${part})`),
      sql` union all `,
    ),
  );
  const completed = rows.filter((r) => r.completion).map((r) => r.word);
  for (const { w, word } of rows.filter((r) => !r.completion)) typos.set(w, [...(typos.get(w) ?? []), word]);
  return { typos, completions: completed.length && completed.length <= MAX_COMPLETIONS ? completed.sort() : null };
}

const quote = (word: string) => `'${word.replace(/'/g, "''")}'`;

/**
 * The tsquery text for the planned query; with `typos` false, only exact words, prefixes and synonyms (ranking
 * puts documents matching that first). With `completions`, the last word is spelt out as the indexed words it
 * begins (the same matches, cheaper for the index); without, it stays a prefix, which is what ranking and
 * highlighting read (ts_rank weighs an OR of several words differently from one prefix).
 */
export function toTsquery(plan: PlannedQuery, { typos: withTypos, completions }: { typos: boolean; completions: boolean }): string {
  const total = plan.units.reduce((n, u) => n + u.words.length, 0);
  let position = 0;
  const parts = plan.units.map((unit) => {
    const own = unit.words.map((word) => {
      position += 1;
      const last = position === total;
      const spelt = last && completions ? plan.completions : null;
      const exact = spelt ? spelt.map(quote).join(" | ") : quote(word) + (last ? ":*" : "");
      // A typo variant the prefix already begins ('victims' for 'victim') is already among the spelt-out words.
      const typos = withTypos ? (plan.typos.get(word) ?? []).filter((t) => !spelt?.includes(t)).map(quote) : [];
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
  return { units, ...(await findWordVariants(db, units)) };
}
