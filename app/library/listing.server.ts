import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { keptCountVersions, resources } from "../../db/schema";
import { executeRows } from "../../db/client";
import { getDb } from "~/utils/db.server";
import { type Actor, canEditResources, isResourcePublic, visibleResourcesFilter } from "~/utils/policy.server";
import type { ResourceListQuery } from "./schema";

export const RESOURCES_PAGE_SIZE = 20;

export type FacetCounts = Record<"type" | "topics" | "countries" | "languages" | "year", Record<string, number>>;

function textArray(values: string[]) {
  return sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
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

// Facet counts and the total scan every matching resource, so each process keeps them per filter combination
// (and per kind of viewer) instead of counting on every request. They are kept under the library's version in
// kept_count_versions, which a trigger bumps in the transaction of every change to resources (migration 0016),
// whichever process or script made it. Each request reads that version (one primary-key lookup), so a change
// committed through any process makes every process count again on its next request.
const COUNTS_KEPT = 500;
const keptCounts = new Map<string, Promise<{ total: number; facets: FacetCounts }>>();
let keptVersion: number | null = null;

async function libraryVersion(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ version: keptCountVersions.version }).from(keptCountVersions).where(eq(keptCountVersions.name, "resources"));
  return Number(row?.version ?? 0);
}

async function countsFor(viewer: Actor, query: ResourceListQuery, where: SQL) {
  const version = await libraryVersion();
  if (version !== keptVersion) {
    keptCounts.clear();
    keptVersion = version;
  }
  const { page: _page, ...filters } = query;
  const key = JSON.stringify([canEditResources(viewer), filters]);
  const kept = keptCounts.get(key);
  if (kept) return kept;
  const counts = (async () => {
    const db = await getDb();
    const [[total], facets] = await Promise.all([db.select({ n: sql<number>`count(*)::int` }).from(resources).where(where), facetCounts(where)]);
    return { total: Number(total?.n ?? 0), facets };
  })();
  counts.catch(() => keptCounts.delete(key));
  if (keptCounts.size >= COUNTS_KEPT) keptCounts.delete(keptCounts.keys().next().value!);
  keptCounts.set(key, counts);
  return counts;
}

/** One page of the library for this viewer, with facet counts over everything matching. */
export async function listResources(viewer: Actor, query: ResourceListQuery) {
  const db = await getDb();
  const where = resourceListWhere(viewer, query);
  const [rows, { total: totalCount, facets }] = await Promise.all([
    db
      .select({
        id: resources.id, slug: resources.slug, title: resources.title, summary: resources.summary, type: resources.type,
        topics: resources.topics, countries: resources.countries, language: resources.language, year: resources.year,
        publisher: resources.publisher, status: resources.status,
      })
      .from(resources)
      .where(where)
      .orderBy(sql`${resources.year} desc nulls last`, asc(resources.title))
      .limit(RESOURCES_PAGE_SIZE)
      .offset((query.page - 1) * RESOURCES_PAGE_SIZE),
    countsFor(viewer, query, where),
  ]);
  return { resources: rows, total: totalCount, page: query.page, totalPages: Math.max(1, Math.ceil(totalCount / RESOURCES_PAGE_SIZE)), facets };
}

/** The newest public resources, for the Atom feed. */
export async function newestPublicResources(limit = 50) {
  const db = await getDb();
  const rows = await db.select().from(resources).where(eq(resources.status, "published")).orderBy(desc(resources.createdAt)).limit(limit);
  return rows.filter(isResourcePublic);
}
