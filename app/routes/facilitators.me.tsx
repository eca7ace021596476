import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { CheckboxGroup, Field, FormMessage, Select, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { FEE_OPTIONS } from "~/directory/options";
import { loadProfileEditor, readProfileForm, saveFacilitatorProfile } from "~/directory/profiles.server";
import { ProfileSchema } from "~/directory/schema.server";
import { APPROACHES, AVAILABILITY, CARE_SETTINGS, COMPETENCY_LEVELS, COUNTRIES, HARM_TYPES, LANGUAGES, MODALITIES } from "~/taxonomy";
import { requireUserWith } from "~/utils/guards.server";
import { canHaveOwnFacilitatorProfile } from "~/utils/policy.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Your facilitator profile · Restorative Network", "Your public facilitator profile: who you are, how you work, your fees and availability."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canHaveOwnFacilitatorProfile);
  return json(await loadProfileEditor(user));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canHaveOwnFacilitatorProfile);
  const values = readProfileForm(await request.formData());
  const parsed = parseForm(ProfileSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  await saveFacilitatorProfile(user.id, user.id, parsed.data);
  return redirect("/facilitators/me?saved=1");
}

const COUNTRY_OPTIONS = Object.entries(COUNTRIES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));
const LANGUAGE_OPTIONS = Object.entries(LANGUAGES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

export default function EditFacilitatorProfile() {
  const loaded = useLoaderData<typeof loader>();
  const reply = useFormReply<ReturnType<typeof readProfileForm>>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const { errors } = reply;
  const v = reply.values ?? loaded.values;
  const zones = [...new Set([v.timeZone, "UTC", ...loaded.timeZones])].filter(Boolean).map((z) => ({ value: z, label: z }));
  const errorCount = Object.keys(errors).length;
  return (
    <div className="page narrow">
      <h1>Your facilitator profile</h1>
      {params.get("saved") ? <FormMessage success="Your profile is saved." /> : null}
      {errorCount ? (
        <FormMessage error={`Please check ${errorCount === 1 ? "one field" : `${errorCount} fields`} below; everything you typed is kept.`} />
      ) : null}
      {loaded.slug ? (
        <p>
          <Link to={`/facilitators/${loaded.slug}`}>See your public profile</Link> · <Link to="/requests/inbox">Your request inbox</Link>
        </p>
      ) : null}
      <Visibility>
        everything on this form is public in the directory, except your contact email and phone (shared only with an organisation whose request you accept) and
        your conflict-of-interest notes (seen only by the network's administrators).
      </Visibility>
      <Form method="post" noValidate className="stack">
        <h2>About you</h2>
        <Field label="Display name" name="displayName" defaultValue={v.displayName} error={errors.displayName} required />
        <Field label="Pronouns (optional)" name="pronouns" defaultValue={v.pronouns} error={errors.pronouns} />
        <TextArea
          label="Short bio"
          name="bio"
          rows={8}
          defaultValue={v.bio}
          error={errors.bio}
          hint="Markdown is allowed: **bold**, *italics*, lists and links. How you work, with whom, and what people can expect."
        />
        <Select label="Country" name="country" options={COUNTRY_OPTIONS} placeholder="Choose a country" defaultValue={v.country} error={errors.country} />
        <Field label="Region (optional)" name="region" defaultValue={v.region} error={errors.region} />
        <Field label="City (optional)" name="city" defaultValue={v.city} error={errors.city} />
        <Select label="Time zone" name="timeZone" options={zones} defaultValue={v.timeZone} error={errors.timeZone} />
        <CheckboxGroup legend="Languages you work in" name="languages" options={LANGUAGE_OPTIONS} values={v.languages} error={errors.languages} />

        <h2>Your practice</h2>
        <CheckboxGroup legend="Ways of meeting" name="modalities" options={MODALITIES} values={v.modalities} error={errors.modalities} />
        <CheckboxGroup legend="Kinds of harm you work with" name="harmTypes" options={HARM_TYPES} values={v.harmTypes} error={errors.harmTypes} />
        <CheckboxGroup legend="Care settings (optional)" name="settings" options={CARE_SETTINGS} values={v.settings} error={errors.settings} />
        <CheckboxGroup legend="Approaches" name="approaches" options={APPROACHES} values={v.approaches} error={errors.approaches} />
        <Select
          label="Competency level"
          name="competency"
          options={COMPETENCY_LEVELS}
          placeholder="Choose a level"
          defaultValue={v.competency}
          error={errors.competency}
        />
        <Field
          label="Number of processes facilitated"
          name="processesFacilitated"
          inputMode="numeric"
          defaultValue={v.processesFacilitated}
          error={errors.processesFacilitated}
        />
        <Field label="Supervisor (optional)" name="supervisor" defaultValue={v.supervisor} error={errors.supervisor} />
        <Field label="Organisation you belong to" name="organisation" defaultValue={v.organisation} error={errors.organisation} hint="Or “Independent”." />
        <Select
          label="Will you co-facilitate?"
          name="coFacilitates"
          options={[
            { value: "yes", label: "Yes, happy to co-facilitate" },
            { value: "no", label: "No, I usually work alone" },
          ]}
          defaultValue={v.coFacilitates}
          error={errors.coFacilitates}
        />

        <h2>Fees and availability</h2>
        <Select label="How your work is paid for" name="feeKind" options={FEE_OPTIONS} defaultValue={v.feeKind} error={errors.feeKind} />
        <fieldset className="field fee-range">
          <legend>Fee range (only if you charge a fee)</legend>
          <Field label="Currency" name="feeCurrency" defaultValue={v.feeCurrency} error={errors.feeCurrency} hint="Three letters, such as NZD, EUR or CAD." />
          <Field label="From" name="feeMin" inputMode="numeric" defaultValue={v.feeMin} error={errors.feeMin} />
          <Field label="To" name="feeMax" inputMode="numeric" defaultValue={v.feeMax} error={errors.feeMax} />
          <Select
            label="Per"
            name="feeUnit"
            options={[
              { value: "per hour", label: "Hour" },
              { value: "per process", label: "Process" },
            ]}
            placeholder="Choose one"
            defaultValue={v.feeUnit}
            error={errors.feeUnit}
          />
        </fieldset>
        <Field label="Funded by (only if an organisation funds your work)" name="feeFundedBy" defaultValue={v.feeFundedBy} error={errors.feeFundedBy} />
        <Select label="Availability" name="availability" options={AVAILABILITY} defaultValue={v.availability} error={errors.availability} />
        <Select
          label="Show my profile in the directory"
          name="listed"
          options={[
            { value: "yes", label: "Yes, list my profile" },
            { value: "no", label: "No, hide it for now" },
          ]}
          defaultValue={v.listed}
          error={errors.listed}
        />

        <h2>Private details</h2>
        <Field
          label="Contact email"
          name="contactEmail"
          type="email"
          defaultValue={v.contactEmail}
          error={errors.contactEmail}
          hint="Shared only with an organisation whose request you accept."
        />
        <Field
          label="Contact phone (optional)"
          name="contactPhone"
          type="tel"
          defaultValue={v.contactPhone}
          error={errors.contactPhone}
          hint="Shared only with an organisation whose request you accept."
        />
        <TextArea
          label="Conflict-of-interest notes (optional)"
          name="conflictNotes"
          rows={3}
          defaultValue={v.conflictNotes}
          error={errors.conflictNotes}
          hint={
            v.hasConflictNotes
              ? "You have saved notes. Only the network's administrators can read them, so they are not shown here. Writing here replaces them; leaving it empty keeps them."
              : "Only the network's administrators can read this, not even you once saved: services you should not facilitate for, and why."
          }
        />
        <input type="hidden" name="hasConflictNotes" value={v.hasConflictNotes ? "yes" : "no"} />
        {v.hasConflictNotes ? (
          <label className="checkbox">
            <input type="checkbox" name="clearConflictNotes" value="yes" /> Remove my saved conflict-of-interest notes
          </label>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save profile"}
        </button>
      </Form>

      <section aria-labelledby="training-heading" className="stack" id="training">
        <h2 id="training-heading">Training records</h2>
        {!loaded.slug ? (
          <p>Save your profile first, then add your training records.</p>
        ) : (
          <>
            {loaded.training.length === 0 ? (
              <p>No training records yet. Verifiers need at least one, with evidence, to verify your training.</p>
            ) : (
              <ul className="training-list">
                {loaded.training.map((t) => (
                  <li key={t.id}>
                    <strong>{t.programme}</strong>, {t.provider}. Completed {t.completedOn}
                    {t.expiresOn ? `, expires ${t.expiresOn}` : ""}.{t.evidenceRef ? ` Reference: ${t.evidenceRef}.` : ""}
                    {t.evidenceName ? ` File: ${t.evidenceName}.` : ""}
                    <Form method="post" action="/facilitators/me/training" className="inline-form">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="trainingId" value={t.id} />
                      <button type="submit" className="link-button">
                        Remove<span className="visually-hidden"> {t.programme}</span>
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/facilitators/me/training" className="button secondary">
                Add a training record
              </Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
