import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { resetPassword } from "~/accounts/passwords.server";
import { ResetSchema } from "~/accounts/schema.server";
import { Field, FormMessage, useFormReply } from "~/components/forms";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Set a new password · Restorative Network", "Set a new password for your Restorative Network account.")];

export function loader({ request }: LoaderFunctionArgs) {
  return json({ token: new URL(request.url).searchParams.get("token") ?? "" });
}

export async function action({ request }: ActionFunctionArgs) {
  // Passwords are never sent back to the page, so only the messages return.
  const parsed = parseForm(ResetSchema, formValues(await request.formData()));
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values: {} });
  const outcome = await resetPassword(parsed.data.token, parsed.data.password);
  if (!outcome.ok) return formInvalid({ errors: outcome.errors, values: {} });
  return redirect("/login?reset=1");
}

export default function ResetPassword() {
  const { token } = useLoaderData<typeof loader>();
  const { errors } = useFormReply();
  if (!token) {
    return (
      <div className="page narrow">
        <h1>This link is incomplete</h1>
        <p>
          Please open the whole link from the email, or <Link to="/forgot-password">ask for a new one</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>Set a new password</h1>
      <p>Choosing a new password signs you out on every device.</p>
      <Form method="post" noValidate className="stack">
        <FormMessage error={errors.form ?? errors.token} />
        <input type="hidden" name="token" value={token} />
        <Field
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          error={errors.password}
          hint="At least 12 characters. A few unrelated words work well; not your name or email."
        />
        <Field label="Type it again" name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
        <button type="submit">Save the new password</button>
      </Form>
      {errors.form ? (
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      ) : null}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
