import { and, count, eq, gt, isNull } from "drizzle-orm";
import { emailTokens, sessions, signInFailures, users } from "../../db/schema";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { absoluteUrl, sendEmail } from "~/utils/email.server";
import { newId, newToken, sha256 } from "~/utils/ids.server";
import { hashPassword, passwordProblem, verifyPassword } from "~/utils/password.server";
import type { FieldErrors } from "./schema";

export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 50;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const RESET_TTL_MS = 60 * 60_000;
export const VERIFY_TTL_MS = 48 * 60 * 60_000;

type Outcome<T = void> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * Creates an account and emails a verification link. When the email already has an account, the
 * response is the same and the owner is told by email, so sign-up never reveals who has an account.
 */
export async function signUp(
  input: { email: string; displayName: string; password: string },
  request: Request,
): Promise<Outcome> {
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, errors: { password: problem } };
  const db = await getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing) {
    await sendEmail({
      to: input.email,
      subject: "Someone tried to create an account with your email",
      text: `Someone (perhaps you) tried to create a Restorative Network account with this address, which already has one.\n\nIf it was you, you can sign in at ${absoluteUrl(request, "/login")} or choose a new password at ${absoluteUrl(request, "/forgot-password")}.\n\nIf it was not you, you can ignore this message.`,
    });
    return { ok: true, value: undefined };
  }
  const passwordHash = await hashPassword(input.password);
  const userId = newId();
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(users).values({ id: userId, email: input.email, displayName: input.displayName, passwordHash });
    await tx.insert(emailTokens).values({
      id: newId(), userId, purpose: "verify_email", tokenHash: sha256(token),
      expiresAt: new Date(now().getTime() + VERIFY_TTL_MS),
    });
    await writeAudit(tx, { actorId: userId, action: "account.created", targetType: "user", targetId: userId });
  });
  await sendEmail({
    to: input.email,
    subject: "Confirm your email for Restorative Network",
    text: `Welcome to Restorative Network.\n\nPlease confirm your email address by opening this link (it works once, for 48 hours):\n${absoluteUrl(request, `/verify-email?token=${token}`)}\n\nIf you did not sign up, you can ignore this message.`,
  });
  return { ok: true, value: undefined };
}

/** Marks the email verified and returns the user id, or null when the link is unknown, used or expired. */
export async function verifyEmail(token: string): Promise<string | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await consumeToken(tx, token, "verify_email");
    if (!row) return null;
    await tx.update(users).set({ emailVerifiedAt: now() }).where(eq(users.id, row.userId));
    return row.userId;
  });
}

async function consumeToken(tx: Parameters<Parameters<Awaited<ReturnType<typeof getDb>>["transaction"]>[0]>[0], token: string, purpose: "verify_email" | "reset_password") {
  const [row] = await tx
    .update(emailTokens)
    .set({ usedAt: now() })
    .where(and(eq(emailTokens.tokenHash, sha256(token)), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now())))
    .returning({ userId: emailTokens.userId });
  return row ?? null;
}

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "rate_limited" | "suspended" };

// Verifying against a real hash when the email is unknown keeps timing the same for both cases.
let decoyHash: Promise<string> | undefined;

/** Checks the password with database-backed rate limits per account and per IP. Errors stay generic. */
export async function signIn(email: string, password: string, clientIp: string): Promise<SignInResult> {
  const db = await getDb();
  const since = new Date(now().getTime() - FAILURE_WINDOW_MS);
  const accountKey = `account:${email}`;
  const ipKey = `ip:${clientIp}`;
  const failures = async (key: string) =>
    (await db.select({ n: count() }).from(signInFailures).where(and(eq(signInFailures.key, key), gt(signInFailures.at, since))))[0]!.n;
  if ((await failures(accountKey)) >= MAX_FAILURES_PER_ACCOUNT || (await failures(ipKey)) >= MAX_FAILURES_PER_IP) {
    return { ok: false, reason: "rate_limited" };
  }
  const [user] = await db.select().from(users).where(eq(users.email, email));
  decoyHash ??= hashPassword("decoy password that never matches anything");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !valid) {
    await db.insert(signInFailures).values([{ key: accountKey, at: now() }, { key: ipKey, at: now() }]);
    return { ok: false, reason: "invalid" };
  }
  if (user.suspendedAt) return { ok: false, reason: "suspended" };
  return { ok: true, userId: user.id };
}

/** Emails a single-use reset link valid for one hour, if the account exists. Says nothing either way. */
export async function requestPasswordReset(email: string, request: Request) {
  const db = await getDb();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) return;
  const token = newToken();
  await db.insert(emailTokens).values({
    id: newId(), userId: user.id, purpose: "reset_password", tokenHash: sha256(token),
    expiresAt: new Date(now().getTime() + RESET_TTL_MS),
  });
  await sendEmail({
    to: email,
    subject: "Choose a new password for Restorative Network",
    text: `We received a request to choose a new password for your account.\n\nOpen this link within one hour to choose it (it works once):\n${absoluteUrl(request, `/reset-password?token=${token}`)}\n\nIf you did not ask for this, you can ignore this message; your password has not changed.`,
  });
}

/** Sets a new password from a reset link; ends every session of the account in the same transaction. */
export async function resetPassword(token: string, password: string): Promise<Outcome<string>> {
  const problem = passwordProblem(password);
  if (problem) return { ok: false, errors: { password: problem } };
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const userId = await db.transaction(async (tx) => {
    const row = await consumeToken(tx, token, "reset_password");
    if (!row) return null;
    await tx.update(users).set({ passwordHash, emailVerifiedAt: now() }).where(eq(users.id, row.userId));
    await tx.delete(sessions).where(eq(sessions.userId, row.userId));
    await writeAudit(tx, { actorId: row.userId, action: "account.password_reset", targetType: "user", targetId: row.userId });
    return row.userId;
  });
  if (!userId) return { ok: false, errors: { form: "This link has expired or has already been used. You can ask for a new one." } };
  return { ok: true, value: userId };
}

export async function signOutEverywhere(userId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await writeAudit(tx, { actorId: userId, action: "account.signed_out_everywhere", targetType: "user", targetId: userId });
  });
}
