import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { refundAttempt, takeAttempt, type Bucket } from "~/utils/rate-limit.server";

const MAX_FAILURES_PER_ACCOUNT = 10;
const MAX_FAILURES_PER_IP = 50;
const FAILURE_WINDOW_MS = 15 * 60_000;

/** The two limits every password check counts against: the account (by email) and the client's IP. */
function signInBuckets(email: string, clientIp: string): Bucket[] {
  return [
    { scope: "sign-in:account", subject: email.toLowerCase(), limit: MAX_FAILURES_PER_ACCOUNT, windowMs: FAILURE_WINDOW_MS },
    { scope: "sign-in:ip", subject: clientIp, limit: MAX_FAILURES_PER_IP, windowMs: FAILURE_WINDOW_MS },
  ];
}

export type SignInResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "rate_limited" | "suspended"; retryAfterMs?: number };

// Verifying against a real hash when the email is unknown keeps timing the same for both cases.
let decoyHash: Promise<string> | undefined;

/**
 * Checks a password against the account with that email, within the sign-in limits. An attempt is
 * counted before the password is checked (one statement counts and decides, so concurrent attempts
 * cannot all slip under the limit) and given back when the password was right, so only failures use
 * up the limit. Errors stay generic: an unknown email and a wrong password look the same.
 */
export async function checkPassword(email: string, password: string, clientIp: string): Promise<SignInResult> {
  const db = await getDb();
  const buckets = signInBuckets(email, clientIp);
  const attempt = await takeAttempt(db, buckets);
  if (!attempt.allowed) return { ok: false, reason: "rate_limited", retryAfterMs: attempt.retryAfterMs };
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  decoyHash ??= hashPassword("decoy password that never matches anything");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  await refundAttempt(db, buckets);
  if (user.suspendedAt) return { ok: false, reason: "suspended" };
  return { ok: true, userId: user.id };
}
