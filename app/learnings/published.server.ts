import { and, asc, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { learningDrafts, learningVersions, learnings } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { readableLearningsFilter, type Actor } from "~/utils/policy.server";
import { markdownToText } from "~/utils/markdown.server";
import type { ListFilters } from "./schema.server";

export const PAGE_SIZE = 12;

const listColumns = {
  id: learnings.id,
  slug: learnings.slug,
  visibility: learnings.visibility,
  lastPublishedAt: learnings.lastPublishedAt,
  title: learningVersions.title,
  setting: learningVersions.setting,
  eventType: learningVersions.eventType,
  country: learningVersions.country,
  year: learningVersions.year,
  tags: learningVersions.tags,
  version: learningVersions.version,
  whatHappened: learningVersions.sections,
};

/** Keyset cursor: the last row's publication time and id, so pages stay stable while new learnings arrive. */
export function encodeCursor(at: Date, id: string) {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}
export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  return id && !Number.isNaN(at.getTime()) ? { at, id } : null;
}

/** Published learnings this person may read, newest first, filtered and paged by keyset. */
export async function listLearnings(user: Actor, filters: ListFilters, pageSize = PAGE_SIZE) {
  const db = await getDb();
  const where: SQL[] = [readableLearningsFilter(user)];
  if (filters.setting) where.push(eq(learningVersions.setting, filters.setting));
  if (filters.type) where.push(eq(learningVersions.eventType, filters.type));
  if (filters.country) where.push(eq(learningVersions.country, filters.country));
  if (filters.year) where.push(eq(learningVersions.year, filters.year));
  const cursor = decodeCursor(filters.after);
  if (cursor) where.push(or(lt(learnings.lastPublishedAt, cursor.at), and(eq(learnings.lastPublishedAt, cursor.at), lt(learnings.id, cursor.id)))!);
  const rows = await db
    .select(listColumns)
    .from(learnings)
    .innerJoin(learningVersions, eq(learningVersions.id, learnings.currentVersionId))
    .where(and(...where))
    .orderBy(desc(learnings.lastPublishedAt), desc(learnings.id))
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize).map(({ whatHappened, ...r }) => ({ ...r, excerpt: excerpt(whatHappened.whatHappened ?? "") }));
  const last = page[page.length - 1];
  return { items: page, next: rows.length > pageSize && last ? encodeCursor(last.lastPublishedAt!, last.id) : null };
}

function excerpt(markdown: string, length = 220) {
  const text = markdownToText(markdown);
  return text.length > length ? `${text.slice(0, length).replace(/\s+\S*$/, "")}…` : text;
}

/** One learning by slug with its current version and the notes of every correction. */
export async function learningBySlug(slug: string) {
  const db = await getDb();
  const [learning] = await db.select().from(learnings).where(eq(learnings.slug, slug));
  if (!learning) return null;
  const versions = await db.select().from(learningVersions).where(eq(learningVersions.learningId, learning.id)).orderBy(asc(learningVersions.version));
  const current = versions.find((v) => v.id === learning.currentVersionId) ?? null;
  const corrections = versions.filter((v) => v.correctionNote).map((v) => ({ version: v.version, note: v.correctionNote!, publishedAt: v.publishedAt }));
  return { learning, current, corrections };
}

/** Public learnings for the Atom feed, newest first. */
export async function feedLearnings(limit = 50) {
  const db = await getDb();
  return db
    .select({
      id: learnings.id,
      slug: learnings.slug,
      firstPublishedAt: learnings.firstPublishedAt,
      lastPublishedAt: learnings.lastPublishedAt,
      title: learningVersions.title,
      sections: learningVersions.sections,
      eventType: learningVersions.eventType,
      setting: learningVersions.setting,
      correctionNote: learningVersions.correctionNote,
    })
    .from(learnings)
    .innerJoin(learningVersions, eq(learningVersions.id, learnings.currentVersionId))
    .where(readableLearningsFilter(null))
    .orderBy(desc(learnings.lastPublishedAt), desc(learnings.id))
    .limit(limit);
}

/** "My learnings": every learning of this author, with where its working copy is. */
export async function myLearnings(authorId: string) {
  const db = await getDb();
  return db
    .select({
      id: learnings.id,
      slug: learnings.slug,
      status: learnings.status,
      visibility: learnings.visibility,
      updatedAt: learnings.updatedAt,
      draftTitle: learningDrafts.title,
      stage: learningDrafts.stage,
      kind: learningDrafts.kind,
      returnedAt: learningDrafts.returnedAt,
      publishedTitle: learningVersions.title,
    })
    .from(learnings)
    .leftJoin(learningDrafts, eq(learningDrafts.learningId, learnings.id))
    .leftJoin(learningVersions, eq(learningVersions.id, learnings.currentVersionId))
    .where(eq(learnings.authorId, authorId))
    .orderBy(desc(learnings.updatedAt));
}
