import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { watchedWords, type WatchedWordAction } from "../../db/schema";
import { writeAudit } from "~/utils/audit.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { compilePattern, findMatches, foldForMatching, normalisePattern } from "./patterns";
import { formatWatchedWordsCsv, parseWatchedWordsCsv, type CsvProblem } from "./watched-words-csv";

/** "site" for the site-wide list, or a circle id. */
export type WatchedWordScope = "site" | { circleId: string };
const scopeKey = (scope: WatchedWordScope) => (scope === "site" ? "site" : scope.circleId);

export async function listWatchedWords(scope: WatchedWordScope) {
  const db = await getDb();
  return db
    .select()
    .from(watchedWords)
    .where(eq(watchedWords.scope, scopeKey(scope)))
    .orderBy(asc(watchedWords.pattern));
}

async function upsertWatchedWord(tx: Queryable, scope: WatchedWordScope, entry: { pattern: string; action: WatchedWordAction; note: string }, actorId: string) {
  const pattern = normalisePattern(entry.pattern);
  const [row] = await tx
    .insert(watchedWords)
    .values({
      id: newId(),
      scope: scopeKey(scope),
      circleId: scope === "site" ? null : scope.circleId,
      pattern,
      action: entry.action,
      note: entry.note || null,
      createdBy: actorId,
    })
    .onConflictDoUpdate({ target: [watchedWords.scope, watchedWords.pattern], set: { action: entry.action, note: entry.note || null } })
    .returning({ id: watchedWords.id, inserted: sql<boolean>`(xmax = 0)` });
  return row!;
}

export async function addWatchedWord(actorId: string, scope: WatchedWordScope, entry: { pattern: string; action: WatchedWordAction; note: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await upsertWatchedWord(tx, scope, entry, actorId);
    await writeAudit(tx, {
      actorId,
      action: row.inserted ? "watched_word.added" : "watched_word.changed",
      targetType: "watched_word",
      targetId: row.id,
      metadata: { scope: scopeKey(scope), action: entry.action },
    });
    return row;
  });
}

export async function removeWatchedWord(actorId: string, scope: WatchedWordScope, id: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(watchedWords)
      .where(and(eq(watchedWords.id, id), eq(watchedWords.scope, scopeKey(scope))))
      .returning({ id: watchedWords.id });
    if (removed.length)
      await writeAudit(tx, { actorId, action: "watched_word.removed", targetType: "watched_word", targetId: id, metadata: { scope: scopeKey(scope) } });
    return removed.length > 0;
  });
}

export type ImportResult = { added: number; updated: number; problems: CsvProblem[] };

/**
 * Imports the good rows and reports the bad ones by row number. Importing is an upsert on the pattern,
 * so fixing the reported rows and importing the same file again is safe.
 */
export async function importWatchedWordsCsv(actorId: string, scope: WatchedWordScope, csvText: string): Promise<ImportResult> {
  const { entries, problems } = parseWatchedWordsCsv(csvText);
  if (!entries.length) return { added: 0, updated: 0, problems };
  const db = await getDb();
  return db.transaction(async (tx) => {
    let added = 0;
    for (const entry of entries) if ((await upsertWatchedWord(tx, scope, entry, actorId)).inserted) added += 1;
    await writeAudit(tx, {
      actorId,
      action: "watched_word.imported",
      targetType: "watched_word_list",
      targetId: scopeKey(scope),
      metadata: { added, updated: entries.length - added, rejectedRows: problems.length },
    });
    return { added, updated: entries.length - added, problems };
  });
}

export async function exportWatchedWordsCsv(scope: WatchedWordScope): Promise<string> {
  return formatWatchedWordsCsv(await listWatchedWords(scope));
}

export type WatchedWordHit = { id: string; pattern: string; action: WatchedWordAction; scope: "site" | "circle"; matchedText: string };

/** Every watched word (site-wide and, given a circle, that circle's) that occurs in the text. */
export async function findWatchedWords(db: Queryable, circleId: string | null, text: string): Promise<WatchedWordHit[]> {
  const scopes = circleId ? ["site", circleId] : ["site"];
  const list = await db.select().from(watchedWords).where(inArray(watchedWords.scope, scopes));
  if (!list.length) return [];
  const folded = foldForMatching(text);
  const hits: WatchedWordHit[] = [];
  for (const word of list) {
    const [match] = findMatches(folded, compilePattern(word.pattern));
    if (match)
      hits.push({
        id: word.id,
        pattern: word.pattern,
        action: word.action,
        scope: word.scope === "site" ? "site" : "circle",
        matchedText: text.slice(match.start, match.end),
      });
  }
  return hits;
}
