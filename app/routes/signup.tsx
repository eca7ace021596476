import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useNavigation } from "@remix-run/react";
import { signUp } from "~/accounts/accounts.server";
import { rememberPendingEmail } from "~/accounts/pending-email.server";
import { SignUpSchema } from "~/accounts/schema.server";
import { Field, FormMessage, useFormReply } from "~/components/forms";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { Visibility } from "~/components/page";
import { getUser } from "~/utils/auth.server";
import { zoneFromCookie } from "~/utils/time";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta(
    "Join · Restorative Network",
    "Join Restorative Network: peer-support circles, case learnings and facilitators for people affected by harm in healthcare.",
  ),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getUser(request, context)) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const values = { email: String(form.get("email") ?? ""), displayName: String(form.get("displayName") ?? "") };
  const parsed = parseForm(SignUpSchema, { ...values, password: String(form.get("password") ?? "") });
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  // The browser's zone (a cookie the page sets), so times are the person's own from the first day; else UTC.
  const outcome = await signUp({ ...parsed.data, timeZone: zoneFromCookie(request.headers.get("Cookie")) ?? "UTC" });
  if (!outcome.ok) return formInvalid({ errors: outcome.errors, values });
  return redirect("/signup/check-email", { headers: { "Set-Cookie": await rememberPendingEmail(parsed.data.email) } });
}

export default function SignUp() {
  const { errors, values } = useFormReply<{ email: string; displayName: string }>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="page narrow">
      <h1>Join the network</h1>
      <p className="lead">An account lets you join peer-support circles, share case learnings and contact facilitators.</p>
      <Visibility>your email is never shown to other members. Your display name is shown where you post, unless you choose a pseudonym in a circle.</Visibility>
      <Form method="post" noValidate className="stack">
        <FormMessage error={errors.form} />
        <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values?.email} error={errors.email} />
        <Field
          label="Display name"
          name="displayName"
          autoComplete="name"
          required
          defaultValue={values?.displayName}
          error={errors.displayName}
          hint="The name others see. You can use a first name only."
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          error={errors.password}
          hint="At least 12 characters. A few unrelated words work well; not your name or email."
        />
        <p className="hint">
          By joining you agree to our <Link to="/terms">terms of use</Link>. Our <Link to="/privacy">privacy page</Link> says plainly what we keep, who can see
          it, and how to download or delete it.
        </p>
        <button type="submit" disabled={busy}>
          {busy ? "Creating your account…" : "Create account"}
        </button>
      </Form>
      <p>
        Already a member? <Link to="/login">Sign in</Link>.
      </p>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
