import { and, eq, ne, sql } from "drizzle-orm";
import { circleMemberships, users, type Circle, type CircleMembership } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { now } from "~/utils/clock.server";
import { newId } from "~/utils/ids.server";
import type { FormResult } from "./circles.server";
import { pseudonymKey } from "./names";
import type { IdentityInput } from "./schema";

/** Pseudonyms are unique within a circle (ignoring case and extra spaces) and never equal a member's display name there. */
export async function identityError(tx: Queryable, circleId: string, userId: string, identity: IdentityInput): Promise<Record<string, string> | null> {
  if (identity.identity !== "pseudonym") return null;
  const key = pseudonymKey(identity.pseudonym!);
  const clash = await tx
    .select({ id: circleMemberships.id })
    .from(circleMemberships)
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(
      and(
        eq(circleMemberships.circleId, circleId),
        ne(circleMemberships.userId, userId),
        sql`(${circleMemberships.pseudonymKey} = ${key} or (${circleMemberships.identity} = 'display_name' and lower(${users.displayName}) = ${key}))`,
      ),
    )
    .limit(1);
  return clash.length ? { pseudonym: "Someone in this circle already uses that name. Please choose another pseudonym." } : null;
}

function identityValues(identity: IdentityInput) {
  return identity.identity === "pseudonym"
    ? { identity: "pseudonym" as const, pseudonym: identity.pseudonym!.trim().replace(/\s+/g, " "), pseudonymKey: pseudonymKey(identity.pseudonym!) }
    : { identity: "display_name" as const, pseudonym: null, pseudonymKey: null };
}

/**
 * Creates or renews this person's membership with their chosen identity. People who left or were
 * declined start afresh (they accept the rules again).
 */
export async function joinWithIdentity(
  tx: Queryable, circle: Circle, userId: string, identity: IdentityInput,
  options: { status?: "active" | "pending"; message?: string | null } = {},
): Promise<FormResult<{ membershipId: string }>> {
  const clash = await identityError(tx, circle.id, userId, identity);
  if (clash) return { ok: false, errors: clash };
  const status = options.status ?? "active";
  const at = now();
  const values: Partial<CircleMembership> & { status: CircleMembership["status"] } = {
    status, ...identityValues(identity), requestMessage: options.message ?? null, decisionReason: null, decidedAt: null,
    acceptedRulesVersion: null, mutedUntil: null, muteReason: null, joinedAt: status === "active" ? at : null,
  };
  const [row] = await tx
    .insert(circleMemberships)
    .values({ id: newId(), circleId: circle.id, userId, createdAt: at, ...values })
    .onConflictDoUpdate({ target: [circleMemberships.circleId, circleMemberships.userId], set: values })
    .returning({ id: circleMemberships.id });
  return { ok: true, membershipId: row!.id };
}
