import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { loadReviewableCircle } from "~/moderation/circle-scope.server";
import { applyWatchedWordsForm } from "~/moderation/watched-words-actions.server";
import { listWatchedWords } from "~/moderation/watched-words.server";
import { WatchedWordsPage } from "~/moderation/WatchedWordsPage";
import { pageMeta } from "~/components/meta";
import { formValues, uploadedText } from "~/utils/forms";
import { requiredParam } from "~/utils/guards.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `Watched words${data ? ` · ${data.circle.name}` : ""} · Restorative Network`,
    `Words and phrases watched in ${data?.circle.name ?? "this circle"}: blocked, held or flagged for review.`,
  ),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { circle } = await loadReviewableCircle(request, context, requiredParam(params, "slug"));
  return json({ circle, entries: await listWatchedWords({ circleId: circle.id }) });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, circle } = await loadReviewableCircle(request, context, requiredParam(params, "slug"));
  const form = await request.formData();
  const { status, reply } = await applyWatchedWordsForm(user, { circleId: circle.id }, { values: formValues(form), csvFile: await uploadedText(form, "file") });
  return json(reply, { status });
}

export default function CircleWatchedWords() {
  const { circle, entries } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="page">
      <p>
        <Link to={`/circles/${circle.slug}/review`}>← Review queue: {circle.name}</Link>
      </p>
      <h1>Watched words: {circle.name}</h1>
      <p className="lead">This circle's own list. The site-wide list applies here too.</p>
      <Visibility>
        this circle's facilitators and the site's moderators. Members never see this list; they see a kind explanation when a post is refused or held.
      </Visibility>
      <WatchedWordsPage entries={entries} state={state} exportHref={`/circles/${circle.slug}/watched-words.csv`} scopeLabel={circle.name} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
