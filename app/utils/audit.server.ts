import { and, eq } from "drizzle-orm";
import { auditLog, circleGatherings, circleMemberships } from "../../db/schema";
import type { Queryable } from "../../db/client";

export type AuditInput = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  reason?: string | null;
  /** Ids, counts and types only: never user-written content. */
  metadata?: Record<string, unknown>;
};

/** Writes an audit entry. Call it with the transaction of the change it records. */
export async function writeAudit(tx: Queryable, entry: AuditInput) {
  const sealed = await sealPseudonymousActor(tx, entry);
  await tx.insert(auditLog).values({
    actorId: sealed.actorId,
    action: sealed.action,
    targetType: sealed.targetType,
    targetId: sealed.targetId ?? null,
    reason: sealed.reason ?? null,
    metadata: sealed.metadata ?? null,
  });
}

// Circle acts done by someone in their role as staff: the account is recorded, as accountability needs.
const STAFF_CIRCLE_ACTIONS = new Set([
  "circle.created",
  "circle.rules_published",
  "circle.moderating_view",
  "circle.join_approved",
  "circle.join_declined",
  "circle.member_removed",
  "circle.member_muted",
  "circle.member_unmuted",
  "circle.post_status_changed",
  "circle.gathering_scheduled",
  "circle.gathering_edited",
  "circle.gathering_cancelled",
  "circle.invitation_sent",
]);

/**
 * An act done as a member of a circle, by someone who is there under a pseudonym, is recorded against the
 * membership, never the account: otherwise the audit log (with the post or membership it names) would join
 * the account to the pseudonym outside the two-moderator reveal. The reveal flow reads the account behind
 * a membership; nothing else does.
 */
async function sealPseudonymousActor(tx: Queryable, entry: AuditInput): Promise<AuditInput> {
  if (!entry.actorId || !entry.action.startsWith("circle.") || STAFF_CIRCLE_ACTIONS.has(entry.action)) return entry;
  if ((entry.action === "circle.post_edited" || entry.action === "circle.post_deleted") && entry.metadata?.by !== "author") return entry;
  let circleId = typeof entry.metadata?.circleId === "string" ? entry.metadata.circleId : null;
  if (!circleId && entry.targetId && entry.targetType === "circle_membership") {
    [{ circleId = null } = {}] = await tx
      .select({ circleId: circleMemberships.circleId })
      .from(circleMemberships)
      .where(eq(circleMemberships.id, entry.targetId));
  }
  if (!circleId && entry.targetId && entry.targetType === "circle_gathering") {
    [{ circleId = null } = {}] = await tx.select({ circleId: circleGatherings.circleId }).from(circleGatherings).where(eq(circleGatherings.id, entry.targetId));
  }
  if (!circleId) return entry;
  const [membership] = await tx
    .select({ id: circleMemberships.id, identity: circleMemberships.identity })
    .from(circleMemberships)
    .where(and(eq(circleMemberships.circleId, circleId), eq(circleMemberships.userId, entry.actorId)));
  if (membership?.identity !== "pseudonym") return entry;
  return { ...entry, actorId: null, metadata: { ...entry.metadata, actorMembershipId: membership.id } };
}
