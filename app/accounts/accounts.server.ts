import { eq } from "drizzle-orm";
import { sessions, users } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { publicLink, queueEmail } from "~/utils/email.server";
import { wakeEmailDelivery } from "~/notifications/notifications.server";
import { newId } from "~/utils/ids.server";
import { hashPassword, passwordProblem } from "~/utils/password.server";
import { takeAttempt } from "~/utils/rate-limit.server";
import type { FieldErrors } from "./schema.server";
import { isListedTimeZone } from "./settings.server";
import { claimToken, issueToken } from "./tokens.server";

const VERIFY_TTL_MS = 48 * 60 * 60_000;
const RESENDS_PER_EMAIL = 3;
const RESENDS_PER_IP = 10;
const RESEND_WINDOW_MS = 60 * 60_000;

type Outcome<T = void> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function queueVerifyEmail(tx: Queryable, to: string, token: string) {
  return queueEmail(tx, {
    to,
    subject: "Confirm your email for Restorative Network",
    text: `Welcome to Restorative Network.\n\nPlease confirm your email address by opening this link (it works once, for 48 hours):\n${publicLink(`/verify-email?token=${token}`)}\n\nIf you did not sign up, you can ignore this message.`,
  });
}

/**
 * Creates an account and emails a verification link. When the email already has an account, the
 * response is the same and the owner is told by email, so sign-up never reveals who has an account.
 */
export async function signUp(input: { email: string; displayName: string; password: string; timeZone?: string }): Promise<Outcome> {
  const problem = await passwordProblem(input.password, input);
  if (problem) return { ok: false, errors: { password: problem } };
  const db = await getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing) {
    await queueEmail(db, {
      to: input.email,
      subject: "Someone tried to create an account with your email",
      text: `Someone (perhaps you) tried to create a Restorative Network account with this address, which already has one.\n\nIf it was you, you can sign in at ${publicLink("/login")} or choose a new password at ${publicLink("/forgot-password")}.\n\nIf it was not you, you can ignore this message.`,
    });
    wakeEmailDelivery();
    return { ok: true, value: undefined };
  }
  const passwordHash = await hashPassword(input.password);
  const userId = newId();
  await db.transaction(async (tx) => {
    await tx.insert(users).values({
      id: userId,
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      timeZone: input.timeZone && isListedTimeZone(input.timeZone) ? input.timeZone : "UTC",
    });
    await writeAudit(tx, { actorId: userId, action: "account.created", targetType: "user", targetId: userId });
    await queueVerifyEmail(tx, input.email, await issueToken(tx, userId, "verify_email", VERIFY_TTL_MS));
  });
  wakeEmailDelivery();
  return { ok: true, value: undefined };
}

/**
 * Sends a fresh confirmation link to an account that has not confirmed its email yet. The answer is
 * the same whether or not the address has such an account; only the rate limit (per address and per
 * IP, counted in one statement) is ever reported.
 */
export async function resendVerification(email: string, clientIp: string): Promise<{ ok: true } | { ok: false; reason: "rate_limited" }> {
  const db = await getDb();
  const limited = await takeAttempt(db, [
    { scope: "verify-resend:email", subject: email, limit: RESENDS_PER_EMAIL, windowMs: RESEND_WINDOW_MS },
    { scope: "verify-resend:ip", subject: clientIp, limit: RESENDS_PER_IP, windowMs: RESEND_WINDOW_MS },
  ]);
  if (!limited.allowed) return { ok: false, reason: "rate_limited" };
  const [user] = await db.select({ id: users.id, verified: users.emailVerifiedAt, suspended: users.suspendedAt }).from(users).where(eq(users.email, email));
  if (!user || user.verified || user.suspended) return { ok: true };
  await db.transaction(async (tx) => {
    await writeAudit(tx, { actorId: user.id, action: "account.verification_resent", targetType: "user", targetId: user.id });
    await queueVerifyEmail(tx, email, await issueToken(tx, user.id, "verify_email", VERIFY_TTL_MS));
  });
  wakeEmailDelivery();
  return { ok: true };
}

/** Marks the email verified and returns the user id, or null when the link is unknown, used or expired. */
export async function verifyEmail(token: string): Promise<string | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const userId = await claimToken(tx, token, "verify_email");
    if (!userId) return null;
    await tx.update(users).set({ emailVerifiedAt: now() }).where(eq(users.id, userId));
    await writeAudit(tx, { actorId: userId, action: "account.email_confirmed", targetType: "user", targetId: userId });
    return userId;
  });
}

export async function signOutEverywhere(userId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await writeAudit(tx, { actorId: userId, action: "account.signed_out_everywhere", targetType: "user", targetId: userId });
  });
}
