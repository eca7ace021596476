import { sql } from "drizzle-orm";
import { executeRows, type Queryable } from "../../db/client";
import { publicResourceIds, resourceSearchDocument } from "~/library/search-document.server";
import type { SearchDocument, SearchKind } from "./engine/types";

// What the index is made of: one source per kind of public record. Circle content has NO source
// here, on purpose: it can never reach the index. A source returns null for anything that is not
// public (a draft, a withdrawn learning, an unlisted profile), which the worker turns into a delete.

export type SearchSource = {
  kind: SearchKind;
  /** The record's current public snapshot, or null when it is gone or not public. */
  load: (db: Queryable, entityId: string) => Promise<SearchDocument | null>;
  /** Candidate ids for a full reindex; `load` still decides what is public. */
  listIds: (db: Queryable) => Promise<string[]>;
};

export class MissingSearchSourceError extends Error {
  constructor(kind: string, cause: unknown) {
    super(`The search document loader for "${kind}" is not available yet (${(cause as Error)?.message ?? cause}); the outbox row will be retried.`);
    this.name = "MissingSearchSourceError";
  }
}

type LoaderModule = Record<string, unknown>;

/**
 * Loads another domain's search-document module at run time. The learnings and directory modules
 * are written alongside this one; until their file exists, the outbox row records a clear error and
 * is retried with backoff instead of failing the whole batch.
 */
function lazyLoader(kind: SearchKind, modulePath: string, exportName: string) {
  let loaded: Promise<(db: Queryable, id: string) => Promise<SearchDocument | null>> | undefined;
  return async (db: Queryable, id: string) => {
    loaded ??= import(/* @vite-ignore */ modulePath).then((m: LoaderModule) => {
      const fn = m[exportName];
      if (typeof fn !== "function") throw new Error(`${modulePath} has no export ${exportName}`);
      return fn as (db: Queryable, id: string) => Promise<SearchDocument | null>;
    });
    try {
      const fn = await loaded;
      return await fn(db, id);
    } catch (error) {
      if (error instanceof MissingSearchSourceError) throw error;
      const message = String((error as Error)?.message ?? error);
      if (/Cannot find module|Failed to load|does not provide|has no export|ERR_MODULE_NOT_FOUND/i.test(message)) {
        loaded = undefined;
        throw new MissingSearchSourceError(kind, error);
      }
      throw error;
    }
  };
}

/** Ids from another domain's table; an absent table (not migrated yet) means none. */
async function idsFrom(db: Queryable, query: ReturnType<typeof sql>): Promise<string[]> {
  try {
    const rows = await executeRows<{ id: string }>(db, query);
    return rows.map((r) => String(r.id));
  } catch {
    return [];
  }
}

// Module paths are held in variables so bundlers leave them alone until the files exist.
const LEARNINGS_MODULE = "../learnings/search-document.server";
const DIRECTORY_MODULE = "../directory/search-document.server";

export const SEARCH_SOURCES: Record<SearchKind, SearchSource> = {
  resource: { kind: "resource", load: resourceSearchDocument, listIds: publicResourceIds },
  learning: {
    kind: "learning",
    load: lazyLoader("learning", LEARNINGS_MODULE, "learningSearchDocument"),
    listIds: (db) => idsFrom(db, sql`select id from learnings where status = 'published'`),
  },
  facilitator: {
    kind: "facilitator",
    load: lazyLoader("facilitator", DIRECTORY_MODULE, "facilitatorSearchDocument"),
    listIds: (db) => idsFrom(db, sql`select id from facilitator_profiles`),
  },
};

/** The search document id of a record: `${kind}:${id}`, as the engines expect. */
export const searchDocumentId = (kind: SearchKind, entityId: string) => `${kind}:${entityId}`;
