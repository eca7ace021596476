import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { Visibility } from "~/components/page";
import { acknowledgeCareAlert, closeCareAlert, getCareAlert } from "~/moderation/care.server";
import { CareCloseSchema } from "~/moderation/schema.server";
import { requireUser } from "~/utils/auth.server";
import { notFound, requiredParam } from "~/utils/guards.server";
import { pageMeta } from "~/components/meta";
import { LocalTime } from "~/components/LocalTime";

export const meta: MetaFunction = () => [
  ...pageMeta("Care alert · Restorative Network", "One care alert: what was noticed, who is reaching out, and the notes of the care team."),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const alert = (await getCareAlert(user, requiredParam(params, "alertId"))) ?? notFound();
  return json({
    alert: {
      id: alert.id,
      status: alert.status,
      circleName: alert.circleName,
      memberLabel: alert.memberLabel,
      postHref: alert.postHref,
      peerRequested: !!alert.peerRequestedAt,
      closingNote: alert.closingNote,
      events: alert.events.map((e) => ({ kind: e.kind, note: e.note, at: e.createdAt.toISOString() })),
    },
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const alertId = requiredParam(params, "alertId");
  const values = formValues(await request.formData());
  if (values.intent === "acknowledge") {
    const outcome = await acknowledgeCareAlert(user, alertId);
    if (!outcome.ok) return formInvalid({ errors: { form: outcome.message }, values }, outcome.status);
    return json({ done: "Thank you for picking this up. Others can see that someone is on it." });
  }
  const parsed = parseForm(CareCloseSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  const outcome = await closeCareAlert(user, alertId, parsed.data.note);
  if (!outcome.ok) return formInvalid({ errors: { form: outcome.message }, values }, outcome.status);
  return json({ done: "The alert is closed with your note." });
}

const EVENT_WORDS = {
  raised: "A post expressed distress",
  peer_requested: "The member asked for a peer supporter",
  acknowledged: "Someone picked this up",
  closed: "Closed",
};

export default function CareAlert() {
  const { alert } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply();
  return (
    <div className="page narrow">
      <p>
        <Link to="/care">← Care queue</Link>
      </p>
      <h1>Someone in {alert.circleName} may need support</h1>
      <Visibility>
        the site's peer supporters and moderators, and this circle's facilitators. Only the circle's facilitators see the name the member uses there.
      </Visibility>
      <FormMessage success={data && "done" in data ? data.done : null} error={errors.form} />
      {alert.peerRequested ? <p className="notice care">The member asked to talk with a peer supporter.</p> : null}
      {alert.memberLabel ? (
        <p>
          They post as <strong>{alert.memberLabel}</strong>.
        </p>
      ) : null}
      {alert.postHref ? (
        <p>
          <Link to={alert.postHref}>Read the post in its circle</Link>
        </p>
      ) : (
        <p>The post stays private to the circle. Its facilitators can read it and reach out there.</p>
      )}
      <h2>What has happened</h2>
      <ol>
        {alert.events.map((e, i) => (
          <li key={i}>
            {EVENT_WORDS[e.kind]} <LocalTime at={e.at} className="muted small" />
            {e.note ? `: ${e.note}` : ""}
          </li>
        ))}
      </ol>
      {alert.status === "open" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="acknowledge" />
          <button type="submit">I will pick this up</button>
        </Form>
      ) : null}
      {alert.status !== "closed" ? (
        <Form method="post" className="stack card">
          <h2>Close this alert</h2>
          <input type="hidden" name="intent" value="close" />
          <TextArea
            label="Closing note"
            name="note"
            rows={3}
            defaultValue={values?.note}
            error={errors.note}
            hint="What was done, for the rest of the care team. Seen only by the care team. Please leave out identifying details."
          />
          <button type="submit" className="secondary">
            Close alert
          </button>
        </Form>
      ) : (
        <p>
          <strong>Closed.</strong> {alert.closingNote}
        </p>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
