import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { VerifySchema } from "~/directory/schema.server";
import { loadVerificationPage, revokeVerification, verifyFacilitator } from "~/directory/verification.server";
import { notFound, requiredParam, requireUserWith } from "~/utils/guards.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { canVerifyFacilitators } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Review training · Restorative Network", "Review a facilitator's training records and verify them.")];

async function load(slug: string) {
  return (await loadVerificationPage(slug)) ?? notFound("We could not find that facilitator.");
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUserWith(request, context, canVerifyFacilitators);
  return json(await load(requiredParam(params, "slug")));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const verifier = await requireUserWith(request, context, canVerifyFacilitators);
  const page = await load(requiredParam(params, "slug"));
  const form = await request.formData();
  const values = { intent: String(form.get("intent") ?? ""), validUntil: String(form.get("validUntil") ?? ""), note: String(form.get("note") ?? "") };
  const parsed = parseForm(VerifySchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  if (parsed.data.intent === "revoke") {
    await revokeVerification(verifier.id, page.profile.id, parsed.data.note);
    return json({ values, done: "The verification is removed; the badge no longer shows. This is in the audit log." });
  }
  const outcome = await verifyFacilitator(verifier.id, page.profile.id, parsed.data.validUntil, parsed.data.note);
  if (!outcome.ok) return formInvalid({ errors: outcome.errors, values });
  return json({ values, done: "The training is verified. The badge shows on the profile, and this is in the audit log." });
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export default function VerifyTraining() {
  const page = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply<{ intent: string; validUntil: string; note: string }>();
  return (
    <div className="page narrow">
      <p>
        <Link to={`/facilitators/${page.profile.slug}`}>← {page.profile.displayName}</Link>
      </p>
      <h1>Review the training of {page.profile.displayName}</h1>
      <Visibility>administrators and training verifiers. Evidence files are never public.</Visibility>
      <FormMessage success={data && "done" in data ? data.done : null} />
      <p>
        {page.verifiedUntil
          ? `Currently verified, valid until ${page.verifiedUntil}.`
          : page.lapsedOn
            ? `The last verification lapsed on ${page.lapsedOn}.`
            : "Not verified yet."}
      </p>
      <h2>Training records and evidence</h2>
      {page.training.length === 0 ? (
        <p>No training records.</p>
      ) : (
        <ul className="training-list">
          {page.training.map((t) => (
            <li key={t.id}>
              <strong>{t.programme}</strong>, {t.provider}. Completed {t.completedOn}
              {t.expiresOn ? `, expires ${t.expiresOn}` : ""}.{t.evidenceRef ? ` Reference: ${t.evidenceRef}.` : ""}
              {t.evidenceFile ? (
                <>
                  {" "}
                  <a href={`/facilitators/${page.profile.slug}/evidence/${t.id}`} download>
                    Download {t.evidenceFile.name} ({kb(t.evidenceFile.bytes)})
                  </a>
                </>
              ) : null}
              {!t.evidenceRef && !t.evidenceFile ? <span className="muted"> No evidence.</span> : null}
            </li>
          ))}
        </ul>
      )}
      <Form method="post" noValidate className="stack card">
        <h2>Mark as verified</h2>
        <input type="hidden" name="intent" value="verify" />
        <Field
          label="Valid until"
          name="validUntil"
          type="date"
          defaultValue={values?.intent === "verify" ? values.validUntil : ""}
          error={values?.intent === "verify" ? errors.validUntil : undefined}
          hint="The badge disappears after this date. The facilitator is emailed 30 days before."
        />
        <TextArea
          label="Note for the audit log (optional)"
          name="note"
          rows={2}
          defaultValue={values?.intent === "verify" ? values.note : ""}
          error={values?.intent === "verify" ? errors.note : undefined}
        />
        <button type="submit">Verify training</button>
      </Form>
      {page.verifiedUntil ? (
        <Form method="post" noValidate className="stack card">
          <h2>Remove the verification</h2>
          <input type="hidden" name="intent" value="revoke" />
          <TextArea
            label="Reason"
            name="note"
            rows={2}
            defaultValue={values?.intent === "revoke" ? values.note : ""}
            error={values?.intent === "revoke" ? errors.note : undefined}
            hint="Recorded in the audit log."
          />
          <button type="submit" className="danger">
            Remove verification
          </button>
        </Form>
      ) : null}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
