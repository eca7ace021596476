import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { listReviewQueue } from "~/moderation/queue.server";
import { listReflectionQueue } from "~/moderation/reflection-decisions.server";
import { ReflectionQueue } from "~/moderation/ReflectionQueue";
import { decideFromReviewForm } from "~/moderation/review-actions.server";
import { ReviewQueue } from "~/moderation/ReviewQueue";
import { requireUserWith } from "~/utils/guards.server";
import { canSeeSiteQueue } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";
import { formValues } from "~/utils/forms";

export const meta: MetaFunction = () => [
  ...pageMeta("Moderation · Restorative Network", "The moderation queue: flagged and held posts across circles, and reflections waiting for review."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canSeeSiteQueue);
  const [queue, reflections] = await Promise.all([listReviewQueue(user), listReflectionQueue(user)]);
  return json({ ...queue, reflections });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canSeeSiteQueue);
  const { status, reply } = await decideFromReviewForm(user, formValues(await request.formData()));
  return json(reply, { status });
}

export default function Moderation() {
  const { posts, joins, reflections } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="page">
      <h1>Moderation</h1>
      <p className="lead">Held and flagged posts and join requests from every circle, and flagged reflections on case learnings.</p>
      <Visibility>
        site moderators and admins. Each circle's facilitators see the same items for their own circle. Members who flagged a post or reflection are never
        shown, to its author or here.
      </Visibility>
      <nav aria-label="Moderation tools">
        <ul className="tabs">
          <li>
            <Link to="/moderation" className="active" aria-current="page">
              Review queue
            </Link>
          </li>
          <li>
            <Link to="/appeals">Appeals</Link>
          </li>
          <li>
            <Link to="/reveals">Identity reveals</Link>
          </li>
          <li>
            <Link to="/moderation/watched-words">Watched words</Link>
          </li>
          <li>
            <Link to="/care">Care queue</Link>
          </li>
        </ul>
      </nav>
      <ReviewQueue posts={posts} joins={joins} state={state} showCircle canAskReveal />
      <ReflectionQueue reflections={reflections} state={state} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
