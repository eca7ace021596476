import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { loadReviewableCircle } from "~/moderation/circle-scope.server";
import { listReviewQueue } from "~/moderation/queue.server";
import { decideFromReviewForm } from "~/moderation/review-actions.server";
import { ReviewQueue } from "~/moderation/ReviewQueue";
import { canSeeSiteQueue } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";
import { formValues } from "~/utils/forms";
import { requiredParam } from "~/utils/guards.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `Review queue${data ? ` · ${data.circle.name}` : ""} · Restorative Network`,
    `Held and flagged posts waiting for a facilitator in ${data?.circle.name ?? "this circle"}.`,
  ),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, circle } = await loadReviewableCircle(request, context, requiredParam(params, "slug"));
  return json({ circle, isSiteModerator: canSeeSiteQueue(user), ...(await listReviewQueue(user, circle.id)) });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user } = await loadReviewableCircle(request, context, requiredParam(params, "slug"));
  const { status, reply } = await decideFromReviewForm(user, formValues(await request.formData()));
  return json(reply, { status });
}

export default function CircleReview() {
  const { circle, posts, joins, isSiteModerator } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="page">
      <p>
        <Link to={`/circles/${circle.slug}`}>← {circle.name}</Link>
      </p>
      <h1>Review queue: {circle.name}</h1>
      <p className="lead">Posts waiting for approval, posts members flagged, and requests to join.</p>
      <Visibility>this circle's facilitators and the site's moderators. Authors are told what was decided and why, never who flagged their post.</Visibility>
      <p>
        <Link to={`/circles/${circle.slug}/watched-words`}>Watched words for this circle</Link> · <Link to="/care">Care queue</Link>
      </p>
      <ReviewQueue posts={posts} joins={joins} state={state} showCircle={false} canAskReveal={isSiteModerator} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
