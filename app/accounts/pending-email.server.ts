import { createCookie } from "@remix-run/node";
import { getEnv } from "~/utils/env.server";

/**
 * Remembers, for one hour and only in this browser, the address someone just signed up with, so the
 * "Check your email" page can offer to send the link again without asking for it. It is only a
 * convenience: resending answers the same for any address, so a changed cookie reveals nothing.
 */
const cookie = () =>
  createCookie("rn_signup_email", {
    path: "/signup",
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().NODE_ENV === "production",
    maxAge: 60 * 60,
  });

export const rememberPendingEmail = (email: string) => cookie().serialize(email);

export async function pendingEmail(request: Request): Promise<string> {
  const value: unknown = await cookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : "";
}
