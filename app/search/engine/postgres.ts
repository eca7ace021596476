// The default search engine: PostgreSQL full-text search over search_documents, on PGlite or on
// a PostgreSQL server. Nothing lives in the process, so every process answers from the same,
// always current rows. Matching follows Meilisearch's reading of a query (postgres-query.ts);
// ranking: exact words before typo matches, then ts_rank (title over summary over body), then
// newest first. Filters, facet counts and highlights (ts_headline, escaped) are all SQL.

import { sql, type SQL } from "drizzle-orm";
import { executeRows, type Database } from "../../../db/client";
import { escapeHtml, MARK_CLOSE, MARK_OPEN } from "./html";
import { deleteSearchDocuments, writeSearchDocuments } from "./postgres-documents";
import { facetCountsOf, facetCountsSql, filterConditions } from "./postgres-filters";
import { planQuery, toTsquery } from "./postgres-query";
import { resolveFacets, resolvePaging, totalPagesFor } from "./settings";
import {
  DEFAULT_INDEX_UID,
  type EngineName,
  type ManagedSearchEngine,
  type SearchDocument,
  type SearchKind,
  type SearchQuery,
  type SearchResult,
} from "./types";

type DocumentRow = {
  id: string;
  kind: SearchKind;
  slug: string;
  title: string;
  summary: string;
  body: string;
  type: string | null;
  topics: string[];
  countries: string[];
  languages: string[];
  year: number | null;
  updated_at: string | number;
  verified_at: string | number | null;
  title_hl: string;
  summary_hl: string;
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

/** Escapes the highlighted text, then turns ts_headline's control-character markers into <mark>. */
function toHighlight(text: string): string {
  return escapeHtml(text).replace(/\x01/g, "&lt;").replace(/\x02/g, "&gt;").replace(/\x03/g, MARK_OPEN).replace(/\x04/g, MARK_CLOSE);
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

/**
 * The query as a tsquery value. Words of ASCII letters and digits are single tokens to the text search parser, so
 * their tsquery text is already what to_tsquery would make of it: it is passed as a constant, instead of a
 * to_tsquery call that PostgreSQL would evaluate again for every row it ranks or checks.
 */
function tsqueryOf(text: string): SQL {
  return /^[\x00-\x7f]*$/.test(text) ? sql`${text}::tsquery` : sql`to_tsquery('simple', ${text})`;
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
    // `full` finds the matches; `ranked` is the same query with the last word kept as a prefix, for ts_rank,
    // ts_headline and the "about" estimate, so spelling out a prefix changes none of them.
    const full = plan ? tsqueryOf(toTsquery(plan, { typos: true, completions: true })) : null;
    const ranked = plan ? tsqueryOf(toTsquery(plan, { typos: true, completions: false })) : null;
    // With typo variants, exact matches rank first: they are found through the index on their own (`exact`),
    // never by testing each candidate's long search vector.
    const typos = !!plan && [...plan.typos.values()].some((words) => words.length > 0);
    const exact = plan && typos ? tsqueryOf(toTsquery(plan, { typos: false, completions: true })) : null;
    const filters = filterConditions(query.filters);
    const and = (parts: SQL[]) => sql.join(parts, sql` and `);
    const passesFilters = and([sql`d.index_uid = ${indexUid}`, ...filters.terms, ...filters.rows]);
    const matching = (tsquery: SQL | null) => (tsquery ? sql`d.search_vector @@ ${tsquery} and ${passesFilters}` : passesFilters);

    // Sort keys become columns of the candidates, so the page query can keep their order.
    const keys: Array<{ expr: SQL; direction: SQL }> = [];
    if (query.sort === "updatedAt:desc") keys.push({ expr: sql`d.updated_at`, direction: sql`desc` });
    if (query.sort === "verifiedAt:desc") keys.push({ expr: sql`d.verified_at`, direction: sql`desc nulls last` });
    // Exact matches (no typo) first: those `exact` found, or whose title, summary or topics match exactly.
    const exactKey = exact ? sql`(d.id in (select id from exact) or d.rank_vector @@ ${exact})` : null;
    if (exactKey) keys.push({ expr: exactKey, direction: sql`desc` });
    // Then ts_rank over the short title-summary-topics vector, for the candidates only.
    if (ranked) keys.push({ expr: sql`ts_rank(d.rank_vector, ${ranked})`, direction: sql`desc` });
    keys.push({ expr: sql`d.updated_at`, direction: sql`desc` }, { expr: sql`d.id`, direction: sql`` });
    const keyNames = keys.map((_, i) => sql.raw(`k${i}`));
    // `exact` itself knows its rows are exact.
    const keyColumnsOf = (exactRows: boolean) =>
      sql.join(
        keys.map((k, i) => sql`${exactRows && k.expr === exactKey ? sql`true` : k.expr} as ${keyNames[i]}`),
        sql`, `,
      );
    const keyColumns = keyColumnsOf(false);
    const order = (alias: string) =>
      sql.join(
        keys.map((k, i) => sql`${sql.raw(alias)}.${keyNames[i]} ${k.direction}`),
        sql`, `,
      );
    // The order a plain index can give: the chosen sort, else newest first (how body-only matches rank).
    const leading = query.sort === "verifiedAt:desc" ? sql`d.verified_at desc nulls last, d.id` : sql`d.updated_at desc, d.id`;
    const facets = resolveFacets(query.facets);

    // Capped candidates (ADR 006): no step reads more than about CANDIDATE_CAP matches one by one.
    // - `sample`: the first CANDIDATE_CAP + 1 matches the index gives. When there are no more than the cap, they
    //   are all the matches: ranking, facets and the total are exact. With typo variants, the exact words are
    //   looked up first (`exact`); only when they match no more than the cap are the typo variants looked up
    //   too, since above it no typo match could reach a page (they rank after every exact match).
    // - Above the cap, the page is ranked from: the matches in the title, summary or topics (the ones ts_rank
    //   puts first, through their own index), up to the cap; the exact matches; and the newest matches
    //   (body-only matches rank by date), as many as the page reaches. The total is the planner's estimate
    //   ("about"); facets are the sample's term counts, scaled to it.
    // The sample holds row addresses and filter terms only; its rows are ranked (fetched again by address) only
    // when they are all the matches.
    const sampleOf = (tsquery: SQL | null, only: SQL = sql`true`) =>
      sql`select d.id, d.ctid as tid, d.facet_terms from search_documents d where ${only} and ${matching(tsquery)} limit ${cap + 1}`;
    const sampled = exact
      ? sql`exact as materialized (${sampleOf(exact)}),
          exact_capped as (select count(*) > ${cap} as v from exact),
          sample as materialized (
            select * from exact where (select v from exact_capped)
            union all (${sampleOf(full, sql`not (select v from exact_capped)`)}))`
      : sql`sample as materialized (${sampleOf(full)})`;
    const titleMatches = (tsquery: SQL) => sql`(select d.id, ${keyColumns} from search_documents d
      where (select v from capped) and d.rank_vector @@ ${tsquery} and ${passesFilters} limit ${cap})`;
    // The newest matches, as many as the page reaches. When the exact words alone pass the cap, the newest exact
    // matches: no typo match ranks above them, unless a sort puts dates first.
    const newestOf = (tsquery: SQL | null, only: SQL) => sql`(select d.id, ${keyColumnsOf(tsquery === exact)} from search_documents d
      where (select v from capped) and ${only} and ${matching(tsquery)} order by ${leading} limit ${page * hitsPerPage})`;
    const newest =
      exact && !query.sort
        ? sql`${newestOf(full, sql`not (select v from exact_capped)`)} union ${newestOf(exact, sql`(select v from exact_capped)`)}`
        : newestOf(full, sql`true`);
    const statement = sql`with ${sampled},
          capped as (select count(*) > ${cap} as v, count(*)::int as n from sample),
          m as materialized (
            select d.id, ${keyColumns} from search_documents d
            where not (select v from capped) and d.ctid = any(array(select tid from sample))
            ${full ? sql`union ${titleMatches(full)}` : sql``}
            ${exact ? sql`union (select d.id, ${keyColumnsOf(true)} from search_documents d where (select v from capped) and d.ctid = any(array(select tid from exact)))` : sql``}
            union ${newest}),
          page as (select m.* from m order by ${order("m")} limit ${hitsPerPage} offset ${(page - 1) * hitsPerPage})
          select (select n from capped) as total,
                 (select v from capped) as capped,
                 ${facets.length ? facetCountsSql(sql`sample`) : sql`null::json`} as facets,
                 (select json_agg(h order by h.rn) from (
                    select d.id, d.kind, d.slug, d.title, d.summary, d.body, d.type, d.topics, d.countries, d.languages,
                           d.year, d.updated_at, d.verified_at,
                           ${headline(sql`d.title`, ranked)} as title_hl, ${headline(sql`d.summary`, ranked)} as summary_hl,
                           row_number() over (order by ${order("h")}) as rn
                    from page h join search_documents d on d.index_uid = ${indexUid} and d.id = h.id) h) as hits`;
    // The planner chooses how to find the matches. The sample needs only CANDIDATE_CAP + 1 of them: for a word most
    // documents contain, reading rows until that many match (their vectors are inline, migration 0023) costs less
    // than building the GIN index's bitmap of every match; for a rarer word it takes the index (ADR 006).
    const [result] = await executeRows<{ total: number; capped: boolean; facets: unknown; hits: unknown }>(db, statement);
    if (result?.capped) {
      // Above the cap, the total is the planner's estimate of the matches (from the column statistics that ANALYZE
      // keeps, word frequencies included). Planning only; asked only when needed, since a statement costs CPU even
      // when it reads nothing (about 1 ms on PGlite, where the engine runs in the page's own thread).
      const [planned] = await executeRows<{ "QUERY PLAN": unknown }>(db, sql`explain (format json) select 1 from search_documents d where ${matching(ranked)}`);
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
    const termCounts = json<Array<{ t: string; n: number }> | null>(result?.facets) ?? [];
    const facetCounts = facetCountsOf(termCounts, facets, (n) => (estimated ? Math.max(1, roughly(n * scale)) : n));
    return {
      hits: rows.map((r) => ({
        doc: {
          id: r.id,
          kind: r.kind,
          slug: r.slug,
          title: r.title,
          summary: r.summary,
          body: r.body,
          type: r.type ?? null,
          topics: [...r.topics],
          countries: [...r.countries],
          languages: [...r.languages],
          year: r.year ?? null,
          updatedAt: Number(r.updated_at),
          verifiedAt: r.verified_at == null ? null : Number(r.verified_at),
        },
        highlight: { title: toHighlight(r.title_hl), summary: toHighlight(r.summary_hl) },
      })),
      totalHits,
      ...(estimated ? { totalHitsEstimated: true } : {}),
      page,
      // Above the cap, pages reach as far as the ranked candidates do.
      totalPages: estimated
        ? Math.min(totalPagesFor(totalHits, hitsPerPage), Math.max(1, Math.floor(cap / hitsPerPage)))
        : totalPagesFor(totalHits, hitsPerPage),
      hitsPerPage,
      facets: facetCounts,
      processingMs: performance.now() - started,
    };
  }
}
