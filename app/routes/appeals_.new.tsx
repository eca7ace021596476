import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { Visibility } from "~/components/page";
import { describeAction, fileAppeal, getDecisionForAppeal } from "~/moderation/appeals.server";
import { AppealSchema } from "~/moderation/schema.server";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/guards.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Appeal a decision · Restorative Network", "Ask a different moderator to look again at a decision about your post or membership."),
];

async function load(request: Request, user: Parameters<typeof getDecisionForAppeal>[0]) {
  const actionId = new URL(request.url).searchParams.get("action") ?? "";
  return (await getDecisionForAppeal(user, actionId)) ?? notFound("That decision could not be found.");
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const d = await load(request, user);
  return json({
    actionId: d.id,
    what: describeAction(d.action),
    reason: d.reason,
    circleName: d.circleName,
    mayAppeal: d.mayAppeal,
    appeal: d.appeal ? { status: d.appeal.status, decisionNote: d.appeal.decisionNote } : null,
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const d = await load(request, user);
  const values = { message: String((await request.formData()).get("message") ?? "") };
  const parsed = parseForm(AppealSchema, { ...values, actionId: d.id });
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  const outcome = await fileAppeal(user, parsed.data);
  if (!outcome.ok) return formInvalid({ errors: { form: outcome.message }, values }, outcome.status);
  return json({ values, done: true });
}

const STATUS_WORDS = {
  open: "Your appeal is with a moderator who was not involved in the decision. You will be told here when they decide.",
  upheld: "A second moderator looked again and the decision stands.",
  overturned: "A second moderator looked again and reversed the decision.",
};

export default function AppealDecision() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply<{ message: string }>();
  return (
    <div className="page narrow">
      <h1>About a moderation decision</h1>
      <p className="lead">
        In {d.circleName}, a moderator {d.what}.
      </p>
      {d.reason ? (
        <p>
          <strong>Their reason:</strong> {d.reason}
        </p>
      ) : null}
      <Visibility>only you and the site's moderators. The facilitators of the circle do not decide appeals about their own decisions.</Visibility>
      {data && "done" in data ? (
        <FormMessage success="Thank you. Your appeal has been sent to a different moderator, who will look at it with fresh eyes." />
      ) : null}
      {d.appeal ? (
        <section className="card" aria-labelledby="appeal-status-heading">
          <h2 id="appeal-status-heading">Your appeal</h2>
          <p>{STATUS_WORDS[d.appeal.status]}</p>
          {d.appeal.decisionNote ? (
            <p>
              <strong>Their note:</strong> {d.appeal.decisionNote}
            </p>
          ) : null}
        </section>
      ) : d.mayAppeal ? (
        <Form method="post" className="stack">
          <h2>Appeal</h2>
          <p>If you think this was not right, you can ask once for a different moderator to look again. Tell them what you would like them to know.</p>
          <FormMessage error={errors.form} />
          <TextArea label="Your message to the moderator" name="message" rows={5} defaultValue={values?.message} error={errors.message} />
          <button type="submit">Send appeal</button>
        </Form>
      ) : (
        <p>This decision cannot be appealed.</p>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
