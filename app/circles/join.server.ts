import { and, eq, ne } from "drizzle-orm";
import { circleMemberships, users, type Circle, type CircleMembership } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { now } from "~/utils/clock.server";
import { newId } from "~/utils/ids.server";
import type { FormResult } from "./circles.server";
import { namesResemble } from "./name-resemblance";
import { memberLabelSql, pseudonymKey } from "./names";
import type { IdentityInput } from "./schema.server";

export const NAME_TAKEN =
  "That name is the same as, or looks very like, the name of someone in this circle. Please choose another pseudonym, so no one can be mistaken for anyone else.";

/**
 * A pseudonym may not equal or closely resemble (case, accents, spacing, look-alike letters) the name
 * another member appears under in the circle. Only members who are in the circle count, and only the
 * names they are shown under: a request to join, a departure or a removal reserves no name, and a
 * pseudonymous member's display name is never compared (that answer would unseal them).
 */
export async function identityError(tx: Queryable, circleId: string, userId: string, identity: IdentityInput): Promise<Record<string, string> | null> {
  if (identity.identity !== "pseudonym") return null;
  const shownNames = await tx
    .select({ label: memberLabelSql })
    .from(circleMemberships)
    .innerJoin(users, eq(users.id, circleMemberships.userId))
    .where(and(eq(circleMemberships.circleId, circleId), ne(circleMemberships.userId, userId), eq(circleMemberships.status, "active")));
  return shownNames.some((m) => m.label && namesResemble(m.label, identity.pseudonym!)) ? { pseudonym: NAME_TAKEN } : null;
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
  tx: Queryable,
  circle: Circle,
  userId: string,
  identity: IdentityInput,
  options: { status?: "active" | "pending"; message?: string | null } = {},
): Promise<FormResult<{ membershipId: string }>> {
  // A request to join is not checked against the members: its answer would tell an outsider who is in
  // a request-only circle. The check is made when the request is approved (decideJoinRequest).
  const clash = options.status === "pending" ? null : await identityError(tx, circle.id, userId, identity);
  if (clash) return { ok: false, errors: clash };
  const status = options.status ?? "active";
  const at = now();
  const values: Partial<CircleMembership> & { status: CircleMembership["status"] } = {
    status,
    ...identityValues(identity),
    requestMessage: options.message ?? null,
    decisionReason: null,
    decidedAt: null,
    acceptedRulesVersion: null,
    mutedUntil: null,
    muteReason: null,
    joinedAt: status === "active" ? at : null,
  };
  const [row] = await tx
    .insert(circleMemberships)
    .values({ id: newId(), circleId: circle.id, userId, createdAt: at, ...values })
    .onConflictDoUpdate({ target: [circleMemberships.circleId, circleMemberships.userId], set: values })
    .returning({ id: circleMemberships.id });
  return { ok: true, membershipId: row!.id };
}
