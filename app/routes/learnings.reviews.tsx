import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormMessage } from "~/components/forms";
import { Visibility } from "~/components/page";
import { reviewQueue } from "~/learnings/reviews.server";
import { requireUserWith } from "~/utils/guards.server";
import { isLearningReviewer } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Reviews · Case learnings · Restorative Network", "Case learnings waiting for your review.")];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, isLearningReviewer);
  return json({ items: await reviewQueue(user) });
}

export default function Reviews() {
  const { items } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const done = params.get("done");
  return (
    <div className="page narrow">
      <p>
        <Link to="/learnings">← Case learnings</Link>
      </p>
      <h1>Learnings waiting for review</h1>
      <FormMessage
        success={
          done === "approved"
            ? "Thank you. Your approval is recorded; reviewer two is told."
            : done === "returned"
              ? "Returned to the author with your comments."
              : null
        }
      />
      <Visibility>reviewers only. Your own learnings, and those you approved as reviewer one, are never listed here.</Visibility>
      {items.length === 0 ? (
        <p>Nothing is waiting for you. Thank you for keeping an eye on this.</p>
      ) : (
        <ul className="learning-queue">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={`/learnings/drafts/${item.id}/review`}>{item.title || "Untitled learning"}</Link>
              <span className="muted small">
                {" "}
                · {item.stage === "awaiting_first" ? "Needs reviewer one" : "Needs reviewer two"}
                {item.kind === "correction" ? " · correction" : ""}
                {item.submittedAt ? ` · submitted ${new Date(item.submittedAt).toISOString().slice(0, 10)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
