import { and, asc, desc, eq, isNull, isNotNull } from "drizzle-orm";
import { createOnce, type FormKey } from "~/utils/form-token.server";
import { facilitatorConcerns, facilitatorProfiles, users } from "../../db/schema";
import type { ConcernKind } from "../../db/schema/directory";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { notify } from "~/notifications/notifications.server";

/**
 * Records a concern about a facilitator and tells the admins. The facilitator is never told and never
 * sees it; the audit entry and notifications carry ids only, never the concern's words.
 */
export async function raiseConcern(
  profileId: string,
  raisedBy: string | null,
  input: { kind: ConcernKind; details: string; replyEmail: string | null },
  key: FormKey | null = null,
) {
  const db = await getDb();
  await db.transaction((tx) =>
    createOnce(
      tx,
      key,
      async () => {
        const id = newId();
        await tx.insert(facilitatorConcerns).values({ id, profileId, raisedBy, ...input, createdAt: now() });
        await writeAudit(tx, {
          actorId: raisedBy,
          action: "directory.concern_raised",
          targetType: "facilitator_profile",
          targetId: profileId,
          metadata: { concernId: id, kind: input.kind },
        });
        const admins = await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.role, "admin"), isNull(users.suspendedAt)));
        await notify(
          tx,
          admins.map((a) => ({
            userId: a.id,
            kind: "directory.concern",
            message: "A concern was raised about a facilitator profile",
            href: "/facilitators/concerns",
          })),
        );
        return id;
      },
      (id) => id,
    ),
  );
}

export async function listConcerns(state: "open" | "resolved") {
  const db = await getDb();
  return db
    .select({
      id: facilitatorConcerns.id,
      kind: facilitatorConcerns.kind,
      details: facilitatorConcerns.details,
      replyEmail: facilitatorConcerns.replyEmail,
      createdAt: facilitatorConcerns.createdAt,
      resolvedAt: facilitatorConcerns.resolvedAt,
      profileSlug: facilitatorProfiles.slug,
      profileName: facilitatorProfiles.displayName,
      raisedByName: users.displayName,
    })
    .from(facilitatorConcerns)
    .innerJoin(facilitatorProfiles, eq(facilitatorProfiles.id, facilitatorConcerns.profileId))
    .leftJoin(users, eq(users.id, facilitatorConcerns.raisedBy))
    .where(state === "open" ? isNull(facilitatorConcerns.resolvedAt) : isNotNull(facilitatorConcerns.resolvedAt))
    .orderBy(state === "open" ? asc(facilitatorConcerns.createdAt) : desc(facilitatorConcerns.resolvedAt))
    .limit(200);
}

export async function resolveConcern(actorId: string, concernId: string, note: string | null) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(facilitatorConcerns)
      .set({ resolvedAt: now(), resolvedBy: actorId })
      .where(and(eq(facilitatorConcerns.id, concernId), isNull(facilitatorConcerns.resolvedAt)))
      .returning({ profileId: facilitatorConcerns.profileId });
    if (!rows.length) return false;
    await writeAudit(tx, {
      actorId,
      action: "directory.concern_resolved",
      targetType: "facilitator_profile",
      targetId: rows[0]!.profileId,
      reason: note,
      metadata: { concernId },
    });
    return true;
  });
}
