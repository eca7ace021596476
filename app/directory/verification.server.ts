import { and, eq, gt, isNull, lte, ne, or, sql } from "drizzle-orm";
import { facilitatorProfiles, users } from "../../db/schema";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { absoluteUrl, queueEmail } from "~/utils/email.server";
import { enqueueSearchSync } from "~/utils/outbox.server";
import { notify, wakeEmailDelivery } from "~/notifications/notifications.server";
import { formatDate } from "./format";
import { findProfileBySlug, listTraining } from "./profiles.server";

const DAY_MS = 86_400_000;
export const REMINDER_DAYS_BEFORE = 30;

/** Marks a profile's training verified until the end of `validUntil` (UTC), with an audit entry. */
export async function verifyFacilitator(actorId: string, profileId: string, validUntil: string, note: string | null) {
  const db = await getDb();
  const until = new Date(`${validUntil}T23:59:59.999Z`);
  if (until.getTime() <= now().getTime()) return { ok: false as const, errors: { validUntil: "Choose a date in the future." } };
  await db.transaction(async (tx) => {
    await tx
      .update(facilitatorProfiles)
      .set({ verifiedAt: now(), verifiedUntil: until, verifiedBy: actorId, reminderSentFor: null, updatedAt: now() })
      .where(eq(facilitatorProfiles.id, profileId));
    await enqueueSearchSync(tx, "facilitator", profileId);
    await writeAudit(tx, {
      actorId,
      action: "directory.verified",
      targetType: "facilitator_profile",
      targetId: profileId,
      reason: note,
      metadata: { validUntil },
    });
    const [owner] = await tx
      .select({ userId: facilitatorProfiles.userId, slug: facilitatorProfiles.slug })
      .from(facilitatorProfiles)
      .where(eq(facilitatorProfiles.id, profileId));
    if (owner)
      await notify(tx, {
        userId: owner.userId,
        kind: "directory.verified",
        message: `Your training is verified until ${formatDate(until)}`,
        href: `/facilitators/${owner.slug}`,
      });
  });
  return { ok: true as const };
}

/** Removes the verification (the badge disappears at once), with the reason in the audit log. */
export async function revokeVerification(actorId: string, profileId: string, reason: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(facilitatorProfiles)
      .set({ verifiedAt: null, verifiedUntil: null, verifiedBy: null, reminderSentFor: null, updatedAt: now() })
      .where(eq(facilitatorProfiles.id, profileId));
    await enqueueSearchSync(tx, "facilitator", profileId);
    await writeAudit(tx, { actorId, action: "directory.verification_revoked", targetType: "facilitator_profile", targetId: profileId, reason });
  });
}

/**
 * Queues an email to each facilitator whose verification expires within 30 days, once per verification period: the
 * row is claimed (reminder_sent_for = verified_until) before the email goes, so running this twice, or
 * in two processes at once, queues one email. Returns how many were queued.
 */
export async function sendVerificationExpiryReminders(request: Request | null = null): Promise<number> {
  const db = await getDb();
  const at = now();
  const horizon = new Date(at.getTime() + REMINDER_DAYS_BEFORE * DAY_MS);
  // The claim and the queued emails commit together: a crash between them can neither lose a reminder nor
  // send it twice.
  const claimed = await db.transaction(async (tx) => {
    const rows = await tx
      .update(facilitatorProfiles)
      .set({ reminderSentFor: sql`${facilitatorProfiles.verifiedUntil}` })
      .where(
        and(
          gt(facilitatorProfiles.verifiedUntil, at),
          lte(facilitatorProfiles.verifiedUntil, horizon),
          or(isNull(facilitatorProfiles.reminderSentFor), ne(facilitatorProfiles.reminderSentFor, facilitatorProfiles.verifiedUntil)),
        ),
      )
      .returning({
        id: facilitatorProfiles.id,
        userId: facilitatorProfiles.userId,
        slug: facilitatorProfiles.slug,
        verifiedUntil: facilitatorProfiles.verifiedUntil,
      });
    for (const row of rows) {
      const [owner] = await tx.select({ email: users.email }).from(users).where(eq(users.id, row.userId));
      if (!owner || !row.verifiedUntil) continue;
      await queueEmail(tx, {
        to: owner.email,
        subject: "Your training verification ends in 30 days",
        text: `Your training verification on Restorative Network is valid until ${formatDate(row.verifiedUntil)}. After that date the "Training verified" badge no longer shows on your profile.\n\nTo renew it, add your current training evidence to your profile and a verifier will review it: ${absoluteUrl(request, "/facilitators/me")}\n\nThank you for the care you bring to this work.`,
      });
    }
    return rows;
  });
  if (claimed.length) wakeEmailDelivery();
  return claimed.length;
}

/** The verifier's page: the profile's name, its verification state and training with evidence. */
export async function loadVerificationPage(slug: string) {
  const profile = await findProfileBySlug(slug);
  if (!profile) return null;
  const training = await listTraining(profile.id);
  const at = now();
  return {
    profile: { id: profile.id, slug: profile.slug, displayName: profile.displayName },
    verifiedUntil: profile.verifiedUntil && profile.verifiedUntil > at ? formatDate(profile.verifiedUntil) : null,
    lapsedOn: profile.verifiedUntil && profile.verifiedUntil <= at ? formatDate(profile.verifiedUntil) : null,
    training: training.map((t) => ({
      id: t.id,
      programme: t.programme,
      provider: t.provider,
      completedOn: t.completedOn,
      expiresOn: t.expiresOn,
      evidenceRef: t.evidenceRef,
      evidenceFile: t.evidenceFile ? { name: t.evidenceName ?? "evidence", type: t.evidenceType, bytes: t.evidenceBytes ?? 0 } : null,
    })),
  };
}
