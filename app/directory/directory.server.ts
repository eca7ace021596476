import { sql, type SQL } from "drizzle-orm";
import { executeRows, type Queryable } from "../../db/client";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { keptCounts } from "~/utils/kept-counts.server";
import { publishedMarkdownText } from "~/utils/markdown.server";
import { publicFacilitatorProfileSql } from "~/utils/policy.server";
import { countryName, languageName } from "./codes";
import { firstSentences, verificationBadge } from "./format";
import type { DirectoryFilters, DirectoryQuery } from "./query";
import { matchFacilitatorText } from "./text-search.server";

export const PAGE_SIZE = 20;

const keptDirectoryCounts = keptCounts<{ facets: FacetCounts; total: number }>("directory");

export const FACET_DIMENSIONS = ["country", "region", "language", "modality", "specialty", "approach", "availability", "verified"] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];
export type FacetCounts = Record<FacetDimension, Record<string, number>>;

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
const textArray = (values: string[]) => sql`array[${list(values)}]::text[]`;

/** The condition one filter puts on a profile row aliased `alias`, or null when the filter is not set. */
function filterCondition(dim: FacetDimension, f: DirectoryFilters, alias: "p" | "b", at: Date): SQL | null {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  switch (dim) {
    case "country":
      return f.country.length ? sql`${col("country")} in (${list(f.country)})` : null;
    case "region":
      return f.region.length ? sql`${col("region")} in (${list(f.region)})` : null;
    case "language":
      return f.language.length ? sql`${col("languages")} && ${textArray(f.language)}` : null;
    case "modality":
      return f.modality.length ? sql`${col("modalities")} && ${textArray(f.modality)}` : null;
    case "specialty":
      return f.specialty.length ? sql`${col("specialties")} && ${textArray(f.specialty)}` : null;
    case "approach":
      return f.approach.length ? sql`${col("approaches")} && ${textArray(f.approach)}` : null;
    case "availability":
      return f.availability.length ? sql`${col("availability")} in (${list(f.availability)})` : null;
    case "verified":
      return f.verified ? sql`${col("verified_until")} > ${at.toISOString()}::timestamptz` : null;
  }
}

/** The value(s) a profile contributes to one facet, over the `base` rows. */
const FACET_VALUE: Record<FacetDimension, string> = {
  country: "select b.country",
  region: "select b.region",
  language: "select unnest(b.languages)",
  modality: "select unnest(b.modalities)",
  specialty: "select unnest(b.specialties)",
  approach: "select unnest(b.approaches)",
  availability: "select b.availability",
  verified: "select '1' where b.verified_now",
};

type Cursor = { key: number; rot: string; id: string; day: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.rot, c.id, c.day])).toString("base64url");
}

export function decodeCursor(raw: string | null): Cursor | null {
  if (!raw) return null;
  try {
    const [key, rot, id, day] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    if (typeof key !== "number" || typeof rot !== "string" || typeof id !== "string" || typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day))
      return null;
    return { key, rot, id, day };
  } catch {
    return null;
  }
}

/** The UTC date that seeds the day's rotation, so equally relevant people take turns at the top. */
export const rotationDay = (at: Date) => at.toISOString().slice(0, 10);

type ResultRow = {
  id: string;
  slug: string;
  display_name: string;
  pronouns: string | null;
  bio: string;
  country: string;
  region: string | null;
  city: string | null;
  languages: string[];
  modalities: string[];
  specialties: string[];
  approaches: string[];
  availability: string;
  competency: string;
  verified_until: Date | string | null;
};

function cardView(r: ResultRow & { sort_key: number; rot: string }, at: Date) {
  const verifiedUntil = r.verified_until ? new Date(r.verified_until) : null;
  return {
    id: r.id,
    slug: r.slug,
    displayName: r.display_name,
    pronouns: r.pronouns,
    summary: firstSentences(publishedMarkdownText(r.bio)),
    country: r.country,
    countryName: countryName(r.country),
    region: r.region,
    city: r.city,
    languages: r.languages.map((code) => ({ code, name: languageName(code) })),
    modalities: r.modalities,
    specialties: r.specialties,
    approaches: r.approaches,
    availability: r.availability,
    competency: r.competency,
    badge: verificationBadge(verifiedUntil, at),
  };
}

/**
 * One page of the public directory with facet counts. Order: relevance (free-text rank) or recently
 * verified; ties rotate by hash(id || UTC date); paging is keyset on (sort key, rotation, id).
 */
export async function findFacilitators(query: DirectoryQuery, options: { pageSize?: number; db?: Queryable } = {}) {
  const db = options.db ?? (await getDb());
  const at = now();
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const cursor = decodeCursor(query.cursor);
  const day = cursor?.day ?? rotationDay(at);
  const text = await matchFacilitatorText(query.q);
  const sortKey =
    query.sort === "verified"
      ? sql`(case when p.verified_until > ${at.toISOString()}::timestamptz then extract(epoch from p.verified_at) * 1000 else 0 end)::float8`
      : text
        ? sql`(${text.rank})::float8`
        : sql`0::float8`;
  const after = cursor
    ? sql`and (b.sort_key < ${cursor.key}::float8 or (b.sort_key = ${cursor.key}::float8 and (b.rot > ${cursor.rot} or (b.rot = ${cursor.rot} and b.id > ${cursor.id}))))`
    : sql``;
  const flags = FACET_DIMENSIONS.map((d) => sql`${filterCondition(d, query, "p", at) ?? sql`true`} as ${sql.raw(`m_${d}`)}`);
  const passes = (except: FacetDimension | null) =>
    sql.raw(
      FACET_DIMENSIONS.filter((d) => d !== except)
        .map((d) => `b.m_${d}`)
        .join(" and "),
    );
  const facetBranches = FACET_DIMENSIONS.map((dim) => sql`select ${dim}::text, v::text from (${sql.raw(FACET_VALUE[dim])}) x(v) where ${passes(dim)}`);
  // Each filter is worked out once per public profile matching the free text (m_<filter>).
  // Materialized for the facets (read nine times), inlined for the page (so the filters reach the table).
  const base = (materialized: boolean) => sql`with base as ${sql.raw(materialized ? "materialized" : "not materialized")} (
        select p.id, p.country, p.region, p.languages, p.modalities, p.specialties, p.approaches, p.availability,
          coalesce(p.verified_until > ${at.toISOString()}::timestamptz, false) as verified_now,
          ${sortKey} as sort_key, md5(p.id || ${day}) as rot, ${sql.join(flags, sql`, `)}
        from facilitator_profiles p join users u on u.id = p.user_id
        where ${publicFacilitatorProfileSql} and ${text ? text.where : sql`true`}
      )`;
  // The page: the rows passing every filter, in key order after the cursor.
  const pageRows = executeRows<{ id: string; sort_key: number; rot: string; ord: number }>(
    db,
    sql`${base(false)}
      select b.id, b.sort_key, b.rot, row_number() over (order by b.sort_key desc, b.rot asc, b.id asc)::int as ord
      from base b where ${passes(null)} ${after}
      order by b.sort_key desc, b.rot asc, b.id asc
      limit ${pageSize + 1}`,
  );
  // The facets count, for each filter, the values of rows passing the OTHER filters (faceted search), in one
  // GROUP BY over every public profile: kept between requests until a profile changes (ADR 015).
  const counted = keptDirectoryCounts(db, JSON.stringify([query.q, FACET_DIMENSIONS.map((d) => query[d])]), async () => {
    const rows = await executeRows<{ facet: string; value: string; n: number }>(
      db,
      sql`${base(true)}
        select f.facet, f.value, count(*)::int as n
        from base b cross join lateral (
          ${sql.join(facetBranches, sql` union all `)}
          union all select '_total', '' where ${passes(null)}
        ) f(facet, value)
        where f.value is not null
        group by f.facet, f.value`,
    );
    const facets = Object.fromEntries(FACET_DIMENSIONS.map((d) => [d, {} as Record<string, number>])) as FacetCounts;
    let total = 0;
    for (const r of rows) {
      if (r.facet === "_total") total = Number(r.n);
      else facets[r.facet as FacetDimension][r.value] = Number(r.n);
    }
    return { facets, total };
  });
  const [keyRows, { facets, total }] = await Promise.all([pageRows, counted]);
  const keys = keyRows.map((r) => ({ id: r.id, sort_key: Number(r.sort_key), rot: r.rot, ord: Number(r.ord) }));
  keys.sort((x, y) => x.ord - y.ord); // the database's order (its collation), not JavaScript's
  // The wide columns, only for the page's rows.
  const wide = keys.length
    ? await executeRows<ResultRow>(
        db,
        sql`select id, slug, display_name, pronouns, bio, country, region, city, languages, modalities, specialties, approaches,
              availability, competency, verified_until from facilitator_profiles where id in (${sql.join(
                keys.map((k) => sql`${k.id}`),
                sql`, `,
              )})`,
      )
    : [];
  const byId = new Map(wide.map((w) => [w.id, w]));
  const rows = keys.map((k) => ({ ...byId.get(k.id)!, sort_key: k.sort_key, rot: k.rot }));
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  const nextCursor = rows.length > pageSize && last ? encodeCursor({ key: Number(last.sort_key), rot: last.rot, id: last.id, day }) : null;
  return { results: page.map((r) => cardView(r, at)), facets, total, nextCursor };
}
