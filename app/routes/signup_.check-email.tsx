import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { resendVerification } from "~/accounts/accounts.server";
import { pendingEmail } from "~/accounts/pending-email.server";
import { ForgotSchema } from "~/accounts/schema.server";
import { Field, FormMessage, useFormReply } from "~/components/forms";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { getUser } from "~/utils/auth.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Check your email · Restorative Network", "Check your email to confirm your address and finish joining.")];

/** Whose link to send again: a signed-in person who has not confirmed yet, else the address just used. */
async function knownEmail(request: Request, context: LoaderFunctionArgs["context"]) {
  const user = await getUser(request, context);
  if (user) return { email: user.email, confirmed: !!user.emailVerifiedAt, signedIn: true };
  return { email: await pendingEmail(request), confirmed: false, signedIn: false };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  return json(await knownEmail(request, context));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const known = await knownEmail(request, context);
  const form = await request.formData();
  const values = { email: String(form.get("email") ?? "") };
  const parsed = parseForm(ForgotSchema, known.signedIn ? { email: known.email } : values);
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  const outcome = await resendVerification(parsed.data.email, context.clientIp);
  if (!outcome.ok) {
    const message = "We have sent several links to this address in the last hour. Please check your inbox and spam folder, or try again in an hour.";
    return formInvalid({ errors: { form: message }, values }, 429);
  }
  return json({ values, sent: true });
}

export default function CheckEmail() {
  const known = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply<{ email: string }>();
  if (known.confirmed) {
    return (
      <div className="page narrow">
        <h1>Your email is confirmed</h1>
        <p>
          Thank you. Everything on the site is open to you. <Link to="/account">Go to your account</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>Check your email</h1>
      <p className="lead">If this address can be used for a new account, we have sent a link to confirm it. The link works once, for 48 hours.</p>
      <p>If you already have an account, the email explains how to sign in or choose a new password.</p>
      <h2>No email?</h2>
      <p>It can take a few minutes, and sometimes lands in a spam folder. If it has not arrived, we can send a new link.</p>
      <Form method="post" noValidate className="stack">
        <FormMessage
          error={errors.form}
          success={data && "sent" in data ? "If this address has an account waiting to be confirmed, a new link is on its way." : null}
        />
        {known.signedIn ? (
          <p>
            We will send it to <strong>{known.email}</strong>.
          </p>
        ) : (
          <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values?.email ?? known.email} error={errors.email} />
        )}
        <button type="submit">Send the link again</button>
      </Form>
      {known.signedIn ? null : (
        <p>
          <Link to="/login">Go to sign in</Link>
        </p>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
