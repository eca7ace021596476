import { Form, Link } from "@remix-run/react";
import { DecisionChoices } from "./DecisionChoices";
import { FormMessage, Select, TextArea } from "~/components/forms";
import type { QueueJoinRequest, QueuePost } from "./queue.server";
import type { ReviewFormReply } from "./review-actions.server";

export type ReviewFormState = ReviewFormReply | undefined;

const DECISIONS = [
  { value: "approve", label: "Approve: show it to members" },
  { value: "hide", label: "Hide it" },
  { value: "edit", label: "Edit it (the original is kept)" },
  { value: "delete", label: "Delete it" },
  { value: "warn", label: "Warn the author privately" },
  { value: "mute", label: "Mute the author for a while" },
  { value: "remove", label: "Remove the author from the circle" },
];
const MUTE_OPTIONS = [1, 3, 7, 14, 30].map((d) => ({ value: String(d), label: `${d} day${d === 1 ? "" : "s"}` }));

/** Held and flagged posts, then join requests. Each post has one form; the author is told what and why. */
export function ReviewQueue({
  posts,
  joins,
  state,
  showCircle,
  canAskReveal,
}: {
  posts: QueuePost[];
  joins: QueueJoinRequest[];
  state: ReviewFormState;
  showCircle: boolean;
  canAskReveal: boolean;
}) {
  return (
    <>
      <FormMessage success={state?.done} />
      <section aria-labelledby="queue-posts-heading">
        <h2 id="queue-posts-heading">{`Posts to review (${posts.length})`}</h2>
        {posts.length === 0 ? <p>No posts are waiting. Thank you for keeping this space safe.</p> : null}
        {posts.map((p) => {
          const mine = state?.itemId === p.id ? state : undefined;
          const errors = mine?.errors ?? {};
          return (
            <article key={p.id} className="card review-item" aria-labelledby={`post-${p.id}-heading`}>
              <h3 id={`post-${p.id}-heading`}>
                {showCircle ? `${p.circleName}: ` : ""}
                {p.threadTitle}
              </h3>
              <p className="muted small">
                Posted as {p.authorLabel} · <span className="tag">{p.status}</span>
                {p.holdReason ? ` ${p.holdReasonLabel}` : ""}
              </p>
              {p.flags.length ? (
                <div>
                  <p>
                    <strong>{`Flagged ${p.flags.length} time${p.flags.length === 1 ? "" : "s"}`}</strong> (who flagged is never shown to the author):
                  </p>
                  <ul className="flag-list">
                    {p.flags.map((f, i) => (
                      <li key={i}>
                        {f.automatic ? "Watched word" : f.reasonLabel}
                        {f.note ? `: ${f.note}` : ""}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div className="prose review-body" dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
              <p className="small">
                <Link to={`/circles/${p.circleSlug}/threads/${p.threadId}?view=moderating#post-${p.id}`}>Open in its thread</Link>
                {canAskReveal ? (
                  <>
                    {" "}
                    · <Link to={`/reveals?membershipId=${p.authorMembershipId}`}>Ask to reveal who posted this</Link>
                  </>
                ) : null}
              </p>
              <Form method="post" className="stack">
                <FormMessage error={errors.form} />
                <input type="hidden" name="intent" value="post" />
                <input type="hidden" name="postId" value={p.id} />
                <DecisionChoices choices={DECISIONS} chosen={mine?.values.decision ?? "approve"} error={errors.decision} />
                <TextArea
                  label="Reason (the author reads this)"
                  name="reason"
                  rows={2}
                  defaultValue={mine?.values.reason}
                  error={errors.reason}
                  hint="Kind and specific. Not needed to approve."
                />
                <TextArea label="Edited text (only for Edit)" name="body" rows={4} defaultValue={mine?.values.body ?? p.body} error={errors.body} />
                <Select
                  label="Mute for (only for Mute)"
                  name="muteDays"
                  options={MUTE_OPTIONS}
                  defaultValue={mine?.values.muteDays ?? "3"}
                  error={errors.muteDays}
                />
                <button type="submit">Apply decision</button>
              </Form>
            </article>
          );
        })}
      </section>
      <section aria-labelledby="queue-joins-heading">
        <h2 id="queue-joins-heading">{`Join requests (${joins.length})`}</h2>
        {joins.length === 0 ? <p>No one is waiting to join.</p> : null}
        {joins.map((j) => {
          const mine = state?.itemId === j.membershipId ? state : undefined;
          return (
            <article key={j.membershipId} className="card review-item" aria-labelledby={`join-${j.membershipId}-heading`}>
              <h3 id={`join-${j.membershipId}-heading`}>
                {j.label} asks to join{showCircle ? ` ${j.circleName}` : ""}
              </h3>
              {j.message ? <blockquote className="prose">{j.message}</blockquote> : <p className="muted">No message.</p>}
              <Form method="post" className="stack">
                <FormMessage error={mine?.errors.form} />
                <input type="hidden" name="intent" value="join" />
                <input type="hidden" name="membershipId" value={j.membershipId} />
                <TextArea label="Reason if you decline (optional; they will read it)" name="reason" rows={2} defaultValue={mine?.values.reason} />
                <div className="button-row">
                  <button type="submit" name="decision" value="approve_join">
                    Approve request
                  </button>
                  <button type="submit" name="decision" value="decline_join" className="secondary">
                    Decline request
                  </button>
                </div>
              </Form>
            </article>
          );
        })}
      </section>
    </>
  );
}
