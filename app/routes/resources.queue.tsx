import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { DeclineSuggestionSchema } from "~/library/schema.server";
import { declineSuggestion, listPendingSuggestions } from "~/library/suggestions.server";
import { requireUserWith } from "~/utils/guards.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { canReviewSuggestions } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Suggestions waiting · Resource library · Restorative Network", "Library suggestions from members, waiting for an editor."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWith(request, context, canReviewSuggestions);
  return json({ suggestions: await listPendingSuggestions() });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canReviewSuggestions);
  const form = await request.formData();
  const values = { suggestionId: String(form.get("suggestionId") ?? ""), reason: String(form.get("reason") ?? "") };
  const parsed = parseForm(DeclineSuggestionSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  const declined = await declineSuggestion(user.id, parsed.data.suggestionId, parsed.data.reason);
  return json({
    done: declined ? "The suggestion is declined and the member has been told, with your reason." : "Another editor has already decided on this suggestion.",
  });
}

export default function SuggestionQueue() {
  const { suggestions } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const reply = useFormReply<{ suggestionId: string; reason: string }>();
  return (
    <div className="page narrow">
      <p>
        <Link to="/resources">← Resource library</Link>
      </p>
      <h1>Suggestions waiting</h1>
      <Visibility>editors only. The member who suggested a resource sees whether it was added and, if not, your reason.</Visibility>
      <FormMessage success={data && "done" in data ? data.done : null} />
      {suggestions.length === 0 ? <p>No suggestions are waiting. Thank you for keeping up.</p> : null}
      {suggestions.map((s) => {
        // Each suggestion has its own decline form: only the one that was sent shows its message and text.
        const sent = reply.values?.suggestionId === s.id;
        return (
          <article key={s.id} className="card" aria-labelledby={`suggestion-${s.id}`}>
            <h2 id={`suggestion-${s.id}`}>{s.title}</h2>
            <p className="small muted">
              Suggested by {s.suggestedByName} on {new Date(s.createdAt).toISOString().slice(0, 10)}
            </p>
            {s.url ? (
              <p>
                <a href={s.url} rel="noopener noreferrer nofollow">
                  {s.url}
                </a>
              </p>
            ) : null}
            <p>{s.summary}</p>
            {s.note ? <p className="small">Note for editors: {s.note}</p> : null}
            <p>
              <Link className="button" to={`/resources/new?suggestion=${s.id}`}>
                Review and add to the library<span className="visually-hidden">: {s.title}</span>
              </Link>
            </p>
            <Form method="post" className="stack">
              <input type="hidden" name="suggestionId" value={s.id} />
              <TextArea
                label={
                  <>
                    Reason for declining<span className="visually-hidden"> “{s.title}”</span>
                  </>
                }
                name="reason"
                rows={2}
                error={sent ? reply.errors.reason : undefined}
                defaultValue={sent ? reply.values?.reason : undefined}
                hint="The member will read this; a kind sentence is enough."
              />
              <button type="submit" className="secondary">
                Decline<span className="visually-hidden"> “{s.title}”</span>
              </button>
            </Form>
          </article>
        );
      })}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
