import { Lucia, TimeSpan, type Session } from "lucia";
import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { json, redirect, type AppLoadContext } from "@remix-run/node";
import { sessions, users, type User } from "../../db/schema";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";

/**
 * Sessions. lucia stays behind this module: routes call getAuth/requireUser and never import lucia.
 * Sliding expiry of 14 days (lucia extends a session once half of it has passed) and an absolute cap of
 * 30 days from sign-in, checked against the session's createdAt.
 */
export const SESSION_SLIDING_DAYS = 14;
export const SESSION_ABSOLUTE_DAYS = 30;

function buildLucia(db: Awaited<ReturnType<typeof getDb>>) {
  return new Lucia(new DrizzlePostgreSQLAdapter(db, sessions, users), {
    sessionExpiresIn: new TimeSpan(SESSION_SLIDING_DAYS, "d"),
    sessionCookie: {
      name: "rn_session",
      expires: true,
      attributes: { secure: getEnv().NODE_ENV === "production", sameSite: "lax" },
    },
    getSessionAttributes: (attributes) => ({ createdAt: attributes.createdAt }),
    getUserAttributes: (attributes) => attributes,
  });
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof buildLucia>;
    DatabaseSessionAttributes: { createdAt: Date };
    DatabaseUserAttributes: Omit<User, "id">;
  }
}

let instance: { lucia: ReturnType<typeof buildLucia>; db: unknown } | undefined;
async function getLucia() {
  const db = await getDb();
  if (!instance || instance.db !== db) instance = { lucia: buildLucia(db), db };
  return instance.lucia;
}

export type SessionUser = Omit<User, "passwordHash">;
export type Auth = { user: SessionUser | null; session: Session | null };

const resolved = new WeakMap<object, Promise<Auth>>();

/** The signed-in user for this request (memoised per request), refreshing the cookie when lucia extends it. */
export function getAuth(request: Request, context: AppLoadContext): Promise<Auth> {
  let pending = resolved.get(context);
  if (!pending) {
    pending = resolveAuth(request, context);
    resolved.set(context, pending);
  }
  return pending;
}

async function resolveAuth(request: Request, context: AppLoadContext): Promise<Auth> {
  const lucia = await getLucia();
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (!sessionId) return { user: null, session: null };
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session || !user) {
    context.responseCookies.push(lucia.createBlankSessionCookie().serialize());
    return { user: null, session: null };
  }
  const age = Date.now() - new Date(session.createdAt).getTime();
  if (age > SESSION_ABSOLUTE_DAYS * 86_400_000 || user.suspendedAt) {
    await lucia.invalidateSession(session.id);
    context.responseCookies.push(lucia.createBlankSessionCookie().serialize());
    return { user: null, session: null };
  }
  if (session.fresh) context.responseCookies.push(lucia.createSessionCookie(session.id).serialize());
  const { passwordHash: _omit, ...safeUser } = user as unknown as User;
  return { user: safeUser, session };
}

export async function getUser(request: Request, context: AppLoadContext) {
  return (await getAuth(request, context)).user;
}

/** Shown (with a link to send the confirmation again) when an unconfirmed account tries to act. */
export const UNCONFIRMED_EMAIL = {
  reason: "unconfirmed-email",
  message:
    "Please confirm your email address first. Until you do, you can read and look around, but you cannot join circles, post, or contact facilitators.",
} as const;

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The signed-in user, or a redirect to sign-in that comes back here afterwards. People whose email is
 * not confirmed yet may sign in and read, but every action (any POST: joining a circle, posting,
 * contacting a facilitator…) is refused with a 403 that says why, unless the route opts in with
 * allowUnconfirmed (their own account settings, asking for support).
 */
export async function requireUser(
  request: Request,
  context: AppLoadContext,
  options: { allowUnconfirmed?: boolean } = {},
): Promise<SessionUser> {
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
export async function startSession(userId: string): Promise<string> {
  const lucia = await getLucia();
  const session = await lucia.createSession(userId, { createdAt: new Date() });
  return lucia.createSessionCookie(session.id).serialize();
}

export async function endSession(sessionId: string): Promise<string> {
  const lucia = await getLucia();
  await lucia.invalidateSession(sessionId);
  return lucia.createBlankSessionCookie().serialize();
}

/** Signs a user out everywhere: on password change, suspension, or at their request. */
export async function endAllSessions(userId: string) {
  const lucia = await getLucia();
  await lucia.invalidateUserSessions(userId);
}

export async function blankSessionCookie() {
  return (await getLucia()).createBlankSessionCookie().serialize();
}
