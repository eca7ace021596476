import { and, eq, isNull, ne } from "drizzle-orm";
import type { Transaction } from "../../db/client";
import { emailTokens, sessions, users } from "../../db/schema";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { publicLink, queueEmail } from "~/utils/email.server";
import { wakeEmailDelivery } from "~/notifications/notifications.server";
import { hashPassword, passwordProblem } from "~/utils/password.server";
import type { FieldErrors } from "./schema.server";
import { checkPassword } from "./sign-in.server";
import { claimToken, issueToken, tokenOwner } from "./tokens.server";

const RESET_TTL_MS = 60 * 60_000;

type Outcome<T = void> = { ok: true; value: T } | { ok: false; errors: FieldErrors; status?: number };

const EXPIRED = "This link has expired or has already been used. You can ask for a new one.";

/** Emails a single-use reset link valid for one hour, if the account exists. Says nothing either way. */
export async function requestPasswordReset(email: string) {
  const db = await getDb();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) return;
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, user.id, "reset_password", RESET_TTL_MS);
    await queueEmail(tx, {
      to: email,
      subject: "Choose a new password for Restorative Network",
      text: `We received a request to choose a new password for your account.\n\nOpen this link within one hour to choose it (it works once):\n${publicLink(`/reset-password?token=${token}`)}\n\nIf you did not ask for this, you can ignore this message; your password has not changed.`,
    });
  });
  wakeEmailDelivery();
}

/**
 * What every password change does in its transaction: every reset link still outstanding stops
 * working (an older link must not undo the new password), and every session ends except, when the
 * person changed it while signed in, the one they are using.
 */
async function retireOldCredentials(tx: Transaction, userId: string, keepSessionId: string | null) {
  await tx
    .update(emailTokens)
    .set({ usedAt: now() })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, "reset_password"), isNull(emailTokens.usedAt)));
  await tx.delete(sessions).where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
}

/** Sets a new password from a reset link; the link also confirms the email, since it reached the inbox. */
export async function resetPassword(token: string, password: string): Promise<Outcome<string>> {
  const db = await getDb();
  const ownerId = await tokenOwner(db, token, "reset_password");
  const [owner] = ownerId ? await db.select({ email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, ownerId)) : [];
  if (!owner) return { ok: false, errors: { form: EXPIRED } };
  const problem = await passwordProblem(password, owner);
  if (problem) return { ok: false, errors: { password: problem } };
  const passwordHash = await hashPassword(password);
  const userId = await db.transaction(async (tx) => {
    const claimed = await claimToken(tx, token, "reset_password");
    if (!claimed) return null;
    await tx.update(users).set({ passwordHash, emailVerifiedAt: now() }).where(eq(users.id, claimed));
    await retireOldCredentials(tx, claimed, null);
    await writeAudit(tx, { actorId: claimed, action: "account.password_reset", targetType: "user", targetId: claimed });
    return claimed;
  });
  if (!userId) return { ok: false, errors: { form: EXPIRED } };
  return { ok: true, value: userId };
}

/**
 * Changes the password of a signed-in person who knows the current one. The current-password check
 * counts against the same limits as sign-in, so this form cannot be used to guess it.
 */
export async function changePassword(
  user: { id: string; email: string; displayName: string },
  input: { current: string; password: string },
  session: { id: string; clientIp: string },
): Promise<Outcome> {
  const check = await checkPassword(user.email, input.current, session.clientIp);
  if (!check.ok) {
    if (check.reason === "rate_limited")
      return { ok: false, status: 429, errors: { current: "Too many attempts. To protect the account, please wait 15 minutes and try again." } };
    return { ok: false, errors: { current: "That is not your current password." } };
  }
  const problem = await passwordProblem(input.password, user);
  if (problem) return { ok: false, errors: { password: problem } };
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await retireOldCredentials(tx, user.id, session.id);
    await writeAudit(tx, { actorId: user.id, action: "account.password_changed", targetType: "user", targetId: user.id });
  });
  return { ok: true, value: undefined };
}
