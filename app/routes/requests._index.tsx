import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { RequestList } from "~/directory/RequestList";
import { listRequests } from "~/directory/request-views.server";
import { requireUser } from "~/utils/auth.server";
import { canHaveOwnFacilitatorProfile } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Your requests to facilitators · Restorative Network", "The requests you sent to facilitators and their answers."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return json({ items: await listRequests(user.id, "sent"), isFacilitator: canHaveOwnFacilitatorProfile(user) });
}

export default function SentRequests() {
  const { items, isFacilitator } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>Your requests to facilitators</h1>
      <Visibility>only you and the facilitator each request went to. Contact details are shared only once a facilitator accepts.</Visibility>
      {isFacilitator ? (
        <p>
          Requests sent to you are in <Link to="/requests/inbox">your inbox</Link>.
        </p>
      ) : null}
      {items.length === 0 ? (
        <p>
          You have not sent any requests yet. <Link to="/facilitators">Find a facilitator</Link>.
        </p>
      ) : (
        <RequestList items={items} side="sent" />
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
