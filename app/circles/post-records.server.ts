// Records a post's change leaves behind: its earlier text, and the followers told of a reply. Shared by
// the members' own writes (posts.server) and the moderators' (moderation.server) without either
// importing the other, so the moderation domain can call circles without an import cycle.
import { and, eq, ne } from "drizzle-orm";
import { circleMemberships, circlePostRevisions, circles, circleThreadFollows, circleThreads, type CirclePost } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { notify } from "~/notifications/notifications.server";
import { now } from "~/utils/clock.server";
import { newId } from "~/utils/ids.server";
import { circleReaderMembershipSql } from "~/utils/policy.server";

export const threadHref = (slug: string, threadId: string) => `/circles/${slug}/threads/${threadId}`;

export async function notifyFollowers(tx: Queryable, input: { threadId: string; postId: string; slug: string; authorUserId: string }) {
  const followers = await tx
    .select({ userId: circleThreadFollows.userId })
    .from(circleThreadFollows)
    .innerJoin(circleThreads, eq(circleThreads.id, circleThreadFollows.threadId))
    .innerJoin(circles, eq(circles.id, circleThreads.circleId))
    .innerJoin(circleMemberships, and(eq(circleMemberships.circleId, circleThreads.circleId), eq(circleMemberships.userId, circleThreadFollows.userId)))
    .where(and(eq(circleThreadFollows.threadId, input.threadId), ne(circleThreadFollows.userId, input.authorUserId), circleReaderMembershipSql()));
  await notify(
    tx,
    followers.map((f) => ({
      userId: f.userId,
      kind: "circle.reply",
      message: "Someone replied in a thread you follow",
      href: `${threadHref(input.slug, input.threadId)}?last=1#post-${input.postId}`,
    })),
  );
}

export async function saveRevision(tx: Queryable, post: CirclePost, editedBy: string, reason: string | null) {
  await tx
    .insert(circlePostRevisions)
    .values({ id: newId(), postId: post.id, body: post.body, contentWarning: post.contentWarning, editedBy, reason, createdAt: now() });
}
