import { auditLog } from "../../db/schema";
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
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    reason: entry.reason ?? null,
    metadata: entry.metadata ?? null,
  });
}
