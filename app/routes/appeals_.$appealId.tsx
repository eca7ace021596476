import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { Visibility } from "~/components/page";
import { decideAppeal, describeAction, getAppeal } from "~/moderation/appeals.server";
import { AppealDecisionSchema } from "~/moderation/schema.server";
import { notFound, requiredParam, requireUserWith } from "~/utils/guards.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { canSeeSiteQueue } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Appeal · Restorative Network", "One appeal against a moderation decision, with the decision and the member's reasons."),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canSeeSiteQueue);
  const found = (await getAppeal(user, requiredParam(params, "appealId"))) ?? notFound();
  return json({
    id: found.appeal.id,
    status: found.appeal.status,
    message: found.appeal.message,
    decisionNote: found.appeal.decisionNote,
    what: describeAction(found.action.action, "staff"),
    reason: found.action.reason,
    circleName: found.circleName,
    mayDecide: found.mayDecide,
    post: found.post
      ? { threadTitle: found.post.threadTitle, authorLabel: found.post.authorLabel, status: found.post.status, html: renderMarkdown(found.post.body) }
      : null,
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canSeeSiteQueue);
  const parsed = parseForm(AppealDecisionSchema, formValues(await request.formData()));
  if (!parsed.ok) return formInvalid(parsed);
  const outcome = await decideAppeal(user, requiredParam(params, "appealId"), parsed.data);
  if (!outcome.ok) return formInvalid({ errors: { form: outcome.message }, values: parsed.values }, outcome.status);
  return json({
    done: parsed.data.decision === "overturn" ? "The decision is reversed and the member has been told." : "The decision stands and the member has been told.",
  });
}

export default function Appeal() {
  const a = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply();
  return (
    <div className="page narrow">
      <p>
        <Link to="/appeals">← Appeals</Link>
      </p>
      <h1>Appeal about {a.circleName}</h1>
      <Visibility>site moderators and admins. The member reads your decision and note.</Visibility>
      <FormMessage success={data && "done" in data ? data.done : null} />
      <p>
        A moderator {a.what}.{a.reason ? ` Their reason: ${a.reason}` : ""}
      </p>
      <h2>The member's message</h2>
      <blockquote className="prose">{a.message}</blockquote>
      {a.post ? (
        <section className="card" aria-labelledby="appeal-post-heading">
          <h2 id="appeal-post-heading">The post: {a.post.threadTitle}</h2>
          <p className="muted small">
            Posted as {a.post.authorLabel} · now {a.post.status}
          </p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: a.post.html }} />
        </section>
      ) : null}
      {a.status !== "open" ? (
        <p>
          <strong>Decided: {a.status === "overturned" ? "reversed" : "kept"}.</strong> {a.decisionNote}
        </p>
      ) : a.mayDecide ? (
        <Form method="post" className="stack">
          <h2>Your decision</h2>
          <FormMessage error={errors.form} />
          <fieldset className="field">
            <legend>Look again at the decision</legend>
            <label className="checkbox">
              <input type="radio" name="decision" value="overturn" defaultChecked={values?.decision === "overturn"} /> Reverse it (restore the post or
              membership)
            </label>
            <label className="checkbox">
              <input type="radio" name="decision" value="uphold" defaultChecked={values?.decision === "uphold"} /> Keep it
            </label>
            {errors.decision ? <p className="field-error">{errors.decision}</p> : null}
          </fieldset>
          <TextArea label="Note to the member" name="note" rows={3} defaultValue={values?.note} error={errors.note} />
          <button type="submit">Decide appeal</button>
        </Form>
      ) : (
        <p>You took the original decision, so another moderator will decide this appeal.</p>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
