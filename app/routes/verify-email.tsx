import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { verifyEmail } from "~/accounts/accounts.server";
import { startSession } from "~/utils/auth.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Confirm your email · Restorative Network", "Confirm your email address for Restorative Network.")];

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const userId = token ? await verifyEmail(token) : null;
  if (!userId) return null;
  return redirect("/account?verified=1", { headers: { "Set-Cookie": await startSession(userId) } });
}

export default function VerifyEmail() {
  return (
    <div className="page narrow">
      <h1>This link has expired or was already used</h1>
      <p>
        Confirmation links work once, for 48 hours. If you have already confirmed your email, you can <Link to="/login">sign in</Link>.
      </p>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
