import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { blankSessionCookie, endSession, getAuth } from "~/utils/auth.server";

export async function action({ request, context }: ActionFunctionArgs) {
  const { session } = await getAuth(request, context);
  const cookie = session ? await endSession(session.id) : await blankSessionCookie();
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}

export const loader = () => redirect("/");
