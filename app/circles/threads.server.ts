import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { circleMemberships, circlePostRevisions, circlePosts, circlePostSupports, circleThreadFollows, circleThreads, users } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { keysetPage } from "~/utils/keyset";
import { markdownToText, renderMarkdown } from "~/utils/markdown.server";
import { postVisibleSql, type PostViewer } from "~/utils/policy.server";
import type { CircleContext } from "./access.server";
import { postBodyHtml } from "./post-html.server";
import { memberLabelSql } from "./names";

export const PAGE_SIZE = 50;

export type Cursor = { createdAt: string; id: string };
export const encodeCursor = (c: { createdAt: Date; id: string }) => Buffer.from(`${c.createdAt.toISOString()}|${c.id}`).toString("base64url");
export function decodeCursor(value: string | null): Cursor | null {
  if (!value) return null;
  const [createdAt, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !/^[\w-]{1,64}$/.test(id)) return null;
  return { createdAt, id };
}

export const THREAD_LIST_PAGE_SIZE = 50;

export type ThreadListRequest = { after: Cursor | null; before: Cursor | null };

/**
 * One page of the threads whose opening post this reader may see, most recently active first, by keyset on
 * (last_post_at, id) over the index (circle_id, last_post_at, id). `after` walks to older threads, `before`
 * back to newer ones; the id breaks ties between threads active in the same millisecond.
 */
export async function listThreads(ctx: CircleContext, viewer: PostViewer, request: ThreadListRequest = { after: null, before: null }) {
  const db = await getDb();
  const backwards = !!request.before && !request.after;
  const conditions: SQL[] = [eq(circleThreads.circleId, ctx.circle.id), postVisibleSql(viewer)];
  if (request.after) conditions.push(sql`(${circleThreads.lastPostAt}, ${circleThreads.id}) < (${request.after.createdAt}::timestamptz, ${request.after.id})`);
  else if (request.before)
    conditions.push(sql`(${circleThreads.lastPostAt}, ${circleThreads.id}) > (${request.before.createdAt}::timestamptz, ${request.before.id})`);
  const rows = await db
    .select({
      id: circleThreads.id,
      title: circleThreads.title,
      lastPostAt: circleThreads.lastPostAt,
      openerStatus: circlePosts.status,
      authorLabel: memberLabelSql,
      replies: circleThreads.replyCount,
    })
    .from(circleThreads)
    .innerJoin(circlePosts, and(eq(circlePosts.threadId, circleThreads.id), eq(circlePosts.isOpener, true)))
    .innerJoin(circleMemberships, eq(circleMemberships.id, circlePosts.authorMembershipId))
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(and(...conditions))
    .orderBy(...(backwards ? [asc(circleThreads.lastPostAt), asc(circleThreads.id)] : [desc(circleThreads.lastPostAt), desc(circleThreads.id)]))
    .limit(THREAD_LIST_PAGE_SIZE + 1);
  const { page, first: newest, last: oldest, hasPrevious: hasNewer, hasNext: hasOlder } = keysetPage(rows, THREAD_LIST_PAGE_SIZE, request, backwards);
  return {
    newerCursor: hasNewer && newest ? encodeCursor({ createdAt: newest.lastPostAt, id: newest.id }) : null,
    olderCursor: hasOlder && oldest ? encodeCursor({ createdAt: oldest.lastPostAt, id: oldest.id }) : null,
    threads: page.map((r) => ({
      ...r,
      title: r.openerStatus === "deleted" ? "A thread removed by its author or a moderator" : r.title,
      replies: Number(r.replies),
    })),
  };
}

/** The thread if its opening post is visible to this reader. */
export async function getThread(ctx: CircleContext, viewer: PostViewer, threadId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: circleThreads.id, title: circleThreads.title, openerStatus: circlePosts.status })
    .from(circleThreads)
    .innerJoin(circlePosts, and(eq(circlePosts.threadId, circleThreads.id), eq(circlePosts.isOpener, true)))
    .where(and(eq(circleThreads.id, threadId), eq(circleThreads.circleId, ctx.circle.id), postVisibleSql(viewer)))
    .limit(1);
  return row ?? null;
}

export type PageRequest = { after: Cursor | null; before: Cursor | null; last: boolean };

/**
 * One page of a thread by keyset (created_at, id) on the index (thread_id, created_at, id): the cost is the
 * same on page 1 and page 100.
 */
export async function getThreadPage(viewer: PostViewer, threadId: string, request: PageRequest, userId: string | null) {
  const db = await getDb();
  const backwards = !!request.before || request.last;
  const conditions: SQL[] = [eq(circlePosts.threadId, threadId), postVisibleSql(viewer)];
  if (request.after) conditions.push(sql`(${circlePosts.createdAt}, ${circlePosts.id}) > (${request.after.createdAt}::timestamptz, ${request.after.id})`);
  else if (request.before)
    conditions.push(sql`(${circlePosts.createdAt}, ${circlePosts.id}) < (${request.before.createdAt}::timestamptz, ${request.before.id})`);
  const mine = viewer.membershipId;
  const rows = await db
    .select({
      id: circlePosts.id,
      isOpener: circlePosts.isOpener,
      body: circlePosts.body,
      bodyHtml: circlePosts.bodyHtml,
      bodyHtmlVersion: circlePosts.bodyHtmlVersion,
      status: circlePosts.status,
      contentWarning: circlePosts.contentWarning,
      quoteOfPostId: circlePosts.quoteOfPostId,
      holdReason: circlePosts.holdReason,
      deleteReason: circlePosts.deleteReason,
      deletedByRole: circlePosts.deletedByRole,
      createdAt: circlePosts.createdAt,
      editedAt: circlePosts.editedAt,
      authorLabel: memberLabelSql,
      isMine: mine ? sql<boolean>`${circlePosts.authorMembershipId} = ${mine}` : sql<boolean>`false`,
      supportCount: sql<number>`(select count(*)::int from ${circlePostSupports} s where s.post_id = ${circlePosts.id})`,
      supportedByMe: mine
        ? sql<boolean>`exists (select 1 from ${circlePostSupports} s where s.post_id = ${circlePosts.id} and s.membership_id = ${mine})`
        : sql<boolean>`false`,
    })
    .from(circlePosts)
    .innerJoin(circleMemberships, eq(circleMemberships.id, circlePosts.authorMembershipId))
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(and(...conditions))
    .orderBy(...(backwards ? [desc(circlePosts.createdAt), desc(circlePosts.id)] : [asc(circlePosts.createdAt), asc(circlePosts.id)]))
    .limit(PAGE_SIZE + 1);
  const { page, first, last, hasPrevious, hasNext } = keysetPage(rows, PAGE_SIZE, request, backwards);

  const quotes = await quotedPosts(
    viewer,
    page.map((p) => p.quoteOfPostId).filter((q): q is string => !!q),
  );
  const revisions = viewer.mayModerate ? await revisionsOf(page.filter((p) => p.editedAt).map((p) => p.id)) : new Map();
  const following = userId
    ? (
        await db
          .select({ t: circleThreadFollows.threadId })
          .from(circleThreadFollows)
          .where(and(eq(circleThreadFollows.threadId, threadId), eq(circleThreadFollows.userId, userId)))
          .limit(1)
      ).length > 0
    : false;

  return {
    following,
    previousCursor: hasPrevious && first ? encodeCursor(first) : null,
    nextCursor: hasNext && last ? encodeCursor(last) : null,
    posts: page.map((p) => ({
      id: p.id,
      isOpener: p.isOpener,
      status: p.status,
      authorLabel: p.authorLabel,
      createdAt: p.createdAt.toISOString(),
      edited: !!p.editedAt,
      isMine: !!p.isMine,
      supportCount: Number(p.supportCount),
      supportedByMe: !!p.supportedByMe,
      contentWarning: p.status === "deleted" ? null : p.contentWarning,
      html: p.status === "deleted" ? null : postBodyHtml(p),
      deletedBy: p.status === "deleted" ? (p.deletedByRole === "author" ? "its author" : "a moderator") : null,
      holdReason: viewer.mayModerate ? p.holdReason : null,
      deleteReason: viewer.mayModerate && p.status === "deleted" ? p.deleteReason : null,
      quote: p.quoteOfPostId ? (quotes.get(p.quoteOfPostId) ?? null) : null,
      revisions: (revisions.get(p.id) ?? []) as Array<{ html: string; reason: string | null; createdAt: string }>,
    })),
  };
}

async function quotedPosts(viewer: PostViewer, ids: string[]) {
  const map = new Map<string, { id: string; authorLabel: string; excerpt: string }>();
  if (!ids.length) return map;
  const db = await getDb();
  const rows = await db
    .select({ id: circlePosts.id, body: circlePosts.body, status: circlePosts.status, authorLabel: memberLabelSql })
    .from(circlePosts)
    .innerJoin(circleMemberships, eq(circleMemberships.id, circlePosts.authorMembershipId))
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(and(inArray(circlePosts.id, [...new Set(ids)]), postVisibleSql(viewer)));
  for (const r of rows) {
    if (r.status === "deleted") continue;
    const text = markdownToText(r.body);
    map.set(r.id, { id: r.id, authorLabel: r.authorLabel, excerpt: text.length > 280 ? `${text.slice(0, 277)}…` : text });
  }
  return map;
}

async function revisionsOf(postIds: string[]) {
  const map = new Map<string, Array<{ html: string; reason: string | null; createdAt: string }>>();
  if (!postIds.length) return map;
  const db = await getDb();
  const rows = await db.select().from(circlePostRevisions).where(inArray(circlePostRevisions.postId, postIds)).orderBy(asc(circlePostRevisions.createdAt));
  for (const r of rows)
    map.set(r.postId, [...(map.get(r.postId) ?? []), { html: renderMarkdown(r.body), reason: r.reason, createdAt: r.createdAt.toISOString() }]);
  return map;
}

/** The post a reply form quotes (only if this reader may see it). */
export async function quotablePost(ctx: CircleContext, viewer: PostViewer, threadId: string, postId: string) {
  const quotes = await quotedPosts(viewer, [postId]);
  const q = quotes.get(postId);
  if (!q) return null;
  const db = await getDb();
  const [inThread] = await db
    .select({ id: circlePosts.id })
    .from(circlePosts)
    .where(and(eq(circlePosts.id, postId), eq(circlePosts.threadId, threadId), eq(circlePosts.circleId, ctx.circle.id)))
    .limit(1);
  return inThread ? q : null;
}
