import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormMessage, Select, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { languageName } from "~/directory/codes";
import { TIMEFRAME_OPTIONS } from "~/directory/options";
import { loadRequestPage } from "~/directory/request-views.server";
import { answerContactRequest, copyRequestToFacilitator } from "~/directory/requests.server";
import { AnswerSchema } from "~/directory/schema.server";
import { harmLabel, modalityLabels, settingLabel } from "~/directory/ui";
import { labelOf } from "~/taxonomy";
import { requireUser } from "~/utils/auth.server";
import { notFound, requiredParam } from "~/utils/guards.server";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { pageMeta } from "~/components/meta";
import { LocalTime } from "~/components/LocalTime";

export const meta: MetaFunction = () => [
  ...pageMeta("Contact request · Restorative Network", "One contact request between an organisation and a facilitator."),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const page = await loadRequestPage(user, requiredParam(params, "requestId"));
  if (!page) notFound("We could not find that request.");
  return json(page);
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const page = await loadRequestPage(user, requiredParam(params, "requestId"));
  if (!page) notFound("We could not find that request.");
  const values = formValues(await request.formData());
  const parsed = parseForm(AnswerSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  const intent = parsed.data.intent;
  if (intent === "resend") {
    if (!page.request.canResend) return formInvalid({ errors: { form: "Only an unanswered or declined request can be sent to someone else." }, values });
    const outcome = await copyRequestToFacilitator(user.id, page.request.id, parsed.data.profileId);
    if (!outcome.ok) return formInvalid({ errors: outcome.errors, values });
    return redirect(`/requests/${outcome.id}?sent=1`);
  }
  if (!page.request.canAnswer) {
    const message =
      page.request.status === "expired"
        ? "This request expired after 48 hours without an answer, so it can no longer be answered."
        : "This request has already been answered.";
    return formInvalid({ errors: { form: message }, values }, 409);
  }
  const changed = await answerContactRequest(user.id, page.request.id, intent === "accept" ? { accept: true } : { accept: false, reason: parsed.data.reason });
  if (!changed) return formInvalid({ errors: { form: "This request can no longer be answered." }, values }, 409);
  return json({
    done:
      intent === "accept"
        ? "You accepted. Your contact details and theirs are now shared with each other."
        : "You declined. We have let them know, so they can ask someone else.",
  });
}

export default function ContactRequestPage() {
  const { request: r, alternatives } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply();
  const [params] = useSearchParams();
  const isRequester = r.viewerRole === "requester";
  return (
    <div className="page narrow">
      <p>
        <Link to={isRequester ? "/requests" : "/requests/inbox"}>← {isRequester ? "Your requests" : "Your inbox"}</Link>
      </p>
      <h1>{isRequester ? `Your request to ${r.facilitator.displayName}` : `Request from ${r.organisationName}`}</h1>
      {params.get("sent") ? <FormMessage success={`Your request is on its way. ${r.facilitator.displayName} is asked to answer within 48 hours.`} /> : null}
      <FormMessage error={errors.form} success={data && "done" in data ? data.done : null} />
      <Visibility>
        only {isRequester ? `you and ${r.facilitator.displayName}` : `you and the person at ${r.organisationName} who sent it`}. Contact details are shared
        between you two only after the facilitator accepts.
      </Visibility>
      <p className={`request-status status-${r.status}`}>
        <strong>Status:</strong> {r.statusLabel}
      </p>
      <dl className="facts">
        <dt>Organisation</dt>
        <dd>{r.organisationName}</dd>
        <dt>Facilitator</dt>
        <dd>
          <Link to={`/facilitators/${r.facilitator.slug}`}>{r.facilitator.displayName}</Link>
        </dd>
        <dt>Sent</dt>
        <dd>
          <LocalTime at={r.createdAt} />
        </dd>
        {r.status === "pending" ? (
          <>
            <dt>Answer expected by</dt>
            <dd>
              <LocalTime at={r.expiresAt} />
            </dd>
          </>
        ) : null}
        <dt>Kind of harm</dt>
        <dd>{harmLabel(r.harmType)}</dd>
        <dt>Care setting</dt>
        <dd>{settingLabel(r.setting)}</dd>
        <dt>Way of meeting</dt>
        <dd>{modalityLabels([r.modality])}</dd>
        <dt>Languages</dt>
        <dd>{r.languages.map(languageName).join(", ")}</dd>
        <dt>Timeframe</dt>
        <dd>{labelOf(TIMEFRAME_OPTIONS, r.timeframe)}</dd>
      </dl>
      <h2>Message</h2>
      <p className="request-message">{r.message}</p>
      {r.status === "declined" && r.declineReason ? (
        <>
          <h2>Reason given</h2>
          <p>{r.declineReason}</p>
        </>
      ) : null}

      {r.contact ? (
        <section className="card contact-details" aria-labelledby="contact-heading">
          <h2 id="contact-heading">Contact details</h2>
          <p className="hint">Shared because the request was accepted. Please use them only for this request.</p>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{r.contact.name}</dd>
            {r.contact.organisation ? (
              <>
                <dt>Organisation</dt>
                <dd>{r.contact.organisation}</dd>
              </>
            ) : null}
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${r.contact.email}`}>{r.contact.email}</a>
            </dd>
            {r.contact.phone ? (
              <>
                <dt>Phone</dt>
                <dd>{r.contact.phone}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {r.canAnswer ? (
        <section aria-labelledby="answer-heading" className="stack">
          <h2 id="answer-heading">Your answer</h2>
          <p>If you accept, your contact details from your profile are shared with them, and theirs with you.</p>
          <Form method="post">
            <input type="hidden" name="intent" value="accept" />
            <button type="submit">Accept and share contact details</button>
          </Form>
          <Form method="post" className="stack card">
            <input type="hidden" name="intent" value="decline" />
            <TextArea
              label="Reason (optional)"
              name="reason"
              rows={2}
              defaultValue={values?.reason}
              error={errors.reason}
              hint="They will see this. A kind word helps, such as a suggestion of someone else."
            />
            <button type="submit" className="secondary">
              Decline
            </button>
          </Form>
        </section>
      ) : null}
      {!isRequester && r.status === "expired" ? (
        <p className="notice">This request expired: it was not answered within 48 hours, and the organisation has been told they can ask someone else.</p>
      ) : null}

      {r.canResend ? (
        <section aria-labelledby="resend-heading" className="stack card">
          <h2 id="resend-heading">Send to another facilitator</h2>
          <p>
            {r.status === "expired" ? "No answer came within 48 hours." : "This facilitator could not take it on."} You can send the same request to someone
            else in one step.
          </p>
          {alternatives.length ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="resend" />
              <Select
                label="Facilitator"
                name="profileId"
                defaultValue={values?.profileId}
                options={alternatives.map((a) => ({ value: a.id, label: a.label }))}
                error={errors.profileId}
                hint="Facilitators who speak your languages and work with this kind of harm are listed first."
              />
              <button type="submit">Send a copy</button>
            </Form>
          ) : (
            <p>
              No other facilitator matches these languages right now. <Link to="/facilitators">Browse the directory</Link>.
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
