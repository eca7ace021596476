import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requestPasswordReset } from "~/accounts/passwords.server";
import { ForgotSchema, fieldErrors } from "~/accounts/schema.server";
import { Field, FormMessage } from "~/components/forms";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Choose a new password · Restorative Network", "Forgot your password? We will email you a link to choose a new one."),
];

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const parsed = ForgotSchema.safeParse({ email });
  if (!parsed.success) return json({ errors: fieldErrors(parsed.error), email, sent: false }, { status: 400 });
  await requestPasswordReset(parsed.data.email);
  return json({ errors: {} as Record<string, string>, email, sent: true });
}

export default function ForgotPassword() {
  const data = useActionData<typeof action>();
  return (
    <div className="page narrow">
      <h1>Choose a new password</h1>
      <p>Enter your email. If it belongs to an account, we will send a link to choose a new password. The link works once, for one hour.</p>
      <Form method="post" noValidate className="stack">
        <FormMessage success={data?.sent ? "If that address has an account, a link is on its way. Please check your email." : null} />
        <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={data?.email} error={data?.errors.email} />
        <button type="submit">Send the link</button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
