import { sql } from "drizzle-orm";
import { bigint, customType, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The site's search documents: one row per public resource, published learning and listed
 * facilitator profile. Written in the same transaction as the record it describes, so search is
 * current the moment that write commits, in every process. Only public fields are stored here;
 * circle content never is (there is no source for it in app/search/sources.server.ts).
 *
 * `index_uid` lets a reindex build a fresh set of rows and swap it in atomically.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    indexUid: text("index_uid").notNull().default("documents"),
    id: text("id").notNull(),
    kind: text("kind").notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    type: text("type"),
    topics: text("topics").array().notNull(),
    countries: text("countries").array().notNull(),
    languages: text("languages").array().notNull(),
    year: integer("year"),
    /** Epoch milliseconds, as in SearchDocument. */
    updatedAt: bigint("updated_at", { mode: "number" }).notNull(),
    verifiedAt: bigint("verified_at", { mode: "number" }),
    /** What a query must match. Weighted: title A, summary B, body C, topics D (the unaccenting `rn_search` configuration). */
    searchVector: tsvector("search_vector").notNull(),
    /**
     * What results are ranked by: title A, summary B, topics D, without the body. Small, so ranking
     * thousands of matches never reads the long body vectors; a body-only match ranks last.
     */
    rankVector: tsvector("rank_vector").notNull(),
    /**
     * Every filterable value as one 'facet:value' term (kind:resource, topics:circle, year:2019), kept by the
     * database (function rn_facet_terms, migration 0023). Indexed with the words, so filters narrow the index scan
     * itself, and facets are counted in one pass over these terms (ADR 006).
     */
    facetTerms: text("facet_terms")
      .array()
      .notNull()
      .generatedAlwaysAs(sql`rn_facet_terms(kind, type, topics, countries, languages, year)`),
  },
  (t) => [
    primaryKey({ columns: [t.indexUid, t.id] }),
    // Words and filter terms in one GIN index: a filtered search intersects both inside one index scan.
    // New entries wait in a pending list that every search reads through until it is merged into the index; a
    // 256 kB list (the default is 4 MB) keeps that read short after a burst of writes (ADR 006, third pass).
    index("search_documents_vector_idx").using("gin", t.searchVector, t.facetTerms).with({ gin_pending_list_limit: 256 }),
    index("search_documents_recent_idx").on(t.indexUid, t.updatedAt),
    // A year range the facet terms cannot spell out ("from 2020", with no end) narrows the words' bitmap through
    // this one (a BitmapAnd), instead of the rows being read one by one until enough pass (ADR 006, third pass).
    index("search_documents_year_idx").on(t.indexUid, t.year),
    // Finds title, summary and topic matches on their own: the candidates that can rank first when a query
    // matches more documents than search ranks one by one (ADR 006, capped candidates).
    index("search_documents_rank_vector_idx").using("gin", t.rankVector, t.facetTerms).with({ gin_pending_list_limit: 256 }),
  ],
);

/**
 * Every word ever indexed, for typo tolerance: a query word is widened to the indexed words within
 * one or two edits of it, found through a trigram index. Words are never removed: a stale word only
 * widens a query to a term that matches nothing.
 */
export const searchWords = pgTable("search_words", { word: text("word").primaryKey() }, (t) => [
  index("search_words_trgm_idx").using("gin", t.word.op("gin_trgm_ops")),
]);
