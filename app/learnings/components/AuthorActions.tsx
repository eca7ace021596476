import { Form, Link } from "@remix-run/react";
import { TextArea } from "~/components/forms";

type Result = { errors: Record<string, string>; values: Record<string, unknown> };

/** The author's choices on their published learning: correct it through review, or withdraw it at once. */
export function AuthorActions({
  can,
  pendingCorrection,
  learningId,
  result,
}: {
  can: { withdraw: boolean; correct: boolean };
  pendingCorrection: boolean;
  learningId: string;
  result?: Result;
}) {
  if (!can.withdraw && !pendingCorrection) return null;
  return (
    <section className="card author-actions" aria-labelledby="author-actions-heading">
      <h2 id="author-actions-heading">Your learning</h2>
      {pendingCorrection ? (
        <p>
          A correction is in progress. <Link to={`/learnings/drafts/${learningId}`}>Open the correction</Link>.
        </p>
      ) : can.correct ? (
        <Form method="post">
          <input type="hidden" name="intent" value="correct" />
          <p>Corrections are reviewed by two people, like the first version, and readers see an “updated” note.</p>
          <button type="submit" className="secondary">
            Propose a correction
          </button>
        </Form>
      ) : null}
      {can.withdraw ? (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="withdraw" />
          <TextArea
            label="Why you are withdrawing it"
            name="reason"
            rows={2}
            error={result?.errors.reason}
            defaultValue={typeof result?.values.reason === "string" ? result.values.reason : undefined}
            hint="It disappears from the site, search and the feed at once. The reason is kept for reviewers and administrators."
          />
          <button type="submit" className="danger">
            Withdraw this learning
          </button>
        </Form>
      ) : null}
    </section>
  );
}
