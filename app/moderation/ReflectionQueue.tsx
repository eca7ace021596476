import { Form, Link } from "@remix-run/react";
import { DecisionChoices } from "./DecisionChoices";
import { FormMessage, TextArea } from "~/components/forms";
import type { ReviewFormState } from "./ReviewQueue";
import { LocalTime } from "~/components/LocalTime";

type Reflection = {
  id: string;
  body: string;
  status: string;
  createdAt: string;
  learningSlug: string | null;
  learningTitle: string;
  flags: { reason: string; automatic: boolean }[];
};

const DECISIONS = [
  { value: "approve", label: "Approve: keep it visible (clears the flags)" },
  { value: "hide", label: "Hide it" },
  { value: "delete", label: "Delete it" },
];

const statusNote = (r: Reflection) =>
  r.status === "held" ? "Held by screening" : r.status === "hidden" ? "Hidden until reviewed (flagged by several members)" : "Visible";

/**
 * Flagged and held reflections on published case learnings. The text is shown as plain text (React escapes
 * it), as on the learning page. Flag reasons are shown; who flagged is not.
 */
export function ReflectionQueue({ reflections, state }: { reflections: Reflection[]; state: ReviewFormState }) {
  return (
    <section aria-labelledby="queue-reflections-heading">
      <h2 id="queue-reflections-heading">{`Reflections on case learnings (${reflections.length})`}</h2>
      {reflections.length === 0 ? <p>No reflections are waiting.</p> : null}
      {reflections.map((r) => {
        const mine = state?.itemId === r.id ? state : undefined;
        const errors = mine?.errors ?? {};
        const memberFlags = r.flags.filter((f) => !f.automatic).length;
        return (
          <article key={r.id} className="card review-item" aria-labelledby={`reflection-${r.id}-heading`}>
            <h3 id={`reflection-${r.id}-heading`}>On “{r.learningTitle}”</h3>
            <p className="muted small">
              <span className="tag">{r.status}</span> {statusNote(r)} · <LocalTime at={r.createdAt} day />
            </p>
            {r.flags.length ? (
              <div>
                <p>
                  <strong>{`Flagged ${r.flags.length} time${r.flags.length === 1 ? "" : "s"}`}</strong>
                  {memberFlags !== r.flags.length ? ` (${memberFlags} by members)` : ""}. Who flagged is never shown:
                </p>
                <ul className="flag-list">
                  {r.flags.map((f, i) => (
                    <li key={i}>{f.automatic ? `Screening: ${f.reason.replace(/^Automatic: /, "")}` : f.reason}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <blockquote className="pre-line review-body">{r.body}</blockquote>
            {r.learningSlug ? (
              <p className="small">
                <Link to={`/learnings/${r.learningSlug}#reflections-heading`}>Open the learning</Link>
              </p>
            ) : null}
            <Form method="post" className="stack">
              <FormMessage error={errors.form} />
              <input type="hidden" name="intent" value="reflection" />
              <input type="hidden" name="reflectionId" value={r.id} />
              <DecisionChoices choices={DECISIONS} chosen={mine?.values.decision ?? "approve"} error={errors.decision} />
              <TextArea
                label="Reason (the author reads this)"
                name="reason"
                rows={2}
                defaultValue={mine?.values.reason}
                error={errors.reason}
                hint="Kind and specific. Not needed to approve."
              />
              <button type="submit">Apply decision</button>
            </Form>
          </article>
        );
      })}
    </section>
  );
}
