import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { circleMemberships, circlePosts, circleThreads } from "../../../db/schema";

/** Adds `count` visible replies to a thread directly (fast), one second apart, numbered from 1. */
export async function seedReplies(db: Database, input: { circleId: string; threadId: string; authorUserId: string; count: number; start: Date }) {
  const [m] = await db
    .select()
    .from(circleMemberships)
    .where(and(eq(circleMemberships.circleId, input.circleId), eq(circleMemberships.userId, input.authorUserId)));
  const rows = Array.from({ length: input.count }, (_, i) => ({
    id: randomUUID(),
    threadId: input.threadId,
    circleId: input.circleId,
    authorMembershipId: m!.id,
    isOpener: false,
    body: `Reply number ${i + 1}.`,
    status: "visible" as const,
    createdAt: new Date(input.start.getTime() + (i + 1) * 1000),
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insert(circlePosts).values(rows.slice(i, i + 500));
  await db
    .update(circleThreads)
    .set({ lastPostAt: rows[rows.length - 1]!.createdAt })
    .where(eq(circleThreads.id, input.threadId));
  return rows;
}
