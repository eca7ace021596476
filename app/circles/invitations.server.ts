import { and, eq } from "drizzle-orm";
import { circleInvitations, circles, type Circle } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { absoluteUrl, queueEmail } from "~/utils/email.server";
import { newId, newToken, sha256 } from "~/utils/ids.server";
import { getMembership } from "./access.server";
import { countActiveMembers, type FormResult } from "./circles.server";
import type { IdentityInput } from "./schema.server";
import { joinWithIdentity } from "./join.server";
import { circleWrite } from "./write.server";

export const INVITATION_DAYS = 7;

/** Queues an email with a one-time invitation link that expires after a week. Only the token's hash is stored. */
export async function inviteToCircle({ actor, circle, email }: { actor: SessionUser; circle: Circle; email: string }) {
  return circleWrite((tx) => saveInvitation(tx, circle, email, actor.id));
}

async function saveInvitation(tx: Queryable, circle: Circle, email: string, actorId: string) {
  const token = newToken();
  const at = now();
  const expiresAt = new Date(at.getTime() + INVITATION_DAYS * 86_400_000);
  const id = newId();
  await tx.insert(circleInvitations).values({ id, circleId: circle.id, email, tokenHash: sha256(token), invitedBy: actorId, expiresAt, createdAt: at });
  await writeAudit(tx, { actorId, action: "circle.invitation_sent", targetType: "circle_invitation", targetId: id, metadata: { circleId: circle.id } });
  // Queued with the invitation; circleWrite wakes the deliverer after the commit.
  await queueEmail(tx, {
    to: email,
    subject: `An invitation to a peer-support circle on Restorative Network`,
    text:
      `You are invited to join the circle "${circle.name}" on Restorative Network.\n\n` +
      `Open this link to accept (it works once and expires in ${INVITATION_DAYS} days):\n${absoluteUrl(null, `/circles/invitations/${token}`)}\n\n` +
      `If you were not expecting this, you can ignore this email.`,
  });
  return { id, expiresAt };
}

export type InvitationState =
  { state: "missing" } | { state: "expired" | "used"; circleName: string } | { state: "valid"; circle: Circle; email: string; invitationId: string };

export async function readInvitation(db: Queryable, token: string): Promise<InvitationState> {
  const [row] = await db
    .select({ invitation: circleInvitations, circle: circles })
    .from(circleInvitations)
    .innerJoin(circles, eq(circles.id, circleInvitations.circleId))
    .where(eq(circleInvitations.tokenHash, sha256(token)))
    .limit(1);
  if (!row) return { state: "missing" };
  if (row.invitation.usedAt) return { state: "used", circleName: row.circle.name };
  if (row.invitation.expiresAt <= now()) return { state: "expired", circleName: row.circle.name };
  return { state: "valid", circle: row.circle, email: row.invitation.email, invitationId: row.invitation.id };
}

export async function lookUpInvitation(token: string) {
  return readInvitation(await getDb(), token);
}

/** Accepts an invitation: it must be valid and addressed to this account's email. */
export async function acceptInvitation({
  actor,
  token,
  identity,
}: {
  actor: SessionUser;
  token: string;
  identity: IdentityInput;
}): Promise<FormResult<{ slug: string }>> {
  return circleWrite((tx) => redeemInvitation(tx, token, actor, identity));
}

async function redeemInvitation(tx: Queryable, token: string, user: SessionUser, identity: IdentityInput): Promise<FormResult<{ slug: string }>> {
  const inv = await readInvitation(tx, token);
  if (inv.state !== "valid") return { ok: false, errors: { form: invitationProblem(inv.state) } };
  if (inv.email.toLowerCase() !== user.email.toLowerCase()) {
    return {
      ok: false,
      errors: { form: "This invitation was sent to a different email address. Please sign in with that address, or ask the facilitator to invite this one." },
    };
  }
  const existing = await getMembership(tx, inv.circle.id, user.id);
  if (existing?.status === "removed")
    return { ok: false, errors: { form: "You were removed from this circle, so this invitation cannot be used. The facilitators can tell you more." } };
  if (existing?.status !== "active" && inv.circle.capacity && (await countActiveMembers(tx, inv.circle.id)) >= inv.circle.capacity) {
    return { ok: false, errors: { form: "This circle is full at the moment. The facilitators can tell you when a place opens." } };
  }
  // Someone already in the circle keeps their membership (and the name they appear under).
  const joined = existing?.status === "active" ? { ok: true as const, membershipId: existing.id } : await joinWithIdentity(tx, inv.circle, user.id, identity);
  if (!joined.ok) return joined;
  const used = await tx
    .update(circleInvitations)
    .set({ usedAt: now(), usedBy: user.id })
    .where(and(eq(circleInvitations.id, inv.invitationId)))
    .returning({ id: circleInvitations.id });
  if (!used.length) return { ok: false, errors: { form: invitationProblem("used") } };
  await writeAudit(tx, {
    actorId: user.id,
    action: "circle.invitation_accepted",
    targetType: "circle_invitation",
    targetId: inv.invitationId,
    metadata: { circleId: inv.circle.id, membershipId: joined.membershipId },
  });
  return { ok: true, slug: inv.circle.slug };
}

export function invitationProblem(state: "missing" | "expired" | "used"): string {
  if (state === "expired") return "This invitation has expired. Please ask the circle's facilitator for a new one.";
  if (state === "used") return "This invitation has already been used. If that was not you, please tell the circle's facilitator.";
  return "We could not find this invitation. Please check the link in your email.";
}
