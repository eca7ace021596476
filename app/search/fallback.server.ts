import { asc, sql } from "drizzle-orm";
import { resources } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { facetCounts, resourceListWhere } from "~/library/listing.server";
import { escapeHtml } from "./engine/html";
import { resolvePaging, totalPagesFor } from "./engine/settings";
import type { SearchQuery, SearchResult } from "./engine/types";

/**
 * Reduced-mode search when no engine answers: Postgres full-text search over the public resource
 * library only (learnings and facilitators have their own pages). Highlights are the escaped text
 * without marks, so they are as safe as the engines' highlights.
 */
export async function searchResourcesInPostgres(query: SearchQuery): Promise<SearchResult> {
  const started = performance.now();
  const { page, hitsPerPage } = resolvePaging(query);
  const f = query.filters ?? {};
  const empty = { hits: [], totalHits: 0, page, totalPages: 0, hitsPerPage, facets: {}, processingMs: 0 };
  if (f.kind?.length && !f.kind.includes("resource")) return empty;
  // Postgres cannot tolerate typos, so every word is matched as a prefix ("restor" finds "restorative").
  const words = (query.q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
  const where = resourceListWhere(
    null,
    { type: f.type, topic: f.topics, country: f.countries, language: f.languages, yearFrom: f.yearFrom, yearTo: f.yearTo },
    { publicOnly: true },
  );
  const textMatch = words.length
    ? sql`${resources.searchVector} @@ to_tsquery('simple', ${words.map((w) => `${w}:*`).join(" & ")})`
    : sql`true`;
  const fullWhere = sql`${where} and ${textMatch}`;
  const db = await getDb();
  const [rows, [total], facets] = await Promise.all([
    db.select({
      id: resources.id, slug: resources.slug, title: resources.title, summary: resources.summary, type: resources.type, topics: resources.topics,
      countries: resources.countries, language: resources.language, year: resources.year, updatedAt: resources.updatedAt,
    }).from(resources).where(fullWhere).orderBy(sql`${resources.year} desc nulls last`, asc(resources.title)).limit(hitsPerPage).offset((page - 1) * hitsPerPage),
    db.select({ n: sql<number>`count(*)::int` }).from(resources).where(fullWhere),
    facetCounts(fullWhere),
  ]);
  const totalHits = Number(total?.n ?? 0);
  return {
    hits: rows.map((r) => ({
      doc: {
        id: `resource:${r.id}`, kind: "resource" as const, slug: r.slug, title: r.title, summary: r.summary, body: "", type: r.type,
        topics: r.topics, countries: r.countries, languages: [r.language], year: r.year, updatedAt: r.updatedAt.getTime(), verifiedAt: null,
      },
      highlight: { title: escapeHtml(r.title), summary: escapeHtml(r.summary) },
    })),
    totalHits,
    page,
    totalPages: totalPagesFor(totalHits, hitsPerPage),
    hitsPerPage,
    facets: { kind: totalHits ? { resource: totalHits } : {}, ...facets },
    processingMs: performance.now() - started,
  };
}
