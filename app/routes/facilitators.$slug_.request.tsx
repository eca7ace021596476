import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { FormToken } from "~/components/form-token";
import { AlreadySubmitted, formKey, newFormToken, orAlreadySubmitted } from "~/utils/form-token.server";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { CheckboxGroup, FormMessage, Select, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { languageName } from "~/directory/codes";
import { TIMEFRAME_OPTIONS } from "~/directory/options";
import { loadRequestForm, sendContactRequest } from "~/directory/requests.server";
import { ContactRequestSchema } from "~/directory/schema.server";
import { CARE_SETTINGS, HARM_TYPES, MODALITIES } from "~/taxonomy";
import { requireUser } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { notFound, requiredParam } from "~/utils/guards.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `Contact ${data?.profile.displayName ?? "a facilitator"} · Restorative Network`,
    `Send ${data?.profile.displayName ?? "a facilitator"} a request for a restorative process; they answer within 48 hours.`,
  ),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await loadRequestForm(requiredParam(params, "slug"), user);
  if (!form) notFound("We could not find that facilitator.");
  return json({ ...form, formToken: newFormToken() });
}

function readValues(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    organisationId: text("organisationId"),
    harmType: text("harmType"),
    setting: text("setting"),
    modality: text("modality"),
    languages: form.getAll("languages").map(String),
    timeframe: text("timeframe"),
    message: text("message"),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await request.formData();
  const parsed = parseForm(ContactRequestSchema, readValues(form));
  if (!parsed.ok) return formInvalid(parsed);
  const { values } = parsed;
  const outcome = await orAlreadySubmitted(
    sendContactRequest(user, requiredParam(params, "slug"), parsed.data, formKey(form, user.id, "directory.contact_request")),
  );
  if (outcome instanceof AlreadySubmitted) return redirect(outcome.resultId ? `/requests/${outcome.resultId}?sent=1` : "/requests");
  if (!outcome.ok) return formInvalid({ errors: outcome.errors, values });
  return redirect(`/requests/${outcome.id}?sent=1`);
}

export default function SendRequest() {
  const { profile, organisations, unavailable, refusal, formToken } = useLoaderData<typeof loader>();
  const { errors, values: v } = useFormReply<ReturnType<typeof readValues>>();
  const busy = useNavigation().state === "submitting";
  const languageOptions = [...new Set([...profile.languages, "en", "fr"])].map((code) => ({ value: code, label: languageName(code) }));
  return (
    <div className="page narrow">
      <p>
        <Link to={`/facilitators/${profile.slug}`}>← {profile.displayName}</Link>
      </p>
      <h1>Send a request to {profile.displayName}</h1>
      <Visibility>
        only {profile.displayName} reads this request (and you). The network's staff do not. Your contact details and theirs are shared with each other only if
        they accept.
      </Visibility>
      {refusal === "self" ? (
        <div className="notice">This is your own profile.</div>
      ) : refusal === "no_organisation" ? (
        <div className="notice">
          Requests are sent on behalf of an organisation, and your account is not part of one yet. Please ask your organisation's administrator to add you, or
          write to the network's administrators.
        </div>
      ) : unavailable ? (
        <div className="notice">
          {unavailable} <Link to="/facilitators">Back to the directory</Link>.
        </div>
      ) : (
        <Form method="post" noValidate className="stack">
          <FormToken token={formToken} />
          <FormMessage error={errors.form} />
          <div className="notice care">
            Please do not include patient details: no names, dates of birth, record numbers, addresses or contact details of anyone involved. Describe what
            happened in general terms. We check for identifiers before sending and will ask you to remove any.
          </div>
          <Select
            label="Your organisation"
            name="organisationId"
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={v?.organisationId ?? organisations[0]?.id}
            error={errors.organisationId}
          />
          <Select label="Kind of harm" name="harmType" options={HARM_TYPES} placeholder="Choose one" defaultValue={v?.harmType ?? ""} error={errors.harmType} />
          <Select label="Care setting" name="setting" options={CARE_SETTINGS} placeholder="Choose one" defaultValue={v?.setting ?? ""} error={errors.setting} />
          <Select
            label="Preferred way of meeting"
            name="modality"
            options={MODALITIES.filter((m) => profile.modalities.includes(m.value))}
            placeholder="Choose one"
            defaultValue={v?.modality ?? ""}
            error={errors.modality}
          />
          <CheckboxGroup
            legend="Languages for the process"
            name="languages"
            options={languageOptions}
            values={v?.languages ?? profile.languages.slice(0, 1)}
            error={errors.languages}
          />
          <Select
            label="Timeframe"
            name="timeframe"
            options={TIMEFRAME_OPTIONS}
            placeholder="Choose one"
            defaultValue={v?.timeframe ?? ""}
            error={errors.timeframe}
          />
          <TextArea
            label="A short message"
            name="message"
            rows={6}
            defaultValue={v?.message}
            error={errors.message}
            hint="What happened in general terms, who might take part, and what you hope for. Up to 1,500 characters."
          />
          <p className="hint">
            {profile.displayName} is asked to answer within 48 hours. If they do not, we will tell you and you can send the same request to someone else.
          </p>
          <button type="submit" disabled={busy}>
            {busy ? "Sending…" : "Send the request"}
          </button>
        </Form>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
