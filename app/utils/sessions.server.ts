import { eq } from "drizzle-orm";
import { sessions, users, type User } from "../../db/schema";
import { now } from "./clock.server";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";
import { newToken, sha256 } from "./ids.server";

/**
 * Server-side sessions (docs/decisions/007-own-session-module.md). The cookie holds a random 256-bit
 * token; the database holds only its SHA-256 (as sessions.id), so a copy of the table cannot be used to
 * sign in as anyone. Sliding expiry of 14 days, renewed once less than half remains, and an absolute cap
 * of 30 days from sign-in.
 */
const SESSION_SLIDING_DAYS = 14;
const SESSION_ABSOLUTE_DAYS = 30;
const DAY_MS = 86_400_000;
const SLIDING_MS = SESSION_SLIDING_DAYS * DAY_MS;
const COOKIE = "rn_session";
// 32 random bytes in base64url: 43 characters, nothing else.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type Session = { id: string; userId: string; expiresAt: Date; createdAt: Date };

function cookieAttributes(maxAgeSeconds: number) {
  const secure = getEnv().NODE_ENV === "production" ? "; Secure" : "";
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

function sessionCookie(token: string, expiresAt: Date) {
  const seconds = Math.max(0, Math.floor((expiresAt.getTime() - now().getTime()) / 1000));
  return `${COOKIE}=${token}; ${cookieAttributes(seconds)}; Expires=${expiresAt.toUTCString()}`;
}

export const blankCookie = () => `${COOKIE}=; ${cookieAttributes(0)}; Expires=${new Date(0).toUTCString()}`;

/** The session token in a Cookie header, if there is one (whatever its shape, so a stale one can be cleared). */
export function readSessionToken(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}

/** Starts a session for the user and returns its Set-Cookie value. */
export async function createSession(userId: string): Promise<string> {
  const token = newToken(32);
  const at = now();
  const expiresAt = new Date(at.getTime() + SLIDING_MS);
  await (await getDb()).insert(sessions).values({ id: sha256(token), userId, createdAt: at, expiresAt });
  return sessionCookie(token, expiresAt);
}

export type Validated = { session: Session; user: User; refreshedCookie: string | null } | { session: null; user: null; refreshedCookie: null };

/**
 * The session and user for a cookie token. An unknown, expired or over-age session (or a suspended
 * user's) gives nothing and is deleted; a session with less than half its sliding time left is extended,
 * and the new cookie is returned for the response.
 */
export async function validateSessionToken(token: string): Promise<Validated> {
  const none = { session: null, user: null, refreshedCookie: null } as const;
  if (!TOKEN_SHAPE.test(token)) return none;
  const db = await getDb();
  const id = sha256(token);
  const [row] = await db.select({ session: sessions, user: users }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, id));
  if (!row) return none;
  const at = now().getTime();
  const { session, user } = row;
  const expired = new Date(session.expiresAt).getTime() <= at;
  const tooOld = at - new Date(session.createdAt).getTime() > SESSION_ABSOLUTE_DAYS * DAY_MS;
  if (expired || tooOld || user.suspendedAt) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return none;
  }
  if (new Date(session.expiresAt).getTime() - at < SLIDING_MS / 2) {
    const expiresAt = new Date(at + SLIDING_MS);
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
    return { session: { ...session, expiresAt }, user, refreshedCookie: sessionCookie(token, expiresAt) };
  }
  return { session, user, refreshedCookie: null };
}

/** Ends one session by its stored id (the token's hash). */
export async function deleteSession(sessionId: string) {
  await (await getDb()).delete(sessions).where(eq(sessions.id, sessionId));
}
