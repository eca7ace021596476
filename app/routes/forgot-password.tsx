import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requestPasswordReset } from "~/accounts/passwords.server";
import { ForgotSchema } from "~/accounts/schema.server";
import { Field, FormMessage, useFormReply } from "~/components/forms";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Choose a new password · Restorative Network", "Forgot your password? We will email you a link to choose a new one."),
];

export async function action({ request }: ActionFunctionArgs) {
  const values = { email: String((await request.formData()).get("email") ?? "") };
  const parsed = parseForm(ForgotSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  await requestPasswordReset(parsed.data.email);
  return json({ values, sent: true });
}

export default function ForgotPassword() {
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply<{ email: string }>();
  return (
    <div className="page narrow">
      <h1>Choose a new password</h1>
      <p>Enter your email. If it belongs to an account, we will send a link to choose a new password. The link works once, for one hour.</p>
      <Form method="post" noValidate className="stack">
        <FormMessage success={data && "sent" in data ? "If that address has an account, a link is on its way. Please check your email." : null} />
        <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values?.email} error={errors.email} />
        <button type="submit">Send the link</button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
