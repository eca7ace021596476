import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { FormToken } from "~/components/form-token";
import { AlreadySubmitted, formKey, newFormToken, orAlreadySubmitted } from "~/utils/form-token.server";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { Field, FormMessage, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { parseTrainingForm } from "~/directory/evidence.server";
import { findProfileOfUser } from "~/directory/profiles.server";
import { addTrainingRecord, readTrainingForm, removeTrainingRecord } from "~/directory/training.server";
import { requireUserWith } from "~/utils/guards.server";
import { formInvalid } from "~/utils/forms.server";
import { canHaveOwnFacilitatorProfile } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Add a training record · Restorative Network", "Add a training record with evidence to your facilitator profile."),
];

async function requireOwnProfile(request: Request, context: Parameters<typeof requireUserWith>[1]) {
  const user = await requireUserWith(request, context, canHaveOwnFacilitatorProfile);
  const profile = await findProfileOfUser(user.id);
  if (!profile) throw redirect("/facilitators/me");
  return { user, profile };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOwnProfile(request, context);
  return json({ formToken: newFormToken() });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, profile } = await requireOwnProfile(request, context);
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const form = await request.formData();
    if (form.get("intent") === "remove") await removeTrainingRecord(user.id, profile.id, String(form.get("trainingId") ?? ""));
    return redirect("/facilitators/me#training");
  }
  const { form, evidence } = await parseTrainingForm(request);
  const values = readTrainingForm(form);
  const outcome = await orAlreadySubmitted(addTrainingRecord(user.id, profile.id, values, evidence, formKey(form, user.id, "directory.training")));
  if (outcome instanceof AlreadySubmitted) return redirect("/facilitators/me?saved=1#training");
  if (!outcome.ok) return formInvalid({ errors: outcome.errors, values });
  return redirect("/facilitators/me?saved=1#training");
}

export default function AddTraining() {
  const { formToken } = useLoaderData<typeof loader>();
  const { errors, values: v } = useFormReply<ReturnType<typeof readTrainingForm>>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="page narrow">
      <p>
        <Link to="/facilitators/me">← Your profile</Link>
      </p>
      <h1>Add a training record</h1>
      <Visibility>
        the programme, provider and dates are shown on your public profile. Evidence (the reference and any file) is seen only by you, the network's
        administrators and its training verifiers.
      </Visibility>
      {Object.keys(errors).length ? <FormMessage error="Please check the fields below; what you typed is kept. (A file has to be chosen again.)" /> : null}
      <Form method="post" encType="multipart/form-data" noValidate className="stack">
        <FormToken token={formToken} />
        <Field label="Programme" name="programme" defaultValue={v?.programme} error={errors.programme} />
        <Field label="Provider" name="provider" defaultValue={v?.provider} error={errors.provider} />
        <Field label="Completion date" name="completedOn" type="date" defaultValue={v?.completedOn} error={errors.completedOn} />
        <Field label="Expiry date (optional)" name="expiresOn" type="date" defaultValue={v?.expiresOn} error={errors.expiresOn} />
        <Field
          label="Evidence reference (optional)"
          name="evidenceRef"
          defaultValue={v?.evidenceRef}
          error={errors.evidenceRef}
          hint="A certificate or registration number."
        />
        <Field
          label="Evidence file (optional)"
          name="evidence"
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          error={errors.evidence}
          hint="A PDF, PNG, JPEG or WebP file of at most 5 MB. Add a reference, a file, or both."
        />
        <button type="submit" disabled={busy}>
          {busy ? "Uploading…" : "Add the record"}
        </button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
