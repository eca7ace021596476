import { and, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { resources } from "../../db/schema";
import { executeRows } from "../../db/client";
import { getDb } from "~/utils/db.server";
import { keptCounts } from "~/utils/kept-counts.server";
import { type Actor, canEditResources, isResourcePublic, visibleResourcesFilter } from "~/utils/policy.server";
import type { ResourceListQuery } from "./schema.server";

export const RESOURCES_PAGE_SIZE = 20;

export type FacetCounts = Record<"type" | "topics" | "countries" | "languages" | "year", Record<string, number>>;

function textArray(values: string[]) {
  return sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/** The WHERE clause of a list: the viewer's policy filter plus the chosen facets. */
export function resourceListWhere(viewer: Actor, query: Partial<ResourceListQuery>, options: { publicOnly?: boolean } = {}): SQL {
  const filters: SQL[] = [options.publicOnly ? eq(resources.status, "published") : visibleResourcesFilter(viewer)];
  if (query.q) filters.push(sql`${resources.searchVector} @@ websearch_to_tsquery('simple', ${query.q})`);
  if (query.type?.length) filters.push(inArray(resources.type, query.type));
  if (query.topic?.length) filters.push(sql`${resources.topics} && ${textArray(query.topic)}`);
  if (query.country?.length) filters.push(sql`${resources.countries} && ${textArray(query.country)}`);
  if (query.language?.length) filters.push(inArray(resources.language, query.language));
  if (query.yearFrom !== undefined) filters.push(gte(resources.year, query.yearFrom));
  if (query.yearTo !== undefined) filters.push(lte(resources.year, query.yearTo));
  return and(...filters)!;
}

export async function facetCounts(where: SQL): Promise<FacetCounts> {
  const db = await getDb();
  const grouped = async (valueSql: SQL, fromSql: SQL) => {
    const rows = await executeRows<{ value: string | number | null; n: number | string }>(
      db,
      sql`select ${valueSql} as value, count(*)::int as n from ${fromSql} where ${where} group by 1`,
    );
    const out: Record<string, number> = {};
    for (const r of rows) if (r.value !== null && r.value !== "") out[String(r.value)] = Number(r.n);
    return out;
  };
  const [type, topics, countries, languages, year] = await Promise.all([
    grouped(sql`${resources.type}`, sql`${resources}`),
    grouped(sql`t.value`, sql`${resources} cross join lateral unnest(${resources.topics}) as t(value)`),
    grouped(sql`c.value`, sql`${resources} cross join lateral unnest(${resources.countries}) as c(value)`),
    grouped(sql`${resources.language}`, sql`${resources}`),
    grouped(sql`${resources.year}`, sql`${resources}`),
  ]);
  return { type, topics, countries, languages, year };
}

// Facet counts and the total scan every matching resource, so they are kept per filter combination (and per
// kind of viewer) instead of being counted on every request; any write to the library, by any process,
// retires them at once (kept-counts.server.ts, ADR 015).
const keptLibraryCounts = keptCounts<{ total: number; facets: FacetCounts }>("library");

async function countsFor(viewer: Actor, query: ResourceListQuery, where: SQL) {
  const { page: _page, after: _after, before: _before, ...filters } = query;
  const db = await getDb();
  return keptLibraryCounts(db, JSON.stringify([canEditResources(viewer), filters]), async () => {
    const [[total], facets] = await Promise.all([
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(resources)
        .where(where),
      facetCounts(where),
    ]);
    return { total: Number(total?.n ?? 0), facets };
  });
}

// The list's order, newest year first (no year last), then title, then id, as ONE ascending key that an index
// holds (resources_list_order_idx): so a page starts where the last one ended, by a range in the index, however
// deep it is (keyset paging), instead of counting past every earlier row.
const yearKey = sql`(-coalesce(${resources.year}, 0))`;
type ListCursor = { yearKey: number; title: string; id: string };

function encodeListCursor(row: { year: number | null; title: string; id: string }): string {
  return Buffer.from(JSON.stringify([-(row.year ?? 0), row.title, row.id])).toString("base64url");
}

function decodeListCursor(raw: string | undefined): ListCursor | null {
  if (!raw) return null;
  try {
    const [yearKey, title, id] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    return typeof yearKey === "number" && Number.isInteger(yearKey) && typeof title === "string" && typeof id === "string" ? { yearKey, title, id } : null;
  } catch {
    return null; // an edited or truncated link shows the first page rather than an error
  }
}

/** One page of the library for this viewer, with facet counts over everything matching. */
export async function listResources(viewer: Actor, query: ResourceListQuery) {
  const db = await getDb();
  const where = resourceListWhere(viewer, query);
  const after = decodeListCursor(query.after);
  const before = after ? null : decodeListCursor(query.before);
  const key = sql`(${yearKey}, ${resources.title}, ${resources.id})`;
  const cursor = after ?? before;
  const range = cursor ? sql`${key} ${sql.raw(after ? ">" : "<")} (${cursor.yearKey}::int, ${cursor.title}::text, ${cursor.id}::text)` : undefined;
  const direction = before ? sql.raw("desc") : sql.raw("asc");
  const [fetched, { total: totalCount, facets }] = await Promise.all([
    db
      .select({
        id: resources.id,
        slug: resources.slug,
        title: resources.title,
        summary: resources.summary,
        type: resources.type,
        topics: resources.topics,
        countries: resources.countries,
        language: resources.language,
        year: resources.year,
        publisher: resources.publisher,
        status: resources.status,
      })
      .from(resources)
      .where(range ? and(where, range) : where)
      .orderBy(sql`${yearKey} ${direction}`, sql`${resources.title} ${direction}`, sql`${resources.id} ${direction}`)
      .limit(RESOURCES_PAGE_SIZE + 1)
      // An old link with ?page=N and no cursor still works (offset), within the schema's 1,000 pages.
      .offset(cursor ? 0 : (query.page - 1) * RESOURCES_PAGE_SIZE),
    countsFor(viewer, query, where),
  ]);
  const more = fetched.length > RESOURCES_PAGE_SIZE;
  const rows = fetched.slice(0, RESOURCES_PAGE_SIZE);
  if (before) rows.reverse();
  const totalPages = Math.max(1, Math.ceil(totalCount / RESOURCES_PAGE_SIZE));
  const page = Math.min(query.page, totalPages);
  const first = rows[0];
  const last = rows[rows.length - 1];
  // Going back from a cursor, `more` means there are pages before; going forward (or from the start), after.
  const hasNext = before ? true : more;
  const hasPrevious = before ? more : !!cursor || query.page > 1;
  return {
    resources: rows,
    total: totalCount,
    page,
    totalPages,
    facets,
    nextCursor: hasNext && last ? encodeListCursor(last) : null,
    previousCursor: hasPrevious && first ? encodeListCursor(first) : null,
  };
}

/** The newest public resources, for the Atom feed. */
export async function newestPublicResources(limit = 50) {
  const db = await getDb();
  const rows = await db.select().from(resources).where(eq(resources.status, "published")).orderBy(desc(resources.createdAt)).limit(limit);
  return rows.filter(isResourcePublic);
}
