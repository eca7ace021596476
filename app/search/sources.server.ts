import type { Queryable } from "../../db/client";
import { facilitatorSearchDocument, publicFacilitatorIds } from "~/directory/search-document.server";
import { learningSearchDocument, publishedLearningIds } from "~/learnings/search-document.server";
import { publicResourceIds, resourceSearchDocument, resourceSearchDocuments } from "~/library/search-document.server";
import type { SearchDocument, SearchKind } from "./engine/types";

// What the index is made of: one source per kind of public record. Circle content has NO source
// here, on purpose: it can never reach the index. A source returns null for anything that is not
// public (a draft, a withdrawn learning, an unlisted profile), which the worker turns into a delete.
// Each domain owns its loader, so the rule for "public" lives beside its data and its policy.

export type SearchSource = {
  kind: SearchKind;
  /** The record's current public snapshot, or null when it is gone or not public. */
  load: (db: Queryable, entityId: string) => Promise<SearchDocument | null>;
  /** Candidate ids for a full reindex; `load` still decides what is public. */
  listIds: (db: Queryable) => Promise<string[]>;
  /** Optional batch form of `load`, one query for many ids (every id present in the map). */
  loadMany?: (db: Queryable, entityIds: string[]) => Promise<Map<string, SearchDocument | null>>;
};

/** Loads many records of one kind, in one query when the source can. */
export async function loadDocuments(source: SearchSource, db: Queryable, ids: string[]): Promise<Map<string, SearchDocument | null>> {
  if (source.loadMany) return source.loadMany(db, ids);
  const out = new Map<string, SearchDocument | null>();
  for (const id of ids) out.set(id, await source.load(db, id));
  return out;
}

// The loaders are wrapped rather than referenced: the domains' write paths import this module (to
// write search documents in their transactions), and in that import cycle a bare reference could
// still be undefined when this object is built.
export const SEARCH_SOURCES: Record<SearchKind, SearchSource> = {
  resource: {
    kind: "resource",
    load: (db, id) => resourceSearchDocument(db, id),
    loadMany: (db, ids) => resourceSearchDocuments(db, ids),
    listIds: (db) => publicResourceIds(db),
  },
  learning: {
    kind: "learning",
    load: (db, id) => learningSearchDocument(db, id),
    listIds: (db) => publishedLearningIds(db),
  },
  facilitator: {
    kind: "facilitator",
    load: (db, id) => facilitatorSearchDocument(db, id),
    listIds: (db) => publicFacilitatorIds(db),
  },
};

/** The search document id of a record: `${kind}:${id}`, as the engines expect. */
export const searchDocumentId = (kind: SearchKind, entityId: string) => `${kind}:${entityId}`;
