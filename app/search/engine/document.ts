// Document hygiene shared by every engine: the same malformed document must fail the same way
// in Meilisearch and in the embedded engine, before anything is written.

import { SEARCH_KINDS, type SearchDocument } from "./types";

/** Encoded as a Meilisearch key an id can triple in length; Meilisearch allows 511 bytes. */
const MAX_ID_LENGTH = 160;

export class InvalidSearchDocumentError extends Error {
  constructor(id: unknown, problem: string) {
    super(`Invalid search document ${JSON.stringify(id)}: ${problem}`);
    this.name = "InvalidSearchDocumentError";
  }
}

const isStringArray = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === "string");
const isOptionalNumber = (value: unknown): boolean => value === null || value === undefined || (typeof value === "number" && Number.isFinite(value));

/** Throws InvalidSearchDocumentError for documents no engine could index faithfully. */
export function assertValidDocument(doc: SearchDocument): void {
  const fail = (problem: string): never => {
    throw new InvalidSearchDocumentError(doc?.id, problem);
  };
  if (typeof doc?.id !== "string" || doc.id.length === 0) fail("id must be a non-empty string");
  if (doc.id.length > MAX_ID_LENGTH) fail(`id longer than ${MAX_ID_LENGTH} characters`);
  if (!SEARCH_KINDS.includes(doc.kind)) fail(`unknown kind ${JSON.stringify(doc.kind)}`);
  for (const field of ["slug", "title", "summary", "body"] as const) {
    if (typeof doc[field] !== "string") fail(`${field} must be a string`);
  }
  for (const field of ["topics", "countries", "languages"] as const) {
    if (!isStringArray(doc[field])) fail(`${field} must be an array of strings`);
  }
  if (doc.type !== null && doc.type !== undefined && typeof doc.type !== "string") fail("type must be a string or null");
  if (typeof doc.updatedAt !== "number" || !Number.isFinite(doc.updatedAt)) fail("updatedAt must be a number");
  if (!isOptionalNumber(doc.year)) fail("year must be a number or null");
  if (!isOptionalNumber(doc.verifiedAt)) fail("verifiedAt must be a number or null");
}

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
