import { and, asc, count, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { createOnce, type FormKey } from "~/utils/form-token.server";
import type { Queryable } from "../../db/client";
import { learningReflectionFlags, learningReflections, learningVersions, learnings, users } from "../../db/schema";
import { askPeerSupporters } from "~/moderation/care.server";
import { screenPost } from "~/moderation/screening.server";
import { notify } from "~/notifications/notifications.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { newId } from "~/utils/ids.server";
import { isSiteModerator, reviewableReflectionsSql, type Actor } from "~/utils/policy.server";

/** Reflections are screened like circle posts; "learnings" is their moderation scope. */
export const REFLECTION_SCOPE = "learnings";

export type ReflectionOutcome = { ok: true; status: "visible" | "held"; message?: string; distress: boolean } | { ok: false; message: string };

export async function addReflection(authorId: string, learningId: string, body: string, key: FormKey | null = null): Promise<ReflectionOutcome> {
  const screening = await screenPost({ circleId: REFLECTION_SCOPE, authorId, text: body });
  if (screening.outcome === "block") {
    return { ok: false, message: screening.message ?? "This reflection could not be shared as written. Please look at it again." };
  }
  const status = screening.outcome === "hold" ? "held" : "visible";
  const id = newId();
  const db = await getDb();
  await db.transaction((tx) =>
    createOnce(
      tx,
      key,
      async () => {
        await tx.insert(learningReflections).values({ id, learningId, authorId, body, status, createdAt: now() });
        // One automatic flag puts it in the moderators' queue: for a watched word, or for care when it reads as distress.
        if (screening.flag || screening.distress)
          await tx.insert(learningReflectionFlags).values({
            id: newId(),
            reflectionId: id,
            flaggerId: null,
            reason: `Automatic: ${screening.reasons.join(", ") || "screening"}${screening.distress ? "; the author may need support" : ""}`,
            createdAt: now(),
          });
        await writeAudit(tx, {
          actorId: authorId,
          action: "learning.reflection_added",
          targetType: "learning_reflection",
          targetId: id,
          metadata: { learningId, outcome: screening.outcome, reasons: screening.reasons },
        });
        if (screening.distress) await askForCare(tx, { reflectionId: id, learningId, authorId });
      },
      () => id,
    ),
  );
  return { ok: true, status, message: screening.message, distress: screening.distress };
}

/**
 * A reflection that reads as distress: care alerts belong to circle posts, so here the reflection's automatic flag
 * (written by addReflection) puts it in the moderators' queue, and the peer supporters are asked to look in with care. Neither the
 * note nor the notification carries what was written. The author sees the care panel (the action's `care`).
 */
async function askForCare(tx: Queryable, input: { reflectionId: string; learningId: string; authorId: string }) {
  await writeAudit(tx, {
    actorId: null,
    action: "care.reflection_distress",
    targetType: "learning_reflection",
    targetId: input.reflectionId,
    metadata: { learningId: input.learningId },
  });
  await askPeerSupporters(tx, {
    authorId: input.authorId,
    message: "Someone who wrote a reflection on a case learning may need support",
    href: await learningHref(tx, input.learningId),
  });
}

/** Reflections this person sees: visible ones, their own held ones, and for moderators everything with flag counts. */
export async function reflectionsFor(user: Actor, learningId: string) {
  const db = await getDb();
  const rows = await db
    .select({
      id: learningReflections.id,
      body: learningReflections.body,
      status: learningReflections.status,
      hiddenReason: learningReflections.hiddenReason,
      createdAt: learningReflections.createdAt,
      authorId: learningReflections.authorId,
      authorName: users.displayName,
    })
    .from(learningReflections)
    .innerJoin(users, eq(users.id, learningReflections.authorId))
    .where(eq(learningReflections.learningId, learningId))
    .orderBy(asc(learningReflections.createdAt));
  const moderator = isSiteModerator(user);
  const flags = moderator
    ? new Map(
        (
          await db
            .select({ id: learningReflectionFlags.reflectionId, n: count() })
            .from(learningReflectionFlags)
            .innerJoin(learningReflections, eq(learningReflections.id, learningReflectionFlags.reflectionId))
            .where(and(eq(learningReflections.learningId, learningId), isNull(learningReflectionFlags.resolvedAt)))
            .groupBy(learningReflectionFlags.reflectionId)
        ).map((r) => [r.id, r.n]),
      )
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

/** Open flags from members count towards hiding; the screening's automatic flags only put it in the queue. */
async function openMemberFlagCount(tx: Queryable, reflectionId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(learningReflectionFlags)
    .where(
      and(eq(learningReflectionFlags.reflectionId, reflectionId), isNull(learningReflectionFlags.resolvedAt), isNotNull(learningReflectionFlags.flaggerId)),
    );
  return row?.n ?? 0;
}

/** Where the author is sent: the learning the reflection is on (its title and page are published). */
async function learningHref(tx: Queryable, learningId: string) {
  const [row] = await tx.select({ slug: learnings.slug }).from(learnings).where(eq(learnings.id, learningId));
  return row?.slug ? `/learnings/${row.slug}` : "/learnings";
}

/**
 * A member raises a concern about a reflection; once per person. When FLAG_THRESHOLD different members
 * have open flags on it (default 3), it is hidden until a moderator reviews it; the author is told it is
 * waiting, never who flagged.
 */
export async function flagReflection(flaggerId: string, reflectionId: string, reason: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(learningReflectionFlags)
      .values({ id: newId(), reflectionId, flaggerId, reason, createdAt: now() })
      .onConflictDoNothing()
      .returning({ id: learningReflectionFlags.id });
    if (!inserted.length) return;
    await writeAudit(tx, { actorId: flaggerId, action: "learning.reflection_flagged", targetType: "learning_reflection", targetId: reflectionId });
    const flags = await openMemberFlagCount(tx, reflectionId);
    if (flags < getEnv().FLAG_THRESHOLD) return;
    const hidden = await tx
      .update(learningReflections)
      .set({ status: "hidden", hiddenReason: "Hidden after several members flagged it, until a moderator has looked at it", hiddenBy: null })
      .where(and(eq(learningReflections.id, reflectionId), eq(learningReflections.status, "visible")))
      .returning({ authorId: learningReflections.authorId, learningId: learningReflections.learningId });
    if (!hidden.length) return;
    await writeAudit(tx, {
      actorId: null,
      action: "learning.reflection_hidden_by_flags",
      targetType: "learning_reflection",
      targetId: reflectionId,
      metadata: { flags },
    });
    await notify(tx, {
      userId: hidden[0]!.authorId,
      kind: "reflection_hidden_pending_review",
      message: "One of your reflections on a case learning is hidden until a moderator has looked at it",
      href: await learningHref(tx, hidden[0]!.learningId),
    });
  });
}

type ReflectionRef = { id: string; authorId: string; learningId: string };

/** A moderator hides a reflection with a reason the author is told. Returns false when it no longer exists. */
export async function hideReflection(moderatorId: string, reflection: ReflectionRef, reason: string, href?: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(learningReflections)
      .set({ status: "hidden", hiddenReason: reason, hiddenBy: moderatorId })
      .where(eq(learningReflections.id, reflection.id))
      .returning({ id: learningReflections.id });
    if (!updated.length) return false;
    await tx
      .update(learningReflectionFlags)
      .set({ resolvedAt: now() })
      .where(and(eq(learningReflectionFlags.reflectionId, reflection.id), isNull(learningReflectionFlags.resolvedAt)));
    await writeAudit(tx, { actorId: moderatorId, action: "learning.reflection_hidden", targetType: "learning_reflection", targetId: reflection.id, reason });
    await notify(tx, {
      userId: reflection.authorId,
      kind: "reflection_hidden",
      message: `A moderator hid one of your reflections on a case learning. Why: ${reason}`,
      href: href ?? (await learningHref(tx, reflection.learningId)),
    });
    return true;
  });
}

/**
 * A moderator looked at a flagged or held reflection and keeps it: it is shown (again), its open flags are
 * resolved, and the author is told. Returns false when the reflection no longer exists.
 */
export async function approveReflection(moderatorId: string, reflection: ReflectionRef, href?: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ status: learningReflections.status }).from(learningReflections).where(eq(learningReflections.id, reflection.id));
    if (!before) return false;
    await tx.update(learningReflections).set({ status: "visible", hiddenReason: null, hiddenBy: null }).where(eq(learningReflections.id, reflection.id));
    await tx
      .update(learningReflectionFlags)
      .set({ resolvedAt: now() })
      .where(and(eq(learningReflectionFlags.reflectionId, reflection.id), isNull(learningReflectionFlags.resolvedAt)));
    await writeAudit(tx, {
      actorId: moderatorId,
      action: "learning.reflection_approved",
      targetType: "learning_reflection",
      targetId: reflection.id,
      metadata: { wasStatus: before.status },
    });
    const message =
      before.status === "visible"
        ? "A moderator looked at one of your reflections on a case learning after a concern was raised, and it stays visible"
        : "A moderator looked at one of your reflections on a case learning, and others can now read it";
    await notify(tx, { userId: reflection.authorId, kind: "reflection_approved", message, href: href ?? (await learningHref(tx, reflection.learningId)) });
    return true;
  });
}

/** A moderator removes a reflection for good, with a reason the author is told; the audit keeps ids and the reason, not the text. */
export async function deleteReflection(moderatorId: string, reflection: ReflectionRef, reason: string, href?: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(learningReflections).where(eq(learningReflections.id, reflection.id)).returning({ id: learningReflections.id });
    if (!deleted.length) return false;
    await writeAudit(tx, {
      actorId: moderatorId,
      action: "learning.reflection_deleted",
      targetType: "learning_reflection",
      targetId: reflection.id,
      reason,
      metadata: { learningId: reflection.learningId },
    });
    await notify(tx, {
      userId: reflection.authorId,
      kind: "reflection_deleted",
      message: `A moderator removed one of your reflections on a case learning. Why: ${reason}`,
      href: href ?? (await learningHref(tx, reflection.learningId)),
    });
    return true;
  });
}

/**
 * Reflections waiting for a moderator: held by screening, or with open flags (which includes those hidden
 * by the flag threshold). Flag reasons only: who flagged is never part of it.
 */
export async function listReflectionsForReview(user: Actor, limit = 200) {
  const db = await getDb();
  const openFlag = sql`exists (select 1 from ${learningReflectionFlags} f where f.reflection_id = ${learningReflections.id} and f.resolved_at is null)`;
  const rows = await db
    .select({
      id: learningReflections.id,
      body: learningReflections.body,
      status: learningReflections.status,
      hiddenReason: learningReflections.hiddenReason,
      createdAt: learningReflections.createdAt,
      learningSlug: learnings.slug,
      learningTitle: learningVersions.title,
    })
    .from(learningReflections)
    .innerJoin(learnings, eq(learnings.id, learningReflections.learningId))
    .innerJoin(learningVersions, eq(learningVersions.id, learnings.currentVersionId))
    .where(and(reviewableReflectionsSql(user), eq(learnings.status, "published"), or(eq(learningReflections.status, "held"), openFlag)))
    .orderBy(asc(learningReflections.createdAt))
    .limit(limit);
  const flags = rows.length
    ? await db
        .select({
          reflectionId: learningReflectionFlags.reflectionId,
          reason: learningReflectionFlags.reason,
          automatic: sql<boolean>`${learningReflectionFlags.flaggerId} is null`,
        })
        .from(learningReflectionFlags)
        .where(
          and(
            inArray(
              learningReflectionFlags.reflectionId,
              rows.map((r) => r.id),
            ),
            isNull(learningReflectionFlags.resolvedAt),
          ),
        )
        .orderBy(asc(learningReflectionFlags.createdAt))
    : [];
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    flags: flags.filter((f) => f.reflectionId === r.id).map(({ reason, automatic }) => ({ reason, automatic })),
  }));
}
