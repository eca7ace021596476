import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { RequestList } from "~/directory/RequestList";
import { listRequests } from "~/directory/request-views.server";
import { requireUser } from "~/utils/auth.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Your request inbox · Restorative Network", "Contact requests from organisations waiting for your answer."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return json({ items: await listRequests(user.id, "received") });
}

export default function RequestInbox() {
  const { items } = useLoaderData<typeof loader>();
  const waiting = items.filter((i) => i.status === "pending").length;
  return (
    <div className="page">
      <h1>Your request inbox</h1>
      <Visibility>only you and the organisation that sent each request. Their contact details are shared with you when you accept.</Visibility>
      <p>
        {waiting === 0
          ? "Nothing is waiting for your answer."
          : `${waiting} ${waiting === 1 ? "request is" : "requests are"} waiting for your answer. Please answer within 48 hours, even if only to decline.`}
      </p>
      {items.length === 0 ? (
        <p>
          No organisation has contacted you yet. Keeping <Link to="/facilitators/me">your profile</Link> up to date helps them find you.
        </p>
      ) : (
        <RequestList items={items} side="received" />
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
