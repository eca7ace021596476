import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { FormToken } from "~/components/form-token";
import { formKey, newFormToken, orAlreadySubmitted } from "~/utils/form-token.server";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormMessage, Select, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { raiseConcern } from "~/directory/concerns.server";
import { CONCERN_OPTIONS } from "~/directory/options";
import { findProfileBySlug } from "~/directory/profiles.server";
import { ConcernSchema } from "~/directory/schema.server";
import { getUser } from "~/utils/auth.server";
import { notFound, requiredParam } from "~/utils/guards.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { canViewFacilitatorProfile } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Raise a concern · Restorative Network", "Raise a concern about a facilitator with the network's administrators, in confidence."),
];

async function loadTarget(request: Request, context: Parameters<typeof getUser>[1], slug: string) {
  const user = await getUser(request, context);
  const profile = await findProfileBySlug(slug);
  if (!profile || !canViewFacilitatorProfile(user, profile)) notFound("We could not find that facilitator.");
  return { user, profile };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, profile } = await loadTarget(request, context, requiredParam(params, "slug"));
  return json({ profile: { slug: profile.slug, displayName: profile.displayName }, signedIn: !!user, formToken: newFormToken() });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, profile } = await loadTarget(request, context, requiredParam(params, "slug"));
  const form = await request.formData();
  const values = { kind: String(form.get("kind") ?? ""), details: String(form.get("details") ?? ""), replyEmail: String(form.get("replyEmail") ?? "") };
  const parsed = parseForm(ConcernSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  await orAlreadySubmitted(raiseConcern(profile.id, user?.id ?? null, parsed.data, formKey(form, user?.id, "directory.concern")));
  return json({ done: true });
}

export default function RaiseConcern() {
  const { profile, signedIn, formToken } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply<{ kind: string; details: string; replyEmail: string }>();
  if (data && "done" in data) {
    return (
      <div className="page narrow">
        <h1>Thank you for telling us</h1>
        <FormMessage success="Your concern has reached the network's administrators." />
        <p>They read every concern with care. {profile.displayName} is not told who raised it, and does not see it.</p>
        <p>
          <Link to="/facilitators">Back to the directory</Link> · <Link to="/support">Support lines, if you need someone to talk to</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <p>
        <Link to={`/facilitators/${profile.slug}`}>← {profile.displayName}</Link>
      </p>
      <h1>Raise a concern about {profile.displayName}</h1>
      <Visibility>only the network's administrators. {profile.displayName} does not see your concern or who raised it.</Visibility>
      <Form method="post" noValidate className="stack">
        <FormToken token={formToken} />
        <Select
          label="What is the concern about?"
          name="kind"
          options={CONCERN_OPTIONS}
          placeholder="Choose one"
          defaultValue={values?.kind ?? ""}
          error={errors.kind}
        />
        <TextArea
          label="What happened"
          name="details"
          rows={6}
          defaultValue={values?.details}
          error={errors.details}
          hint="Please leave out patient names and other identifying details."
        />
        {signedIn ? null : (
          <Field
            label="Your email, if you would like a reply (optional)"
            name="replyEmail"
            type="email"
            defaultValue={values?.replyEmail}
            error={errors.replyEmail}
          />
        )}
        <button type="submit">Send to the administrators</button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
