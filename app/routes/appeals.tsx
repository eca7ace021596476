import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { describeAction, listAppeals } from "~/moderation/appeals.server";
import { requireUserWith } from "~/utils/guards.server";
import { canSeeSiteQueue } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Appeals · Restorative Network", "Appeals against moderation decisions, waiting for a second moderator.")];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canSeeSiteQueue);
  const rows = await listAppeals(user);
  return json({
    appeals: rows.map((a) => ({
      id: a.id,
      status: a.status,
      what: describeAction(a.action, "staff"),
      circleName: a.circleName,
      mine: a.assignedTo === user.id,
      createdAt: a.createdAt.toISOString(),
    })),
  });
}

export default function Appeals() {
  const { appeals } = useLoaderData<typeof loader>();
  const open = appeals.filter((a) => a.status === "open");
  const decided = appeals.filter((a) => a.status !== "open");
  return (
    <div className="page">
      <p>
        <Link to="/moderation">← Moderation</Link>
      </p>
      <h1>Appeals</h1>
      <p className="lead">Each appeal is decided by a moderator other than the one who took the decision.</p>
      <Visibility>site moderators and admins. You see only appeals about decisions you did not take.</Visibility>
      <h2>Waiting ({open.length})</h2>
      {open.length === 0 ? (
        <p>No appeals are waiting for you.</p>
      ) : (
        <ul className="notification-list">
          {open.map((a) => (
            <li key={a.id}>
              <Link to={`/appeals/${a.id}`}>
                A member asks you to look again: a moderator {a.what} in {a.circleName}
              </Link>
              {a.mine ? <span className="tag">Assigned to you</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h2>Decided</h2>
      {decided.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="notification-list">
          {decided.map((a) => (
            <li key={a.id}>
              <Link to={`/appeals/${a.id}`}>
                {a.circleName}: {a.status === "overturned" ? "reversed" : "kept"}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
