import type { SearchDocument } from "./types";

/**
 * A copy holding only the public document fields. Used on the way in (the caller may mutate
 * its objects later) and on the way out (a caller mutating a hit must not corrupt the index).
 */
export function copyDocument(doc: SearchDocument): SearchDocument {
  return {
    id: doc.id,
    kind: doc.kind,
    slug: doc.slug,
    title: doc.title ?? "",
    summary: doc.summary ?? "",
    body: doc.body ?? "",
    type: doc.type ?? null,
    topics: [...(doc.topics ?? [])],
    countries: [...(doc.countries ?? [])],
    languages: [...(doc.languages ?? [])],
    year: doc.year ?? null,
    updatedAt: doc.updatedAt,
    verifiedAt: doc.verifiedAt ?? null,
  };
}
