import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { listConcerns, resolveConcern } from "~/directory/concerns.server";
import { CONCERN_OPTIONS } from "~/directory/options";
import { labelOf } from "~/taxonomy";
import { requireUserWith } from "~/utils/guards.server";
import { canReviewConcerns } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";
import { LocalTime } from "~/components/LocalTime";

export const meta: MetaFunction = () => [
  ...pageMeta("Concerns about facilitators · Restorative Network", "Concerns raised about facilitators, for administrators to look into."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWith(request, context, canReviewConcerns);
  const state = new URL(request.url).searchParams.get("state") === "resolved" ? "resolved" : "open";
  const concerns = await listConcerns(state);
  return json({ state, concerns: concerns.map((c) => ({ ...c, createdAt: c.createdAt.toISOString(), resolvedAt: c.resolvedAt?.toISOString() ?? null })) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireUserWith(request, context, canReviewConcerns);
  const form = await request.formData();
  await resolveConcern(admin.id, String(form.get("concernId") ?? ""), null);
  return json({ ok: true });
}

export default function Concerns() {
  const { state, concerns } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>Concerns about facilitators</h1>
      <Visibility>administrators only. Facilitators never see concerns about them.</Visibility>
      <nav aria-label="Concerns" className="tabs">
        <Link to="/facilitators/concerns" className={state === "open" ? "active" : undefined} aria-current={state === "open" ? "page" : undefined}>
          Open
        </Link>
        <Link
          to="/facilitators/concerns?state=resolved"
          className={state === "resolved" ? "active" : undefined}
          aria-current={state === "resolved" ? "page" : undefined}
        >
          Resolved
        </Link>
      </nav>
      {concerns.length === 0 ? (
        <p>{state === "open" ? "No open concerns." : "No resolved concerns yet."}</p>
      ) : (
        <ul className="concern-list">
          {concerns.map((c) => (
            <li key={c.id} className="card">
              <h2>
                <Link to={`/facilitators/${c.profileSlug}`}>{c.profileName}</Link>: {labelOf(CONCERN_OPTIONS, c.kind)}
              </h2>
              <p className="muted small">
                Raised <LocalTime at={c.createdAt} day /> by {c.raisedByName ?? "someone not signed in"}
                {c.replyEmail ? ` (reply to ${c.replyEmail})` : ""}
              </p>
              <p className="request-message">{c.details}</p>
              {state === "open" ? (
                <Form method="post">
                  <input type="hidden" name="concernId" value={c.id} />
                  <button type="submit" className="secondary small">
                    Mark as resolved<span className="visually-hidden"> ({c.profileName})</span>
                  </button>
                </Form>
              ) : (
                <p className="small">Resolved {c.resolvedAt ? <LocalTime at={c.resolvedAt} day /> : ""}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
