// Pure translations between our search contract and Meilisearch's API: document ids, filter
// expressions, sort, and highlight markup. Kept apart from the adapter so they can be tested
// without a server.

import { escapeHtml, MARK_CLOSE, MARK_OPEN } from "./html";
import { resolveYearRange } from "./settings";
import type { SearchDocument, SearchFilters, SearchQuery } from "./types";

/**
 * Meilisearch primary keys may only contain [A-Za-z0-9_-], and our ids are `${kind}:${uuid}`.
 * The stored key escapes every other character (and "_" itself, to stay reversible) as _XX hex,
 * so "resource:ab-12" becomes "resource_3aab-12". Our own `id` is kept as a normal field.
 */
export function encodeDocumentKey(id: string): string {
  let key = "";
  for (const byte of new TextEncoder().encode(id)) {
    const ch = String.fromCharCode(byte);
    key += /[A-Za-z0-9-]/.test(ch) ? ch : `_${byte.toString(16).padStart(2, "0")}`;
  }
  return key;
}

export function decodeDocumentKey(key: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < key.length; i++) {
    if (key[i] === "_") {
      bytes.push(parseInt(key.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(key.charCodeAt(i));
    }
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

export const PRIMARY_KEY = "pk";

/** The fields we store and retrieve: the public document plus the encoded primary key. */
export const DOCUMENT_FIELDS = [
  "id",
  "kind",
  "slug",
  "title",
  "summary",
  "body",
  "type",
  "topics",
  "countries",
  "languages",
  "year",
  "updatedAt",
  "verifiedAt",
] as const satisfies readonly (keyof SearchDocument)[];

export type StoredDocument = SearchDocument & { [PRIMARY_KEY]: string };

export function toStoredDocument(doc: SearchDocument): StoredDocument {
  return {
    [PRIMARY_KEY]: encodeDocumentKey(doc.id),
    id: doc.id,
    kind: doc.kind,
    slug: doc.slug,
    title: doc.title ?? "",
    summary: doc.summary ?? "",
    body: doc.body ?? "",
    type: doc.type ?? null,
    topics: doc.topics ?? [],
    countries: doc.countries ?? [],
    languages: doc.languages ?? [],
    year: doc.year ?? null,
    updatedAt: doc.updatedAt,
    verifiedAt: doc.verifiedAt ?? null,
  };
}

/**
 * A filter value as a double-quoted Meilisearch string. Quotes and backslashes are escaped so
 * a value can never close the string and inject filter syntax; values are data, not syntax.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const LIST_FILTERS = ["kind", "type", "topics", "countries", "languages"] as const;

/** `kind IN ["a", "b"] AND topics IN ["c"] AND year >= 2019`, or undefined when unfiltered. */
export function buildFilterExpression(filters: SearchFilters | undefined): string | undefined {
  if (!filters) return undefined;
  const clauses: string[] = [];
  for (const field of LIST_FILTERS) {
    const values = filters[field];
    if (!values || values.length === 0) continue;
    clauses.push(`${field} IN [${[...new Set<string>(values)].map(quoteFilterValue).join(", ")}]`);
  }
  const years = resolveYearRange(filters);
  if (years.from !== undefined) clauses.push(`year >= ${years.from}`);
  if (years.to !== undefined) clauses.push(`year <= ${years.to}`);
  return clauses.length > 0 ? clauses.join(" AND ") : undefined;
}

/**
 * Meilisearch sort for our sort option. A placeholder search (no words) is ordered newest
 * first, as the embedded engine does, instead of Meilisearch's internal order.
 */
export function buildSort(query: SearchQuery, hasWords: boolean): string[] | undefined {
  if (query.sort === "updatedAt:desc") return ["updatedAt:desc"];
  if (query.sort === "verifiedAt:desc") return ["verifiedAt:desc"];
  return hasWords ? undefined : ["updatedAt:desc"];
}

/**
 * Highlight tags Meilisearch inserts verbatim. Meilisearch does not escape the source text, so
 * we ask for tags no document contains (a per-process random nonce), escape the whole
 * formatted text, then turn the tags into <mark>. The tags only use characters escaping leaves
 * untouched.
 */
export class HighlightTags {
  readonly pre: string;
  readonly post: string;

  constructor(nonce: string) {
    if (!/^[A-Za-z0-9]+$/.test(nonce)) throw new Error("highlight nonce must be alphanumeric");
    this.pre = `[[hl-${nonce}]]`;
    this.post = `[[/hl-${nonce}]]`;
  }

  /** Escaped HTML with <mark> around the words Meilisearch tagged. */
  toHtml(formatted: string): string {
    return escapeHtml(formatted).split(this.pre).join(MARK_OPEN).split(this.post).join(MARK_CLOSE);
  }
}
