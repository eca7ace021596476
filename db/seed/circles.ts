import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { zonedLocalToUtc } from "../../app/circles/time";
import type { Database } from "../client";
import {
  circleFacilitators,
  circleGatheringRsvps,
  circleGatherings,
  circleMemberships,
  circlePosts,
  circlePostSupports,
  circleRulesVersions,
  circles,
  circleThreadFollows,
  circleThreads,
} from "../schema";
import type { DemoKey } from "./accounts";
import { CIRCLES, type AuthorKey, type SeedCircle } from "./data/circles";

/**
 * Some demo members take part under a pseudonym in some circles, so the sealed-identity behaviour can be
 * seen in the demo: other members and facilitators see only these names.
 */
const PSEUDONYMS: Record<string, Partial<Record<AuthorKey, string>>> = {
  "after-a-medication-error": { member: "Harbour Light", member4: "Kowhai" },
  "midwives-after-a-difficult-birth": { member2: "Tide Pool" },
  "after-a-bad-job": { member4: "Night Owl" },
  "doctors-in-training-after-harm": { member: "Still Learning", member3: "Quiet Fern" },
  "cercle-soignants-apres-un-incident": { member3: "Fougère" },
  "cercle-perinatalite-sages-femmes": { member4: "Petite Ourse" },
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function localDate(daysFromNow: number, hour: number, timeZone: string) {
  const day = new Date(Date.now() + daysFromNow * DAY);
  const ymd = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(day);
  return zonedLocalToUtc(`${ymd}T${String(hour).padStart(2, "0")}:00`, timeZone);
}

function authorsOf(seed: SeedCircle): AuthorKey[] {
  const keys = new Set<AuthorKey>();
  for (const t of seed.threads) {
    keys.add(t.authorKey);
    for (const r of t.replies) keys.add(r.authorKey);
  }
  return [...keys];
}

/** Seeds the circles demo content: six circles (open, request, invite; English and French) with threads, replies and gatherings. */
export async function seedCircles(db: Database, people: Record<DemoKey, string>): Promise<void> {
  await db.transaction(async (tx) => {
    for (const seed of CIRCLES) {
      const circleId = randomUUID();
      const created = new Date(Date.now() - 60 * DAY);
      await tx.insert(circles).values({
        id: circleId,
        slug: seed.slug,
        name: seed.name,
        purpose: seed.purpose,
        kind: seed.kind,
        language: seed.language,
        timeZone: seed.timeZone,
        capacity: seed.capacity ?? null,
        firstPostsHeld: seed.firstPostsHeld,
        rulesVersion: 1,
        createdBy: people.facilitator,
        createdAt: created,
      });
      await tx
        .insert(circleRulesVersions)
        .values({ id: randomUUID(), circleId, version: 1, bodyMarkdown: seed.rulesMarkdown, publishedBy: people.facilitator, publishedAt: created });
      await tx.insert(circleFacilitators).values({ circleId, userId: people.facilitator, createdAt: created });

      const membershipOf = new Map<AuthorKey, string>();
      const postCounts = new Map<AuthorKey, number>();
      for (const key of new Set<AuthorKey>(["facilitator", ...authorsOf(seed)])) {
        const id = randomUUID();
        const pseudonym = key === "facilitator" ? undefined : PSEUDONYMS[seed.slug]?.[key];
        membershipOf.set(key, id);
        await tx.insert(circleMemberships).values({
          id,
          circleId,
          userId: people[key],
          status: "active",
          identity: pseudonym ? "pseudonym" : "display_name",
          pseudonym: pseudonym ?? null,
          pseudonymKey: pseudonym ? pseudonym.toLowerCase() : null,
          acceptedRulesVersion: 1,
          joinedAt: created,
          createdAt: created,
        });
      }
      if (seed.kind === "request") {
        await tx.insert(circleMemberships).values({
          id: randomUUID(),
          circleId,
          userId: people.org,
          status: "pending",
          identity: "display_name",
          requestMessage: "I work in maternity services and would value a place to listen and, one day, to share.",
          createdAt: new Date(Date.now() - DAY),
        });
      }

      for (const [ti, thread] of seed.threads.entries()) {
        const threadId = randomUUID();
        const start = Date.now() - (seed.threads.length - ti) * 9 * DAY;
        const openerId = randomUUID();
        const replyIds: string[] = [];
        const lastAt = new Date(start + thread.replies.length * 7 * HOUR);
        await tx.insert(circleThreads).values({
          id: threadId,
          circleId,
          title: thread.title,
          authorMembershipId: membershipOf.get(thread.authorKey)!,
          lastPostAt: lastAt,
          createdAt: new Date(start),
        });
        await tx.insert(circlePosts).values({
          id: openerId,
          threadId,
          circleId,
          authorMembershipId: membershipOf.get(thread.authorKey)!,
          isOpener: true,
          body: thread.body,
          contentWarning: thread.contentWarning ?? null,
          status: "visible",
          createdAt: new Date(start),
        });
        postCounts.set(thread.authorKey, (postCounts.get(thread.authorKey) ?? 0) + 1);
        for (const [ri, reply] of thread.replies.entries()) {
          const id = randomUUID();
          const quoteOf = reply.quoteOf === undefined ? null : reply.quoteOf === -1 ? openerId : (replyIds[reply.quoteOf] ?? null);
          await tx.insert(circlePosts).values({
            id,
            threadId,
            circleId,
            authorMembershipId: membershipOf.get(reply.authorKey)!,
            isOpener: false,
            body: reply.body,
            quoteOfPostId: quoteOf,
            status: "visible",
            createdAt: new Date(start + (ri + 1) * 7 * HOUR),
          });
          replyIds.push(id);
          postCounts.set(reply.authorKey, (postCounts.get(reply.authorKey) ?? 0) + 1);
        }
        // A little support on the opening post, from those who replied.
        const supporters = [...new Set(thread.replies.map((r) => r.authorKey))].filter((k) => k !== thread.authorKey);
        for (const key of supporters) await tx.insert(circlePostSupports).values({ postId: openerId, membershipId: membershipOf.get(key)!, createdAt: lastAt });
        for (const key of new Set([thread.authorKey, ...thread.replies.map((r) => r.authorKey)])) {
          await tx
            .insert(circleThreadFollows)
            .values({ threadId, userId: people[key], createdAt: new Date(start) })
            .onConflictDoNothing();
        }
      }
      for (const [key, count] of postCounts) {
        await tx
          .update(circleMemberships)
          .set({ approvedPostCount: count })
          .where(eq(circleMemberships.id, membershipOf.get(key)!));
      }

      for (const g of seed.gatherings) {
        const gatheringId = randomUUID();
        const startsAt = localDate(g.startsInDays, g.startHour, seed.timeZone);
        await tx.insert(circleGatherings).values({
          id: gatheringId,
          circleId,
          title: g.title,
          startsAt,
          endsAt: new Date(startsAt.getTime() + g.durationMinutes * 60_000),
          onlineUrl: g.onlineUrl ?? null,
          place: g.place ?? null,
          capacity: g.capacity ?? null,
          createdBy: people.facilitator,
          createdAt: created,
        });
        const going = authorsOf(seed).slice(0, 3);
        for (const [i, key] of going.entries()) {
          await tx
            .insert(circleGatheringRsvps)
            .values({ gatheringId, userId: people[key], status: "going", createdAt: new Date(created.getTime() + i * 1000) });
        }
      }
    }
  });
}
