import { and, asc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { circleMemberships, circlePosts, circleThreads, circles, postFlags, users } from "../../db/schema";
import { memberLabelSql } from "~/circles/names";
import { postBodyHtml } from "~/circles/post-html.server";
import type { SessionUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { reviewableCircleSql } from "~/utils/policy.server";
import { FLAG_REASON_LABELS } from "./labels";

export type QueuePost = {
  id: string;
  circleId: string;
  circleSlug: string;
  circleName: string;
  threadId: string;
  threadTitle: string;
  status: string;
  holdReason: string | null;
  authorLabel: string;
  authorMembershipId: string;
  bodyHtml: string;
  body: string;
  createdAt: string;
  holdReasonLabel: string;
  flags: { reason: string; reasonLabel: string; note: string | null; automatic: boolean }[];
};

export type QueueJoinRequest = {
  membershipId: string;
  circleId: string;
  circleSlug: string;
  circleName: string;
  label: string;
  message: string | null;
  createdAt: string;
};

const HOLD_REASON_LABELS: Record<string, string> = {
  new_member: "A new member's first posts wait for approval",
  identifier: "It may contain a patient identifier",
  watched_word_hold: "It contains a word this circle reviews first",
  watched_word_flag: "It contains a watched word",
  distress: "It expresses distress (a care alert was raised)",
  flagged: "Hidden after several members flagged it",
  moderator: "Hidden by a moderator",
};
/** Hold reasons are stored as the screening's machine reasons, comma-separated. */
export const holdReasonLabel = (reason: string | null) =>
  reason
    ? reason
        .split(",")
        .map((r) => HOLD_REASON_LABELS[r] ?? r.replace(/_/g, " "))
        .join("; ")
    : "Waiting for review";
export const flagReasonLabel = (reason: string) => FLAG_REASON_LABELS[reason as keyof typeof FLAG_REASON_LABELS] ?? reason;

/**
 * The review queue: held posts, posts with open flags and join requests, in the circles this person may
 * review (one circle, or every circle for the site-wide queue). Reporters are never part of it.
 */
export async function listReviewQueue(user: SessionUser, circleId?: string) {
  const db = await getDb();
  const openFlag = sql`exists (select 1 from ${postFlags} pf where pf.post_id = ${circlePosts.id} and pf.resolved_at is null)`;
  const posts = await db
    .select({
      id: circlePosts.id,
      circleId: circles.id,
      circleSlug: circles.slug,
      circleName: circles.name,
      threadId: circleThreads.id,
      threadTitle: circleThreads.title,
      status: circlePosts.status,
      holdReason: circlePosts.holdReason,
      authorLabel: memberLabelSql,
      authorMembershipId: circleMemberships.id,
      body: circlePosts.body,
      createdAt: circlePosts.createdAt,
      bodyHtml: circlePosts.bodyHtml,
      bodyHtmlVersion: circlePosts.bodyHtmlVersion,
    })
    .from(circlePosts)
    .innerJoin(circles, eq(circles.id, circlePosts.circleId))
    .innerJoin(circleThreads, eq(circleThreads.id, circlePosts.threadId))
    .innerJoin(circleMemberships, eq(circleMemberships.id, circlePosts.authorMembershipId))
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(
      and(
        reviewableCircleSql(user),
        circleId ? eq(circles.id, circleId) : undefined,
        ne(circlePosts.status, "deleted"),
        or(eq(circlePosts.status, "held"), openFlag),
      ),
    )
    .orderBy(asc(circlePosts.createdAt))
    .limit(200);
  const flags = posts.length
    ? await db
        .select({ postId: postFlags.postId, reason: postFlags.reason, note: postFlags.note, automatic: postFlags.automatic })
        .from(postFlags)
        .where(
          and(
            inArray(
              postFlags.postId,
              posts.map((p) => p.id),
            ),
            isNull(postFlags.resolvedAt),
          ),
        )
        .orderBy(asc(postFlags.createdAt))
    : [];
  const joins = await db
    .select({
      membershipId: circleMemberships.id,
      circleId: circles.id,
      circleSlug: circles.slug,
      circleName: circles.name,
      label: memberLabelSql,
      message: circleMemberships.requestMessage,
      createdAt: circleMemberships.createdAt,
    })
    .from(circleMemberships)
    .innerJoin(circles, eq(circles.id, circleMemberships.circleId))
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(and(reviewableCircleSql(user), circleId ? eq(circles.id, circleId) : undefined, eq(circleMemberships.status, "pending")))
    .orderBy(asc(circleMemberships.createdAt))
    .limit(200);
  return {
    posts: posts.map<QueuePost>(({ bodyHtmlVersion, ...p }) => ({
      ...p,
      createdAt: p.createdAt.toISOString(),
      // The HTML stored when the post was written or edited (ADR 008), not rendered again for every review.
      bodyHtml: postBodyHtml({ body: p.body, bodyHtml: p.bodyHtml, bodyHtmlVersion }),
      holdReasonLabel: holdReasonLabel(p.holdReason),
      flags: flags.filter((f) => f.postId === p.id).map(({ reason, note, automatic }) => ({ reason, reasonLabel: flagReasonLabel(reason), note, automatic })),
    })),
    joins: joins.map<QueueJoinRequest>((j) => ({ ...j, createdAt: j.createdAt.toISOString() })),
  };
}
