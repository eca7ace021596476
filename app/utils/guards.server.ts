import { json, type AppLoadContext } from "@remix-run/node";
import { requireUser, type SessionUser } from "./auth.server";

/** Throws a 403 page response. */
export function forbidden(message = "You do not have access to this."): never {
  throw json({ message }, { status: 403 });
}

/** Throws a 404, used where even admitting that something exists would leak (e.g. invite-only circles). */
export function notFound(message = "Not found"): never {
  throw json({ message }, { status: 404 });
}

/** A part of the address the page cannot work without (e.g. `$slug`); a kind 404 page when it is missing. */
export function requiredParam(params: Partial<Record<string, string>>, name: string): string {
  const value = params[name];
  if (!value) notFound();
  return value;
}

/** The signed-in user, if the policy check passes for them; otherwise a 403. */
export async function requireUserWith(request: Request, context: AppLoadContext, allowed: (user: SessionUser) => boolean): Promise<SessionUser> {
  const user = await requireUser(request, context);
  if (!allowed(user)) forbidden();
  return user;
}
