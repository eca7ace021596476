import { and, asc, count, eq, isNull } from "drizzle-orm";
import { learningReflectionFlags, learningReflections, users } from "../../db/schema";
import { raiseCareAlert } from "~/moderation/care.server";
import { screenPost } from "~/moderation/screening.server";
import { notify } from "~/notifications/notifications.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { isSiteModerator, type Actor } from "~/utils/policy.server";

/** Reflections are screened like circle posts; "learnings" is their moderation scope. */
export const REFLECTION_SCOPE = "learnings";

export type ReflectionOutcome =
  | { ok: true; status: "visible" | "held"; message?: string; distress: boolean }
  | { ok: false; message: string };

export async function addReflection(authorId: string, learningId: string, body: string): Promise<ReflectionOutcome> {
  const db = await getDb();
  const screening = await screenPost(db, { circleId: REFLECTION_SCOPE, authorId, text: body });
  if (screening.outcome === "block") {
    return { ok: false, message: screening.message ?? "This reflection could not be shared as written. Please look at it again." };
  }
  const status = screening.outcome === "hold" ? "held" : "visible";
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(learningReflections).values({ id, learningId, authorId, body, status, createdAt: now() });
    if (screening.flag) await tx.insert(learningReflectionFlags).values({ id: newId(), reflectionId: id, flaggerId: null, reason: `Automatic: ${screening.reasons.join(", ") || "screening"}`, createdAt: now() });
    await writeAudit(tx, { actorId: authorId, action: "learning.reflection_added", targetType: "learning_reflection", targetId: id, metadata: { learningId, outcome: screening.outcome, reasons: screening.reasons } });
    if (screening.distress) await raiseCareAlert(tx, { circleId: REFLECTION_SCOPE, postId: id, authorId });
  });
  return { ok: true, status, message: screening.message, distress: screening.distress };
}

/** Reflections this person sees: visible ones, their own held ones, and for moderators everything with flag counts. */
export async function reflectionsFor(user: Actor, learningId: string) {
  const db = await getDb();
  const rows = await db
    .select({ id: learningReflections.id, body: learningReflections.body, status: learningReflections.status, hiddenReason: learningReflections.hiddenReason, createdAt: learningReflections.createdAt, authorId: learningReflections.authorId, authorName: users.displayName })
    .from(learningReflections)
    .innerJoin(users, eq(users.id, learningReflections.authorId))
    .where(eq(learningReflections.learningId, learningId))
    .orderBy(asc(learningReflections.createdAt));
  const moderator = isSiteModerator(user);
  const flags = moderator
    ? new Map((await db.select({ id: learningReflectionFlags.reflectionId, n: count() }).from(learningReflectionFlags)
        .innerJoin(learningReflections, eq(learningReflections.id, learningReflectionFlags.reflectionId))
        .where(and(eq(learningReflections.learningId, learningId), isNull(learningReflectionFlags.resolvedAt)))
        .groupBy(learningReflectionFlags.reflectionId)).map((r) => [r.id, r.n]))
    : new Map<string, number>();
  return rows
    .filter((r) => r.status === "visible" || moderator || (r.status === "held" && user?.id === r.authorId))
    .map((r) => ({ ...r, openFlags: flags.get(r.id) ?? 0, mine: user?.id === r.authorId }));
}

export async function reflectionById(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(learningReflections).where(eq(learningReflections.id, id));
  return row ?? null;
}

/** A member raises a concern about a reflection; once per person. */
export async function flagReflection(flaggerId: string, reflectionId: string, reason: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const inserted = await tx.insert(learningReflectionFlags).values({ id: newId(), reflectionId, flaggerId, reason, createdAt: now() }).onConflictDoNothing().returning({ id: learningReflectionFlags.id });
    if (inserted.length) await writeAudit(tx, { actorId: flaggerId, action: "learning.reflection_flagged", targetType: "learning_reflection", targetId: reflectionId });
  });
}

/** A moderator hides a reflection with a reason the author is told. */
export async function hideReflection(moderatorId: string, reflection: { id: string; authorId: string; learningId: string }, reason: string, href: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(learningReflections).set({ status: "hidden", hiddenReason: reason, hiddenBy: moderatorId }).where(eq(learningReflections.id, reflection.id));
    await tx.update(learningReflectionFlags).set({ resolvedAt: now() }).where(and(eq(learningReflectionFlags.reflectionId, reflection.id), isNull(learningReflectionFlags.resolvedAt)));
    await writeAudit(tx, { actorId: moderatorId, action: "learning.reflection_hidden", targetType: "learning_reflection", targetId: reflection.id, reason });
    await notify(tx, { userId: reflection.authorId, kind: "reflection_hidden", message: "A moderator hid one of your reflections and left a reason", href });
  });
}
