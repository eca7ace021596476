import { formInvalid } from "~/utils/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { acceptInvitation, invitationProblem, lookUpInvitation } from "~/circles/invitations.server";
import { IdentitySchema } from "~/circles/schema.server";
import { IdentityFields } from "~/circles/ui";
import { FormMessage, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { requireUser } from "~/utils/auth.server";
import { formValues, parseForm } from "~/utils/forms";
import { requiredParam } from "~/utils/guards.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Your invitation · Restorative Network", "Accept an invitation to join an invite-only circle."),
  { name: "robots", content: "noindex" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const inv = await lookUpInvitation(requiredParam(params, "token"));
  if (inv.state !== "valid")
    return json({ problem: invitationProblem(inv.state), circle: null, displayName: user.displayName }, { status: inv.state === "missing" ? 404 : 410 });
  return json({ problem: null, circle: { name: inv.circle.name, purpose: inv.circle.purpose }, displayName: user.displayName });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const token = requiredParam(params, "token");
  const values = formValues(await request.formData());
  const parsed = parseForm(IdentitySchema, values);
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  const result = await acceptInvitation({ actor: user, token, identity: parsed.data });
  if (!result.ok) return formInvalid({ errors: result.errors, values });
  return redirect(`/circles/${result.slug}/rules`);
}

export default function Invitation() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors } = useFormReply();
  if (!d.circle) {
    return (
      <div className="page narrow">
        <h1>This invitation cannot be used</h1>
        <p className="notice">{d.problem}</p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>You are invited to {d.circle.name}</h1>
      <p className="lead">{d.circle.purpose}</p>
      <Visibility>
        this invitation was sent only to you. Members of the circle will see you under the name you choose below, and nothing else about your account.
      </Visibility>
      <Form method="post" noValidate className="stack">
        <FormMessage error={errors.form} />
        <IdentityFields displayName={d.displayName} values={data?.values} errors={errors} />
        <button type="submit">Accept the invitation</button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
