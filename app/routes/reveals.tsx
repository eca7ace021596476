import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { describeMembershipForReveal, listReveals, requestReveal } from "~/moderation/reveals.server";
import { RevealRequestSchema } from "~/moderation/schema.server";
import { requireUserWith } from "~/utils/guards.server";
import { canRequestReveal, canSeeSiteQueue } from "~/utils/policy.server";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Identity reveals · Restorative Network", "Requests to reveal the account behind a pseudonym, which need two moderators to agree."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canSeeSiteQueue);
  const membershipId = new URL(request.url).searchParams.get("membershipId");
  const subject = membershipId ? await describeMembershipForReveal(user, membershipId) : null;
  const rows = await listReveals(user);
  return json({
    subject,
    reveals: rows.map((r) => ({ id: r.id, status: r.status, circleName: r.circleName, mine: r.requestedBy === user.id, createdAt: r.createdAt.toISOString() })),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canRequestReveal);
  const values = formValues(await request.formData());
  const parsed = parseForm(RevealRequestSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  const outcome = await requestReveal(user, parsed.data);
  if (!outcome.ok) return formInvalid({ errors: { form: outcome.message }, values }, outcome.status);
  return redirect(`/reveals/${outcome.id}`);
}

const STATUS = { pending: "Waiting for a second moderator", approved: "Approved", declined: "Declined" };

export default function Reveals() {
  const { subject, reveals } = useLoaderData<typeof loader>();
  const { errors, values } = useFormReply();
  return (
    <div className="page">
      <p>
        <Link to="/moderation">← Moderation</Link>
      </p>
      <h1>Identity reveals</h1>
      <p className="lead">
        A pseudonym's account is sealed. Revealing it needs two different site moderators: one asks with a reason, another approves. The member is told.
      </p>
      <Visibility>site moderators and admins. After approval, only the two moderators involved see the account. Every step is in the audit log.</Visibility>
      {subject ? (
        <Form method="post" className="stack card">
          <h2>{`Ask to reveal ${subject.label} in ${subject.circleName}`}</h2>
          <FormMessage error={errors.form} />
          <input type="hidden" name="membershipId" value={subject.membershipId} />
          <TextArea
            label="Why is the account needed?"
            name="reason"
            rows={3}
            defaultValue={values?.reason}
            error={errors.reason}
            hint="Recorded in the audit log, shown to the second moderator, and told to the member."
          />
          <button type="submit">Ask a second moderator</button>
        </Form>
      ) : (
        <p>To ask for a reveal, use “Ask to reveal who posted this” on a post in the review queue.</p>
      )}
      <h2>Requests</h2>
      {reveals.length === 0 ? (
        <p>No requests.</p>
      ) : (
        <ul className="notification-list">
          {reveals.map((r) => (
            <li key={r.id}>
              <Link to={`/reveals/${r.id}`}>
                {r.circleName}: {STATUS[r.status]}
              </Link>
              {r.mine ? <span className="tag">You asked</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
