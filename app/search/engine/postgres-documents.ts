// Writing search documents into PostgreSQL (table search_documents, db/schema/search.ts). These
// take any Queryable, so a domain write can call them inside its own transaction: the document
// is then current the moment that transaction commits, in every process.

import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../../db/client";
import { assertValidDocument } from "./document";
import { DEFAULT_INDEX_UID, type SearchDocument } from "./types";

/** Documents per INSERT: about 20 parameters each, well under Postgres's 65,535. */
const WRITE_BATCH = 500;

/** `<` and `>` would make the text search parser read a tag and drop the words inside it. */
const forIndex = (text: string) => text.replace(/[<>]/g, " ");

export const textArray = (values: readonly string[]): SQL =>
  values.length
    ? sql`array[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`
    : sql`'{}'::text[]`;

/** Title A, summary B, topics D: the ranking vector (no body, so ranking stays cheap). */
function rankVectorOf(doc: SearchDocument): SQL {
  const topics = doc.topics.map((t) => t.replace(/_/g, " ")).join(" ");
  return sql`setweight(to_tsvector('rn_search', ${forIndex(doc.title)}), 'A')
    || setweight(to_tsvector('rn_search', ${forIndex(doc.summary)}), 'B')
    || setweight(to_tsvector('rn_search', ${topics}), 'D')`;
}

/** The matching vector: the ranking vector plus the body, weight C. */
function searchVectorOf(doc: SearchDocument): SQL {
  return sql`${rankVectorOf(doc)} || setweight(to_tsvector('rn_search', ${forIndex(doc.body)}), 'C')`;
}

function rowOf(doc: SearchDocument, indexUid: string): SQL {
  return sql`(${indexUid}, ${doc.id}, ${doc.kind}, ${doc.slug}, ${doc.title ?? ""}, ${doc.summary ?? ""}, ${doc.body ?? ""},
    ${doc.type ?? null}, ${textArray(doc.topics)}, ${textArray(doc.countries)}, ${textArray(doc.languages)},
    ${doc.year == null ? null : Math.trunc(doc.year)}::int, ${Math.trunc(doc.updatedAt)}::bigint,
    ${doc.verifiedAt == null ? null : Math.trunc(doc.verifiedAt)}::bigint, ${searchVectorOf(doc)}, ${rankVectorOf(doc)})`;
}

/**
 * Adds or replaces documents. Every document is checked first, so a malformed one rejects the
 * whole batch before anything is written. Their words join the typo vocabulary.
 */
export async function writeSearchDocuments(db: Queryable, docs: SearchDocument[], indexUid = DEFAULT_INDEX_UID): Promise<void> {
  docs.forEach(assertValidDocument);
  for (let start = 0; start < docs.length; start += WRITE_BATCH) {
    const batch = docs.slice(start, start + WRITE_BATCH);
    await db.execute(sql`
      insert into search_documents (index_uid, id, kind, slug, title, summary, body, type, topics, countries, languages,
        year, updated_at, verified_at, search_vector, rank_vector)
      values ${sql.join(
        batch.map((doc) => rowOf(doc, indexUid)),
        sql`, `,
      )}
      on conflict (index_uid, id) do update set kind = excluded.kind, slug = excluded.slug, title = excluded.title,
        summary = excluded.summary, body = excluded.body, type = excluded.type, topics = excluded.topics,
        countries = excluded.countries, languages = excluded.languages, year = excluded.year,
        updated_at = excluded.updated_at, verified_at = excluded.verified_at, search_vector = excluded.search_vector,
        rank_vector = excluded.rank_vector`);
    // Sorted, so concurrent writers take the word rows' locks in one order and cannot deadlock.
    await db.execute(sql`
      insert into search_words (word)
      select distinct u.lexeme from search_documents d, unnest(d.search_vector) u
      where d.index_uid = ${indexUid} and d.id in (${sql.join(
        batch.map((doc) => sql`${doc.id}`),
        sql`, `,
      )})
        and length(u.lexeme) between 2 and 64
      order by u.lexeme
      on conflict (word) do nothing`);
  }
}

/** Removes documents; unknown ids are not an error. */
export async function deleteSearchDocuments(db: Queryable, ids: string[], indexUid = DEFAULT_INDEX_UID): Promise<void> {
  if (!ids.length) return;
  await db.execute(sql`delete from search_documents where index_uid = ${indexUid}
    and id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
}
