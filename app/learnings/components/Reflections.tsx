import { Form, Link } from "@remix-run/react";
import { FormToken } from "~/components/form-token";
import { FormMessage, TextArea } from "~/components/forms";
import { LocalTime } from "~/components/LocalTime";

type Reflection = {
  id: string;
  body: string;
  status: string;
  hiddenReason: string | null;
  createdAt: string;
  authorName: string;
  openFlags: number;
  mine: boolean;
};
type Result = { intent: string; errors: Record<string, string>; values: Record<string, unknown>; message: string | null; care: boolean };

/** Short reflections by members, with flagging for everyone and hiding for moderators. */
export function Reflections({
  reflections,
  can,
  slug,
  result,
  formToken,
}: {
  reflections: Reflection[];
  can: { reflect: boolean; moderate: boolean; signedIn: boolean };
  slug: string;
  result?: Result;
  formToken: string;
}) {
  const errors = result?.errors ?? {};
  const ownIntent = result?.intent === "reflect";
  return (
    <section aria-labelledby="reflections-heading" className="reflections">
      <h2 id="reflections-heading">Reflections</h2>
      {/* A second Visibility aside would repeat the page's landmark name, so this one is a plain note. */}
      <p className="small muted">
        <strong>Who can see reflections: </strong>signed-in members see them with your display name. Moderators may hide a reflection, with a reason you are
        told.
      </p>
      <FormMessage success={result?.message} />
      {result?.care ? (
        <p className="notice care">
          It sounds like this may be weighing on you. You are not alone: <Link to="/support">support lines by country</Link> are there any time, and a peer
          supporter can reach out.
        </p>
      ) : null}
      {reflections.length === 0 ? (
        <p>No reflections yet.</p>
      ) : (
        <ul className="reflection-list">
          {reflections.map((r) => (
            <li key={r.id} className={`reflection ${r.status}`}>
              <p className="small muted">
                {r.authorName} · <LocalTime at={r.createdAt} day />
                {r.status === "held" ? " · waiting for a moderator" : r.status === "hidden" ? ` · hidden: ${r.hiddenReason}` : ""}
                {can.moderate && r.openFlags ? ` · ${r.openFlags} open flag${r.openFlags === 1 ? "" : "s"}` : ""}
              </p>
              <p className="pre-line">{r.body}</p>
              {can.signedIn && !r.mine && r.status === "visible" ? (
                <details className="flag-reflection">
                  <summary>Flag this reflection</summary>
                  <Form method="post" className="stack">
                    <input type="hidden" name="intent" value="flag" />
                    <input type="hidden" name="reflectionId" value={r.id} />
                    <TextArea
                      label="What concerns you"
                      name="reason"
                      rows={2}
                      error={result?.intent === "flag" && result.values.reflectionId === r.id ? errors.reason : undefined}
                    />
                    <button type="submit" className="small secondary">
                      Send to moderators
                    </button>
                  </Form>
                </details>
              ) : null}
              {can.moderate && r.status !== "hidden" ? (
                <Form method="post" className="stack">
                  <input type="hidden" name="intent" value="hide" />
                  <input type="hidden" name="reflectionId" value={r.id} />
                  <TextArea
                    label="Reason for hiding (the author sees it)"
                    name="reason"
                    rows={2}
                    error={result?.intent === "hide" && result.values.reflectionId === r.id ? errors.reason : undefined}
                  />
                  <button type="submit" className="small danger">
                    Hide this reflection
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {can.reflect ? (
        <Form method="post" className="stack" key={formToken}>
          <input type="hidden" name="intent" value="reflect" />
          <FormToken token={formToken} />
          <TextArea
            label="Add a short reflection"
            name="body"
            rows={3}
            maxLength={1000}
            error={ownIntent ? errors.body : undefined}
            defaultValue={ownIntent && typeof result?.values.body === "string" ? result.values.body : undefined}
            hint="What stayed with you, or what you might try. Please do not name people or places."
          />
          <button type="submit">Share reflection</button>
        </Form>
      ) : !can.signedIn ? (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(`/learnings/${slug}`)}`}>Sign in</Link> to add a reflection.
        </p>
      ) : null}
    </section>
  );
}
