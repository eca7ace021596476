import { json, redirect, type AppLoadContext } from "@remix-run/node";
import type { User } from "../../db/schema";
import { blankCookie, deleteSession, readSessionToken, validateSessionToken, type Session } from "./sessions.server";

/**
 * Who is signed in. Routes call getAuth/getUser/requireUser; the session store behind them is
 * app/utils/sessions.server.ts (a random token in the cookie, only its SHA-256 in the database, sliding
 * 14-day and absolute 30-day expiry).
 */
export type SessionUser = Omit<User, "passwordHash">;
export type Auth = { user: SessionUser | null; session: Session | null };

const resolved = new WeakMap<object, Promise<Auth>>();

/** The signed-in user for this request (memoised per request), refreshing the cookie when the session slides. */
export function getAuth(request: Request, context: AppLoadContext): Promise<Auth> {
  let pending = resolved.get(context);
  if (!pending) {
    pending = resolveAuth(request, context);
    resolved.set(context, pending);
  }
  return pending;
}

async function resolveAuth(request: Request, context: AppLoadContext): Promise<Auth> {
  const token = readSessionToken(request.headers.get("Cookie"));
  if (!token) return { user: null, session: null };
  const { session, user, refreshedCookie } = await validateSessionToken(token);
  if (!session) {
    context.responseCookies.push(blankCookie());
    return { user: null, session: null };
  }
  if (refreshedCookie) context.responseCookies.push(refreshedCookie);
  const { passwordHash: _omit, ...safeUser } = user;
  return { user: safeUser, session };
}

export async function getUser(request: Request, context: AppLoadContext) {
  return (await getAuth(request, context)).user;
}

/** Shown (with a link to send the confirmation again) when an unconfirmed account tries to act. */
const UNCONFIRMED_EMAIL = {
  reason: "unconfirmed-email",
  message: "Please confirm your email address first. Until you do, you can read and look around, but you cannot join circles, post, or contact facilitators.",
} as const;

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The signed-in user, or a redirect to sign-in that comes back here afterwards. People whose email is
 * not confirmed yet may sign in and read, but every action (any POST: joining a circle, posting,
 * contacting a facilitator…) is refused with a 403 that says why, unless the route opts in with
 * allowUnconfirmed (their own account settings, asking for support).
 */
export async function requireUser(request: Request, context: AppLoadContext, options: { allowUnconfirmed?: boolean } = {}): Promise<SessionUser> {
  const user = await getUser(request, context);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (!user.emailVerifiedAt && !options.allowUnconfirmed && !READS.has(request.method.toUpperCase())) {
    throw json(UNCONFIRMED_EMAIL, { status: 403 });
  }
  return user;
}

/** Starts a session and returns its Set-Cookie header value. */
export { createSession as startSession } from "./sessions.server";

/** Ends this session and returns the Set-Cookie value that clears the cookie. */
export async function endSession(sessionId: string): Promise<string> {
  await deleteSession(sessionId);
  return blankCookie();
}

export async function blankSessionCookie() {
  return blankCookie();
}
