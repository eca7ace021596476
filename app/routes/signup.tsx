import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { signUp } from "~/accounts/accounts.server";
import { rememberPendingEmail } from "~/accounts/pending-email.server";
import { SignUpSchema, fieldErrors } from "~/accounts/schema.server";
import { Field, FormMessage } from "~/components/forms";
import { Visibility } from "~/components/page";
import { getUser } from "~/utils/auth.server";
import { zoneFromCookie } from "~/utils/time";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Join · Restorative Network", "Join Restorative Network: peer-support circles, case learnings and facilitators for people affected by harm in healthcare."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getUser(request, context)) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const values = { email: String(form.get("email") ?? ""), displayName: String(form.get("displayName") ?? "") };
  const parsed = SignUpSchema.safeParse({ ...values, password: form.get("password") ?? "" });
  if (!parsed.success) return json({ errors: fieldErrors(parsed.error), values }, { status: 400 });
  // The browser's zone (a cookie the page sets), so times are the person's own from the first day; else UTC.
  const outcome = await signUp({ ...parsed.data, timeZone: zoneFromCookie(request.headers.get("Cookie")) ?? "UTC" });
  if (!outcome.ok) return json({ errors: outcome.errors, values }, { status: 400 });
  return redirect("/signup/check-email", { headers: { "Set-Cookie": await rememberPendingEmail(parsed.data.email) } });
}

export default function SignUp() {
  const data = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const errors: Record<string, string> = data?.errors ?? {};
  return (
    <div className="page narrow">
      <h1>Join the network</h1>
      <p className="lead">An account lets you join peer-support circles, share case learnings and contact facilitators.</p>
      <Visibility>your email is never shown to other members. Your display name is shown where you post, unless you choose a pseudonym in a circle.</Visibility>
      <Form method="post" noValidate className="stack">
        <FormMessage error={errors.form} />
        <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={data?.values.email} error={errors.email} />
        <Field label="Display name" name="displayName" autoComplete="name" required defaultValue={data?.values.displayName} error={errors.displayName} hint="The name others see. You can use a first name only." />
        <Field label="Password" name="password" type="password" autoComplete="new-password" required error={errors.password} hint="At least 12 characters. A few unrelated words work well; not your name or email." />
        <p className="hint">
          By joining you agree to our <Link to="/terms">terms of use</Link>. Our <Link to="/privacy">privacy page</Link> says plainly what we keep,
          who can see it, and how to download or delete it.
        </p>
        <button type="submit" disabled={busy}>{busy ? "Creating your account…" : "Create account"}</button>
      </Form>
      <p>Already a member? <Link to="/login">Sign in</Link>.</p>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
