import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { circleMemberships, circlePosts, circleThreads, circles, postFlags, watchedWords, type WatchedWordAction } from "../schema";
import type { DemoKey } from "./accounts";

/**
 * Demo moderation content: a site-wide watched-word list, one circle's own list, a post held by the
 * identifier guard and a flagged post, so the review queues have something to show. All fictional.
 */
const SITE_WORDS: { pattern: string; action: WatchedWordAction; note: string }[] = [
  { pattern: "idiot*", action: "block", note: "Demeaning; we can disagree without it." },
  { pattern: "incompetent fool", action: "block", note: "Demeaning." },
  { pattern: "shut up", action: "block", note: "Dismissive; invite the member to rephrase." },
  { pattern: "name and shame", action: "hold", note: "Often followed by identifying details." },
  { pattern: "sue them", action: "hold", note: "Legal matters: a facilitator checks for identifying details." },
  { pattern: "journalist*", action: "hold", note: "Media contact: check nothing identifying is shared." },
  { pattern: "discount code", action: "flag", note: "Possible advertising." },
  { pattern: "crypto*", action: "flag", note: "Possible spam." },
];

const CIRCLE_WORDS: Record<string, { pattern: string; action: WatchedWordAction; note: string }[]> = {
  "midwives-after-a-difficult-birth": [{ pattern: "birth certificate", action: "hold", note: "May carry a baby's details." }],
  "after-a-medication-error": [{ pattern: "chart number", action: "hold", note: "May identify a patient." }],
};

const HELD_REPLY =
  "I keep coming back to the chart. The number on it was 943 476 5919 and I wrote the dose beside it without looking twice. I know I should not share that here; I just needed to say it to someone.";
const FLAG_NOTE = "This feels a little too specific about the ward; could a facilitator take a gentle look?";

export async function seedModeration(db: Database, people: Record<DemoKey, string>): Promise<void> {
  await db.transaction(async (tx) => {
    for (const w of SITE_WORDS) {
      await tx
        .insert(watchedWords)
        .values({ id: randomUUID(), scope: "site", circleId: null, ...w, createdBy: people.moderator })
        .onConflictDoNothing();
    }
    for (const [slug, words] of Object.entries(CIRCLE_WORDS)) {
      const [circle] = await tx.select({ id: circles.id }).from(circles).where(eq(circles.slug, slug));
      if (!circle) continue;
      for (const w of words)
        await tx
          .insert(watchedWords)
          .values({ id: randomUUID(), scope: circle.id, circleId: circle.id, ...w, createdBy: people.facilitator })
          .onConflictDoNothing();
    }

    const [circle] = await tx.select({ id: circles.id }).from(circles).where(eq(circles.slug, "after-a-medication-error"));
    if (!circle) return;
    const [thread] = await tx
      .select({ id: circleThreads.id })
      .from(circleThreads)
      .where(eq(circleThreads.circleId, circle.id))
      .orderBy(asc(circleThreads.createdAt))
      .limit(1);
    const [author] = await tx
      .select({ id: circleMemberships.id })
      .from(circleMemberships)
      .where(and(eq(circleMemberships.circleId, circle.id), eq(circleMemberships.userId, people.member2)));
    if (!thread || !author) return;
    // A reply the identifier guard held: it waits in the queue, visible only to its author and reviewers.
    await tx.insert(circlePosts).values({
      id: randomUUID(),
      threadId: thread.id,
      circleId: circle.id,
      authorMembershipId: author.id,
      isOpener: false,
      body: HELD_REPLY,
      status: "held",
      holdReason: "identifier",
    });
    // A visible reply someone flagged, waiting for a facilitator.
    const [target] = await tx
      .select({ id: circlePosts.id })
      .from(circlePosts)
      .innerJoin(circleMemberships, eq(circleMemberships.id, circlePosts.authorMembershipId))
      .where(
        and(
          eq(circlePosts.circleId, circle.id),
          eq(circlePosts.status, "visible"),
          eq(circlePosts.isOpener, false),
          eq(circleMemberships.userId, people.member4),
        ),
      )
      .limit(1);
    if (target)
      await tx
        .insert(postFlags)
        .values({ id: randomUUID(), postId: target.id, circleId: circle.id, reporterId: people.member3, reason: "other", note: FLAG_NOTE });
  });
}
