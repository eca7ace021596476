// The search page's URL ⇄ query mapping, shared by the loader and the links it renders. Client-safe.
import { SEARCH_KINDS, type SearchFilters, type SearchKind, type SearchQuery } from "./engine/types";

export const SEARCH_PAGE_SIZE = 10;
/** URL parameter → engine filter. The same names as on /resources. */
export const FILTER_PARAMS = [
  { param: "kind", facet: "kind" },
  { param: "type", facet: "type" },
  { param: "topic", facet: "topics" },
  { param: "country", facet: "countries" },
  { param: "language", facet: "languages" },
] as const;

const clean = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter((v) => v && v.length <= 60))].slice(0, 30);

function yearParam(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value.trim())) return undefined;
  const year = Number(value);
  return year >= 1900 && year <= 2100 ? year : undefined;
}

export type SearchForm = {
  q: string;
  kind: string[];
  type: string[];
  topic: string[];
  country: string[];
  language: string[];
  yearFrom: string;
  yearTo: string;
  page: number;
};

/** Reads /search?q=…&kind=…&topic=…&yearFrom=…&page=… */
export function searchFormFromUrl(url: URL): SearchForm {
  const p = url.searchParams;
  const page = Number(p.get("page"));
  return {
    q: (p.get("q") ?? "").slice(0, 200),
    kind: clean(p.getAll("kind")).filter((k) => (SEARCH_KINDS as readonly string[]).includes(k)),
    type: clean(p.getAll("type")),
    topic: clean(p.getAll("topic")),
    country: clean(p.getAll("country")).map((c) => c.toUpperCase()),
    language: clean(p.getAll("language")).map((c) => c.toLowerCase()),
    yearFrom: yearParam(p.get("yearFrom"))?.toString() ?? "",
    yearTo: yearParam(p.get("yearTo"))?.toString() ?? "",
    page: Number.isInteger(page) && page > 0 && page <= 1000 ? page : 1,
  };
}

export function searchQueryFromForm(form: SearchForm): SearchQuery {
  const filters: SearchFilters = {};
  if (form.kind.length) filters.kind = form.kind as SearchKind[];
  if (form.type.length) filters.type = form.type;
  if (form.topic.length) filters.topics = form.topic;
  if (form.country.length) filters.countries = form.country;
  if (form.language.length) filters.languages = form.language;
  if (form.yearFrom) filters.yearFrom = Number(form.yearFrom);
  if (form.yearTo) filters.yearTo = Number(form.yearTo);
  return { q: form.q, filters, page: form.page, hitsPerPage: SEARCH_PAGE_SIZE, facets: ["kind", "type", "topics", "countries", "languages", "year"] };
}

/** The URL of the same search with some parameters changed (pagination, clearing filters). */
export function searchHref(form: SearchForm, changes: Partial<SearchForm> = {}, path = "/search"): string {
  const next = { ...form, ...changes };
  const p = new URLSearchParams();
  if (next.q) p.set("q", next.q);
  for (const { param } of FILTER_PARAMS) for (const v of next[param]) p.append(param, v);
  if (next.yearFrom) p.set("yearFrom", next.yearFrom);
  if (next.yearTo) p.set("yearTo", next.yearTo);
  if (next.page > 1) p.set("page", String(next.page));
  const qs = p.toString();
  return qs ? `${path}?${qs}` : path;
}

export const hasFilters = (form: SearchForm) => FILTER_PARAMS.some(({ param }) => form[param].length > 0) || !!form.yearFrom || !!form.yearTo;
