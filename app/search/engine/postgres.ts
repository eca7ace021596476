// The default search engine: PostgreSQL full-text search over search_documents, on PGlite or on
// a PostgreSQL server. Nothing lives in the process, so every process answers from the same,
// always current rows. Matching follows Meilisearch's reading of a query (postgres-query.ts);
// ranking: exact words before typo matches, then ts_rank (title over summary over body), then
// newest first. Filters, facet counts and highlights (ts_headline, escaped) are all SQL.

import { sql, type SQL } from "drizzle-orm";
import { executeRows, type Database } from "../../../db/client";
import { escapeHtml, MARK_CLOSE, MARK_OPEN } from "./html";
import { deleteSearchDocuments, textArray, writeSearchDocuments } from "./postgres-documents";
import { planQuery, toTsquery } from "./postgres-query";
import { resolveFacets, resolvePaging, resolveYearRange, totalPagesFor } from "./settings";
import {
  DEFAULT_INDEX_UID,
  type EngineName,
  type FacetName,
  type ManagedSearchEngine,
  type SearchDocument,
  type SearchFilters,
  type SearchKind,
  type SearchQuery,
  type SearchResult,
} from "./types";

type DocumentRow = {
  id: string; kind: SearchKind; slug: string; title: string; summary: string; body: string; type: string | null;
  topics: string[]; countries: string[]; languages: string[]; year: number | null; updated_at: string | number;
  verified_at: string | number | null; title_hl: string; summary_hl: string;
};

/**
 * The most matches any step of a search reads one by one (ADR 006). Up to this many, results, facets and the
 * total are exact; above it, the page is ranked from capped candidates and the total is "about".
 */
export const CANDIDATE_CAP = 500;

/** Two significant figures, as an "about" figure is shown ("about 15,000"). */
function roughly(n: number): number {
  if (n < 100) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

/** Array-valued facets are counted per element; scalar ones per value. */
const FACET_COLUMNS: Record<FacetName, { column: SQL; array: boolean }> = {
  kind: { column: sql`kind`, array: false },
  type: { column: sql`type`, array: false },
  topics: { column: sql`topics`, array: true },
  countries: { column: sql`countries`, array: true },
  languages: { column: sql`languages`, array: true },
  year: { column: sql`year::text`, array: false },
};

function filterSql(filters: SearchFilters | undefined): SQL[] {
  const parts: SQL[] = [];
  const anyOf = (column: SQL, values: readonly string[] | undefined) => {
    if (values?.length) parts.push(sql`${column} = any(${textArray(values)})`);
  };
  const overlaps = (column: SQL, values: readonly string[] | undefined) => {
    if (values?.length) parts.push(sql`${column} && ${textArray(values)}`);
  };
  anyOf(sql`d.kind`, filters?.kind);
  anyOf(sql`d.type`, filters?.type);
  overlaps(sql`d.topics`, filters?.topics);
  overlaps(sql`d.countries`, filters?.countries);
  overlaps(sql`d.languages`, filters?.languages);
  const { from, to } = resolveYearRange(filters);
  if (from !== undefined) parts.push(sql`d.year >= ${from}`);
  if (to !== undefined) parts.push(sql`d.year <= ${to}`);
  return parts;
}

/** Escapes the highlighted text, then turns ts_headline's control-character markers into <mark>. */
function toHighlight(text: string): string {
  return escapeHtml(text)
    .replace(/\x01/g, "&lt;")
    .replace(/\x02/g, "&gt;")
    .replace(/\x03/g, MARK_OPEN)
    .replace(/\x04/g, MARK_CLOSE);
}

/**
 * ts_headline over a column with `<` and `>` swapped for control characters (the parser would
 * otherwise read a tag and skip the words in it) and matches wrapped in two more; any such
 * characters already in the text are removed first, so text can never forge a marker.
 */
function headline(column: SQL, tsquery: SQL | null): SQL {
  const safe = sql`translate(translate(${column}, chr(1) || chr(2) || chr(3) || chr(4), ''), '<>', chr(1) || chr(2))`;
  if (!tsquery) return safe;
  return sql`ts_headline('rn_search', ${safe}, ${tsquery}, 'HighlightAll=true, StartSel=' || chr(3) || ', StopSel=' || chr(4))`;
}

export class PostgresSearchEngine implements ManagedSearchEngine {
  readonly name: EngineName = "postgres";
  private readonly getDb: () => Database | Promise<Database>;

  private readonly cap: number;

  constructor(db: Database | (() => Database | Promise<Database>), options: { candidateCap?: number } = {}) {
    this.getDb = typeof db === "function" ? db : () => db;
    this.cap = options.candidateCap ?? CANDIDATE_CAP;
  }

  status() {
    return "ok" as const;
  }

  /** Documents are rows; there is nothing to create. */
  async ensureIndex(): Promise<void> {}

  async upsert(docs: SearchDocument[], indexUid = DEFAULT_INDEX_UID): Promise<void> {
    const db = await this.getDb();
    await db.transaction((tx) => writeSearchDocuments(tx, docs, indexUid));
  }

  async delete(ids: string[], indexUid = DEFAULT_INDEX_UID): Promise<void> {
    await deleteSearchDocuments(await this.getDb(), ids, indexUid);
  }

  async count(indexUid = DEFAULT_INDEX_UID): Promise<number> {
    const [row] = await executeRows<{ n: number }>(await this.getDb(), sql`select count(*)::int as n from search_documents where index_uid = ${indexUid}`);
    return Number(row?.n ?? 0);
  }

  /** One transaction, through a temporary name, so no reader ever sees a half-swapped pair. */
  async swap(a: string, b: string): Promise<void> {
    const db = await this.getDb();
    const parked = `${a}#swap#${Date.now().toString(36)}`;
    await db.transaction(async (tx) => {
      await tx.execute(sql`update search_documents set index_uid = ${parked} where index_uid = ${a}`);
      await tx.execute(sql`update search_documents set index_uid = ${a} where index_uid = ${b}`);
      await tx.execute(sql`update search_documents set index_uid = ${b} where index_uid = ${parked}`);
    });
  }

  async dropIndex(indexUid: string): Promise<void> {
    await (await this.getDb()).execute(sql`delete from search_documents where index_uid = ${indexUid}`);
  }

  async health(): Promise<boolean> {
    try {
      await (await this.getDb()).execute(sql`select 1`);
      return true;
    } catch {
      return false;
    }
  }

  async search(query: SearchQuery, indexUid = DEFAULT_INDEX_UID): Promise<SearchResult> {
    const started = performance.now();
    const db = await this.getDb();
    const { page, hitsPerPage } = resolvePaging(query);
    const cap = this.cap;
    const plan = await planQuery(db, query.q ?? "");
    const full = plan ? sql`to_tsquery('simple', ${toTsquery(plan, true)})` : null;
    const exact = plan ? sql`to_tsquery('simple', ${toTsquery(plan, false)})` : null;
    const conditions = [sql`d.index_uid = ${indexUid}`, ...(full ? [sql`d.search_vector @@ ${full}`] : []), ...filterSql(query.filters)];
    const where = sql.join(conditions, sql` and `);

    // Sort keys become columns of the page query, so the outer query can keep their order.
    const keys: Array<{ expr: SQL; direction: SQL }> = [];
    if (query.sort === "updatedAt:desc") keys.push({ expr: sql`d.updated_at`, direction: sql`desc` });
    if (query.sort === "verifiedAt:desc") keys.push({ expr: sql`d.verified_at`, direction: sql`desc nulls last` });
    // Exact matches (no typo) first, then ts_rank over the short title-summary-topics vector. Both are
    // computed for the candidates only (at most a few thousand rows), never for every match.
    const typos = !!plan && [...plan.typos.values()].some((words) => words.length > 0);
    if (full && exact && typos) keys.push({ expr: sql`(d.search_vector @@ ${exact})`, direction: sql`desc` });
    if (full) keys.push({ expr: sql`ts_rank(d.rank_vector, ${full})`, direction: sql`desc` });
    keys.push({ expr: sql`d.updated_at`, direction: sql`desc` }, { expr: sql`d.id`, direction: sql`` });
    const keyColumns = sql.join(keys.map((k, i) => sql`${k.expr} as ${sql.raw(`k${i}`)}`), sql`, `);
    const innerOrder = sql.join(keys.map((_, i) => sql`${sql.raw(`m.k${i}`)} ${keys[i]!.direction}`), sql`, `);
    const outerOrder = sql.join(keys.map((_, i) => sql`${sql.raw(`h.k${i}`)} ${keys[i]!.direction}`), sql`, `);
    // The order a plain index can give: the chosen sort, else newest first (how body-only matches rank).
    const leading = query.sort === "verifiedAt:desc" ? sql`d.verified_at desc nulls last, d.id` : sql`d.updated_at desc, d.id`;

    const facets = resolveFacets(query.facets);
    const facetQueries = facets.map((name) => {
      const { column, array } = FACET_COLUMNS[name];
      const value = array ? sql`unnest(${column})` : column;
      return sql`select ${name}::text as f, v, count(*)::int as n from (select ${value} as v from sample d) x where v is not null group by v`;
    });
    const facetJson = facetQueries.length
      ? sql`(select json_agg(json_build_object('f', f, 'v', v, 'n', n)) from (${sql.join(facetQueries, sql` union all `)}) fc)`
      : sql`null::json`;
    // Capped candidates (ADR 006). The work of ranking and counting grows with the matches, so no step reads
    // more than about CANDIDATE_CAP of them:
    // - `sample`: the first CANDIDATE_CAP + 1 matches in the table's order. When there are no more than the cap,
    //   they are all the matches: ranking, facets and the total are exact, as before.
    // - Above the cap, the candidates are the matches in the title, summary or topics (the ones ts_rank can put
    //   first, through their own index) and the newest matches (body-only matches rank by date), up to the cap
    //   each; the page is ranked from them. The total is the planner's estimate ("about"), and facets are the
    //   sample's counts scaled to it.
    // The planner prices `@@` like any cheap operator and may pick a sequential scan that evaluates the match on
    // every row; the GIN index answers the same question from its posting lists, hence the index, for this
    // statement only.
    const [result] = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return executeRows<{ total: number; capped: boolean; facets: unknown; hits: unknown }>(
      tx,
      sql`with sample as materialized (
            select d.id, d.kind, d.type, d.topics, d.countries, d.languages, d.year
            from search_documents d where ${where} limit ${cap + 1}),
          capped as (select count(*) > ${cap} as v, count(*)::int as n from sample),
          m as materialized (
            select d.id, ${keyColumns} from search_documents d
            where not (select v from capped) and d.index_uid = ${indexUid} and d.id in (select id from sample)
            union
            (select d.id, ${keyColumns} from search_documents d
             where (select v from capped) and ${where} ${full ? sql`and d.rank_vector @@ ${full}` : sql`and false`} limit ${cap})
            union
            (select d.id, ${keyColumns} from search_documents d where (select v from capped) and ${where} order by ${leading} limit ${cap})),
          page as (select m.* from m order by ${innerOrder} limit ${hitsPerPage} offset ${(page - 1) * hitsPerPage})
          select (select n from capped) as total,
                 (select v from capped) as capped,
                 ${facetJson} as facets,
                 (select json_agg(h order by h.rn) from (
                    select d.id, d.kind, d.slug, d.title, d.summary, d.body, d.type, d.topics, d.countries, d.languages,
                           d.year, d.updated_at, d.verified_at,
                           ${headline(sql`d.title`, full)} as title_hl, ${headline(sql`d.summary`, full)} as summary_hl,
                           row_number() over (order by ${outerOrder}) as rn
                    from page h join search_documents d on d.index_uid = ${indexUid} and d.id = h.id) h) as hits`,
      );
    });
    // Above the cap, the total is the planner's estimate of the matches (from the column statistics that ANALYZE
    // keeps, word frequencies included), never less than what the sample found.
    if (result?.capped) {
      const [planned] = await executeRows<{ "QUERY PLAN": unknown }>(db, sql`explain (format json) select 1 from search_documents d where ${where}`);
      const doc = planned?.["QUERY PLAN"];
      const parsed = (typeof doc === "string" ? JSON.parse(doc) : doc) as Array<{ Plan: { "Plan Rows": number } }>;
      result.total = Math.max(Number(result.total), Math.round(parsed[0]?.Plan["Plan Rows"] ?? 0));
    }
    const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;
    const rows = json<DocumentRow[] | null>(result?.hits) ?? [];
    const estimated = result?.capped === true;
    const totalHits = estimated ? roughly(Number(result?.total ?? 0)) : Number(result?.total ?? 0);
    // Above the cap, facet counts come from the sample, scaled to the estimated total.
    const scale = estimated ? totalHits / (cap + 1) : 1;
    const facetCounts: Record<string, Record<string, number>> = Object.fromEntries(facets.map((f) => [f, {}]));
    for (const { f, v, n } of json<Array<{ f: string; v: string; n: number }> | null>(result?.facets) ?? []) {
      facetCounts[f]![v] = estimated ? Math.max(1, roughly(Number(n) * scale)) : Number(n);
    }
    return {
      hits: rows.map((r) => ({
        doc: {
          id: r.id, kind: r.kind, slug: r.slug, title: r.title, summary: r.summary, body: r.body, type: r.type ?? null,
          topics: [...r.topics], countries: [...r.countries], languages: [...r.languages], year: r.year ?? null,
          updatedAt: Number(r.updated_at), verifiedAt: r.verified_at == null ? null : Number(r.verified_at),
        },
        highlight: { title: toHighlight(r.title_hl), summary: toHighlight(r.summary_hl) },
      })),
      totalHits,
      ...(estimated ? { totalHitsEstimated: true } : {}),
      page,
      // Above the cap, pages reach as far as the ranked candidates do.
      totalPages: estimated ? Math.min(totalPagesFor(totalHits, hitsPerPage), Math.max(1, Math.floor(cap / hitsPerPage))) : totalPagesFor(totalHits, hitsPerPage),
      hitsPerPage,
      facets: facetCounts,
      processingMs: performance.now() - started,
    };
  }
}
