import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useNavigation, useSearchParams } from "@remix-run/react";
import { SignInSchema } from "~/accounts/schema.server";
import { checkPassword } from "~/accounts/sign-in.server";
import { Field, FormMessage, useFormReply } from "~/components/forms";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { getUser, startSession } from "~/utils/auth.server";
import { safeRedirect } from "~/utils/safe-redirect.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Sign in · Restorative Network", "Sign in to Restorative Network.")];

// Remix sends an action's headers with the page only through this export; Retry-After tells clients when to try again.
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getUser(request, context)) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

const MESSAGES = {
  invalid: "That email and password do not match an account. Please check them and try again.",
  rate_limited: "Too many attempts to sign in. To protect the account, please wait 15 minutes and try again, or choose a new password.",
  suspended: "This account is paused. If you think this is a mistake, please contact the network's administrators.",
} as const;

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const values = { email: String(form.get("email") ?? ""), redirectTo: String(form.get("redirectTo") ?? "") };
  // The password is checked but never sent back to the page.
  const parsed = parseForm(SignInSchema, { ...values, password: String(form.get("password") ?? "") });
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  const result = await checkPassword(parsed.data.email, parsed.data.password, context.clientIp);
  if (!result.ok) {
    const limited = result.reason === "rate_limited";
    const headers = limited ? { "Retry-After": String(Math.ceil((result.retryAfterMs ?? 0) / 1000)) } : undefined;
    return formInvalid({ errors: { form: MESSAGES[result.reason] }, values }, { status: limited ? 429 : 400, headers });
  }
  return redirect(safeRedirect(parsed.data.redirectTo), { headers: { "Set-Cookie": await startSession(result.userId) } });
}

export default function Login() {
  const { errors, values } = useFormReply<{ email: string; redirectTo: string }>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const notice = params.get("reset") ? "Your password has been changed. Please sign in with the new one." : null;
  return (
    <div className="page narrow">
      <h1>Sign in</h1>
      <Form method="post" noValidate className="stack">
        <FormMessage error={errors.form} success={notice} />
        <input type="hidden" name="redirectTo" value={values?.redirectTo ?? params.get("redirectTo") ?? ""} />
        <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values?.email} error={errors.email} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required error={errors.password} />
        <button type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">Forgotten your password?</Link>
      </p>
      <p>
        New here? <Link to="/signup">Join the network</Link>.
      </p>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
