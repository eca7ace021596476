import { FormToken } from "~/components/form-token";
import { useEffect, useRef, useState } from "react";
import { Form, Link, useFetcher } from "@remix-run/react";
import { Field, FormMessage, Select, TextArea } from "~/components/forms";
import { CARE_SETTINGS, COUNTRIES, EVENT_TYPES } from "~/taxonomy";
import type { DraftFields } from "../schema.server";
import { SECTIONS, fieldLabel } from "../sections";

export const COUNTRY_OPTIONS = Object.entries(COUNTRIES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

type LiveFinding = { field: string; type: string; text: string; placeholder: string };

/** Waits until typing has paused for `ms`, then runs `fn` with the latest form. */
function useIdle(ms: number, fn: (form: HTMLFormElement) => void) {
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  return (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => fn(form), ms);
  };
}

/**
 * The learning form: the restorative questions, the consent record and the author's wish for visibility.
 * Works as a plain form (Save draft, Check for identifiers, Submit for review); with JavaScript it
 * autosaves after a few idle seconds and lists possible identifiers as you type.
 */
export function DraftForm({
  values,
  errors,
  kind,
  learningId,
  action,
  formToken,
}: {
  values: Partial<DraftFields>;
  errors: Record<string, string>;
  kind: "new" | "correction";
  learningId?: string;
  action?: string;
  formToken?: string;
}) {
  const autosave = useFetcher<{ savedAt?: string }>();
  const live = useFetcher<{ findings: LiveFinding[] }>();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const scheduleSave = useIdle(3000, (form) => {
    if (!learningId) return;
    const data = new FormData(form);
    data.set("intent", "autosave");
    autosave.submit(data, { method: "post", action: `/learnings/drafts/${learningId}` });
  });
  const scheduleCheck = useIdle(1200, (form) => {
    if (!learningId) return;
    const data = new FormData(form);
    live.submit(data, { method: "post", action: `/learnings/drafts/${learningId}/findings` });
  });
  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    scheduleSave(event.currentTarget);
    scheduleCheck(event.currentTarget);
  };
  const v = values;
  const consent = v.consentBasis ?? "";
  return (
    <Form method="post" action={action} noValidate className="stack learning-form" onChange={onChange}>
      {formToken ? <FormToken token={formToken} /> : null}
      <FormMessage error={errors.form} />
      {kind === "correction" ? (
        <TextArea
          label="What this correction changes"
          name="correctionNote"
          rows={2}
          defaultValue={v.correctionNote}
          error={errors.correctionNote}
          hint="Readers see this as the “updated” note on the published learning."
        />
      ) : null}
      <Field label="Title" name="title" defaultValue={v.title} error={errors.title} hint="A short, plain title. No names or places." />
      <div className="learning-form-row">
        <Select label="Care setting" name="setting" options={CARE_SETTINGS} placeholder="Choose a setting" defaultValue={v.setting} error={errors.setting} />
        <Select
          label="Kind of event"
          name="eventType"
          options={EVENT_TYPES}
          placeholder="Choose a kind of event"
          defaultValue={v.eventType}
          error={errors.eventType}
          hint="Aligned with the WHO patient safety classification."
        />
      </div>
      <div className="learning-form-row">
        <Select label="Country" name="country" options={COUNTRY_OPTIONS} placeholder="Choose a country" defaultValue={v.country} error={errors.country} />
        <Field label="Year of the event" name="year" inputMode="numeric" defaultValue={v.year} error={errors.year} hint="The year only, never the date." />
      </div>
      <Field label="Tags" name="tags" defaultValue={v.tags} error={errors.tags} hint="Up to 8, separated by commas: for example “handover, night shift”." />
      {SECTIONS.map((s) => (
        <TextArea
          key={s.key}
          label={s.label}
          name={s.key}
          rows={s.key === "whatHappened" ? 8 : 5}
          defaultValue={v[s.key]}
          error={errors[s.key]}
          hint={<>{s.hint} Markdown works: *emphasis*, lists, quotes.</>}
        />
      ))}
      <fieldset className="field consent-record">
        <legend>Consent record</legend>
        <p className="hint">
          Needed before submission. Describe people by role (“the patient’s daughter”), never by name. This record is seen by you and the reviewers, and is
          deleted at publication; only whether consent was obtained is kept.
        </p>
        {errors.consentBasis ? (
          <p className="field-error" id="consent-basis-error">
            {errors.consentBasis}
          </p>
        ) : null}
        <label className="checkbox">
          <input
            type="radio"
            name="consentBasis"
            value="obtained"
            defaultChecked={consent === "obtained"}
            aria-describedby={errors.consentBasis ? "consent-basis-error" : undefined}
          />{" "}
          Consent was obtained
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="consentBasis"
            value="not_sought"
            defaultChecked={consent === "not_sought"}
            aria-describedby={errors.consentBasis ? "consent-basis-error" : undefined}
          />{" "}
          Consent could not be sought
        </label>
        <div className="consent-details">
          <Field
            label="Patient or family who consented (by role)"
            name="consentPatientFamily"
            defaultValue={v.consentPatientFamily}
            error={errors.consentPatientFamily}
          />
          <Field
            label="When the patient or family consented"
            name="consentPatientFamilyOn"
            type="date"
            defaultValue={v.consentPatientFamilyOn}
            error={errors.consentPatientFamilyOn}
          />
          <Field label="Staff involved who consented (by role)" name="consentStaff" defaultValue={v.consentStaff} error={errors.consentStaff} />
          <Field label="When the staff consented" name="consentStaffOn" type="date" defaultValue={v.consentStaffOn} error={errors.consentStaffOn} />
          <TextArea
            label="Why consent could not be sought"
            name="consentNotSoughtReason"
            rows={2}
            defaultValue={v.consentNotSoughtReason}
            error={errors.consentNotSoughtReason}
          />
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>Who should be able to read it once published</legend>
        <p className="hint">Reviewer two confirms this at publication.</p>
        <label className="checkbox">
          <input type="radio" name="requestedVisibility" value="public" defaultChecked={(v.requestedVisibility ?? "public") === "public"} /> Everyone (public,
          in search and the feed)
        </label>
        <label className="checkbox">
          <input type="radio" name="requestedVisibility" value="members" defaultChecked={v.requestedVisibility === "members"} /> Signed-in members only
        </label>
      </fieldset>
      {hydrated && learningId ? (
        <LivePanel findings={live.data?.findings ?? null} savedAt={autosave.data?.savedAt ?? null} saving={autosave.state !== "idle"} />
      ) : null}
      <div className="learning-actions">
        <button type="submit" name="intent" value="save" className="secondary">
          {learningId ? "Save draft" : "Start the draft"}
        </button>
        {learningId ? (
          <button type="submit" name="intent" value="check" className="secondary">
            Check for identifiers
          </button>
        ) : null}
        {learningId ? (
          <button type="submit" name="intent" value="submit">
            Submit for review
          </button>
        ) : null}
      </div>
      {learningId ? (
        <p className="small muted">
          You can also <Link to={`/learnings/drafts/${learningId}/check`}>open the last saved check</Link>.
        </p>
      ) : null}
    </Form>
  );
}

function LivePanel({ findings, savedAt, saving }: { findings: LiveFinding[] | null; savedAt: string | null; saving: boolean }) {
  return (
    <section className="live-findings card" aria-labelledby="live-findings-heading">
      <h2 id="live-findings-heading">Possible identifiers, as you type</h2>
      <p className="small muted" role="status">
        {saving ? "Saving…" : savedAt ? `Draft saved at ${new Date(savedAt).toLocaleTimeString()}.` : "Your draft saves itself when you pause typing."}
      </p>
      <div aria-live="polite">
        {findings === null ? (
          <p className="small">Start typing and possible identifiers will be listed here.</p>
        ) : findings.length === 0 ? (
          <p className="small">Nothing found so far.</p>
        ) : (
          <ul className="finding-list">
            {findings.map((f, i) => (
              <li key={`${f.field}-${i}`}>
                <span className="finding-type">{f.type.toLowerCase()}</span> “{f.text}” in {fieldLabel(f.field)} → {f.placeholder}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
