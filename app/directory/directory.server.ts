import { sql, type SQL } from "drizzle-orm";
import { executeRows, type Queryable } from "../../db/client";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { markdownToText } from "~/utils/markdown.server";
import { publicFacilitatorProfileSql } from "~/utils/policy.server";
import { countryName, languageName } from "./codes";
import { firstSentences, verificationBadge } from "./format";
import type { DirectoryFilters, DirectoryQuery } from "./schema";
import { matchFacilitatorText, type TextMatch } from "./text-search.server";

export const PAGE_SIZE = 20;

export const FACET_DIMENSIONS = ["country", "region", "language", "modality", "specialty", "approach", "availability", "verified"] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];
export type FacetCounts = Record<FacetDimension, Record<string, number>>;

const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
const textArray = (values: string[]) => sql`array[${list(values)}]::text[]`;

/** The condition one filter puts on a profile row aliased `alias`, or null when the filter is not set. */
function filterCondition(dim: FacetDimension, f: DirectoryFilters, alias: "p" | "b", at: Date): SQL | null {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  switch (dim) {
    case "country": return f.country.length ? sql`${col("country")} in (${list(f.country)})` : null;
    case "region": return f.region.length ? sql`${col("region")} in (${list(f.region)})` : null;
    case "language": return f.language.length ? sql`${col("languages")} && ${textArray(f.language)}` : null;
    case "modality": return f.modality.length ? sql`${col("modalities")} && ${textArray(f.modality)}` : null;
    case "specialty": return f.specialty.length ? sql`${col("specialties")} && ${textArray(f.specialty)}` : null;
    case "approach": return f.approach.length ? sql`${col("approaches")} && ${textArray(f.approach)}` : null;
    case "availability": return f.availability.length ? sql`${col("availability")} in (${list(f.availability)})` : null;
    case "verified": return f.verified ? sql`${col("verified_until")} > ${at.toISOString()}::timestamptz` : null;
  }
}

/** The value(s) a profile contributes to one facet, over the `base` rows. */
const FACET_VALUE: Record<FacetDimension, string> = {
  country: "b.country",
  region: "b.region",
  language: "unnest(b.languages)",
  modality: "unnest(b.modalities)",
  specialty: "unnest(b.specialties)",
  approach: "unnest(b.approaches)",
  availability: "b.availability",
  verified: "'1'",
};

const and = (parts: Array<SQL | null>) => {
  const kept = parts.filter((p): p is SQL => !!p);
  return kept.length ? sql.join(kept, sql` and `) : sql`true`;
};

/**
 * Facet counts in ONE query: for each filter, the count of each value given the OTHER active filters
 * (and the free text), like faceted search. Also the total matching every filter.
 */
async function countFacets(db: Queryable, f: DirectoryFilters, text: TextMatch | null, at: Date) {
  const branches = FACET_DIMENSIONS.map((dim) => {
    const others = and(FACET_DIMENSIONS.filter((d) => d !== dim).map((d) => filterCondition(d, f, "b", at)));
    const extra = dim === "verified" ? sql` and b.verified_until > ${at.toISOString()}::timestamptz` : sql``;
    return sql`select ${dim}::text as facet, v::text as value, count(*)::int as n from (select ${sql.raw(FACET_VALUE[dim])} as v from base b where ${others}${extra}) x where v is not null group by v`;
  });
  const all = and(FACET_DIMENSIONS.map((d) => filterCondition(d, f, "b", at)));
  const query = sql`with base as materialized (
      select p.country, p.region, p.languages, p.modalities, p.specialties, p.approaches, p.availability, p.verified_until
      from facilitator_profiles p join users u on u.id = p.user_id
      where ${publicFacilitatorProfileSql} and ${text ? text.where : sql`true`}
    )
    ${sql.join(branches, sql` union all `)}
    union all select '_total', '', count(*)::int from base b where ${all}`;
  const rows = await executeRows<{ facet: string; value: string; n: number }>(db, query);
  const facets = Object.fromEntries(FACET_DIMENSIONS.map((d) => [d, {} as Record<string, number>])) as FacetCounts;
  let total = 0;
  for (const r of rows) {
    if (r.facet === "_total") total = Number(r.n);
    else facets[r.facet as FacetDimension][r.value] = Number(r.n);
  }
  return { facets, total };
}

type Cursor = { key: number; rot: string; id: string; day: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.rot, c.id, c.day])).toString("base64url");
}

export function decodeCursor(raw: string | null): Cursor | null {
  if (!raw) return null;
  try {
    const [key, rot, id, day] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    if (typeof key !== "number" || typeof rot !== "string" || typeof id !== "string" || typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
    return { key, rot, id, day };
  } catch {
    return null;
  }
}

/** The UTC date that seeds the day's rotation, so equally relevant people take turns at the top. */
export const rotationDay = (at: Date) => at.toISOString().slice(0, 10);

type ResultRow = {
  id: string; slug: string; display_name: string; pronouns: string | null; bio: string; country: string; region: string | null;
  city: string | null; languages: string[]; modalities: string[]; specialties: string[]; approaches: string[]; availability: string;
  competency: string; verified_until: Date | string | null; sort_key: number; rot: string;
};

function cardView(r: ResultRow, at: Date) {
  const verifiedUntil = r.verified_until ? new Date(r.verified_until) : null;
  return {
    id: r.id,
    slug: r.slug,
    displayName: r.display_name,
    pronouns: r.pronouns,
    summary: firstSentences(markdownToText(r.bio)),
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
export type FacilitatorCard = ReturnType<typeof cardView>;

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
  const where = and([publicFacilitatorProfileSql, text?.where ?? null, ...FACET_DIMENSIONS.map((d) => filterCondition(d, query, "p", at))]);
  const after = cursor
    ? sql`where s.sort_key < ${cursor.key}::float8 or (s.sort_key = ${cursor.key}::float8 and (s.rot > ${cursor.rot} or (s.rot = ${cursor.rot} and s.id > ${cursor.id})))`
    : sql``;
  const rows = await executeRows<ResultRow>(
    db,
    sql`select * from (
        select p.id, p.slug, p.display_name, p.pronouns, p.bio, p.country, p.region, p.city, p.languages, p.modalities,
          p.specialties, p.approaches, p.availability, p.competency, p.verified_until,
          ${sortKey} as sort_key, md5(p.id || ${day}) as rot
        from facilitator_profiles p join users u on u.id = p.user_id
        where ${where}
      ) s ${after}
      order by s.sort_key desc, s.rot asc, s.id asc
      limit ${pageSize + 1}`,
  );
  const { facets, total } = await countFacets(db, query, text, at);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  const nextCursor = rows.length > pageSize && last ? encodeCursor({ key: Number(last.sort_key), rot: last.rot, id: last.id, day }) : null;
  return { results: page.map((r) => cardView(r, at)), facets, total, nextCursor };
}
export type DirectoryPage = Awaited<ReturnType<typeof findFacilitators>>;
