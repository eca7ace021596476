import { CARE_SETTINGS, COUNTRIES, EVENT_TYPES, labelOf } from "~/taxonomy";
import type { DraftFields } from "../schema.server";
import { CHECKED_FIELDS, fieldLabel } from "../sections";
import { HighlightedField } from "./HighlightedField";

type ReviewFinding = { field: string; start: number; end: number; type: string; placeholder: string; reason: string | null };

/** The submitted draft as reviewers read it: facts, consent record, and every field with findings marked. */
export function DraftSummary({ fields, text, findings }: { fields: DraftFields; text: Record<string, string>; findings: ReviewFinding[] }) {
  return (
    <section aria-labelledby="draft-heading" className="draft-summary">
      <h2 id="draft-heading">The learning as submitted</h2>
      <dl className="facts">
        <dt>Care setting</dt>
        <dd>{labelOf(CARE_SETTINGS, fields.setting)}</dd>
        <dt>Kind of event</dt>
        <dd>{labelOf(EVENT_TYPES, fields.eventType)}</dd>
        <dt>Country</dt>
        <dd>{COUNTRIES[fields.country] ?? fields.country}</dd>
        <dt>Year</dt>
        <dd>{fields.year}</dd>
        <dt>Requested visibility</dt>
        <dd>{fields.requestedVisibility === "members" ? "Signed-in members" : "Everyone"}</dd>
      </dl>
      <h3>Consent record</h3>
      {fields.consentBasis === "obtained" ? (
        <ul>
          {fields.consentPatientFamily ? (
            <li>
              Patient or family: {fields.consentPatientFamily}, on {fields.consentPatientFamilyOn}
            </li>
          ) : null}
          {fields.consentStaff ? (
            <li>
              Staff involved: {fields.consentStaff}, on {fields.consentStaffOn}
            </li>
          ) : null}
        </ul>
      ) : fields.consentBasis === "not_sought" ? (
        <p>Consent could not be sought: {fields.consentNotSoughtReason}</p>
      ) : (
        <p>No consent record.</p>
      )}
      {CHECKED_FIELDS.filter((f) => text[f]).map((field) => (
        <div key={field} className="draft-field">
          <h3>{fieldLabel(field)}</h3>
          <HighlightedField text={text[field]!} findings={findings.filter((f) => f.field === field)} />
        </div>
      ))}
    </section>
  );
}
