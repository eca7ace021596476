import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { Visibility } from "~/components/page";
import { decideReveal, getReveal } from "~/moderation/reveals.server";
import { RevealDecisionSchema } from "~/moderation/schema.server";
import { notFound, requiredParam, requireUserWith } from "~/utils/guards.server";
import { canSeeSiteQueue } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Identity reveal · Restorative Network", "One request to reveal the account behind a pseudonym, and its decision."),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canSeeSiteQueue);
  const r = (await getReveal(user, requiredParam(params, "revealId"))) ?? notFound();
  return json({ ...r, createdAt: r.createdAt.toISOString(), decidedAt: r.decidedAt?.toISOString() ?? null });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canSeeSiteQueue);
  const parsed = parseForm(RevealDecisionSchema, formValues(await request.formData()));
  if (!parsed.ok) return formInvalid(parsed);
  const outcome = await decideReveal(user, requiredParam(params, "revealId"), parsed.data);
  if (!outcome.ok) return formInvalid({ errors: { form: outcome.message }, values: parsed.values }, outcome.status);
  return json({ done: parsed.data.decision === "approve" ? "Approved. The member has been told." : "Declined." });
}

export default function Reveal() {
  const r = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply();
  return (
    <div className="page narrow">
      <p>
        <Link to="/reveals">← Identity reveals</Link>
      </p>
      <h1>{`Reveal ${r.label} in ${r.circleName}`}</h1>
      <Visibility>site moderators and admins. The account below is shown only to the moderator who asked and the one who approved.</Visibility>
      <FormMessage success={data && "done" in data ? data.done : null} error={errors.form} />
      <p>
        <strong>Asked by</strong> {r.requestedByMe ? "you" : r.requesterName}. <strong>Reason:</strong> {r.reason}
      </p>
      <p>
        <strong>Status:</strong> {r.status}
        {r.decisionNote ? `. Note: ${r.decisionNote}` : ""}
      </p>
      {r.account ? (
        <section className="card" aria-labelledby="account-heading">
          <h2 id="account-heading">The account</h2>
          <p>
            {r.account.displayName} · {r.account.email}
          </p>
        </section>
      ) : null}
      {r.mayDecide ? (
        <Form method="post" className="stack card">
          <h2>Decide as the second moderator</h2>
          <TextArea label="Note (optional)" name="note" rows={2} defaultValue={values?.note} />
          <div className="button-row">
            <button type="submit" name="decision" value="approve">
              Approve reveal
            </button>
            <button type="submit" name="decision" value="decline" className="secondary">
              Decline
            </button>
          </div>
        </Form>
      ) : r.status === "pending" ? (
        <p>A different moderator must decide, because you asked.</p>
      ) : null}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
