import { and, eq, gt, isNull } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { emailTokens } from "../../db/schema";
import { now } from "~/utils/clock.server";
import { newId, newToken, sha256 } from "~/utils/ids.server";

type Purpose = (typeof emailTokens.$inferSelect)["purpose"];

/** A new single-use link token for the account; only its SHA-256 is stored. Returns the token to email. */
export async function issueToken(db: Queryable, userId: string, purpose: Purpose, ttlMs: number) {
  const token = newToken();
  await db.insert(emailTokens).values({
    id: newId(),
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(now().getTime() + ttlMs),
  });
  return token;
}

const usable = (token: string, purpose: Purpose) =>
  and(eq(emailTokens.tokenHash, sha256(token)), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now()));

/** The account a token belongs to while it is unused and unexpired, without using it up. */
export async function tokenOwner(db: Queryable, token: string, purpose: Purpose): Promise<string | null> {
  const [row] = await db.select({ userId: emailTokens.userId }).from(emailTokens).where(usable(token, purpose));
  return row?.userId ?? null;
}

/**
 * Uses a token up and returns its account, or null when it is unknown, used or expired. Claiming it in
 * one UPDATE makes two simultaneous uses of one link safe: only one of them gets the row.
 */
export async function claimToken(db: Queryable, token: string, purpose: Purpose): Promise<string | null> {
  const [row] = await db.update(emailTokens).set({ usedAt: now() }).where(usable(token, purpose)).returning({ userId: emailTokens.userId });
  return row?.userId ?? null;
}
