import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { listCareAlerts } from "~/moderation/care.server";
import { facilitatesAnyCircle } from "~/moderation/people.server";
import { requireUser } from "~/utils/auth.server";
import { forbidden } from "~/utils/guards.server";
import { canSeeCareQueue } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";
import { LocalTime } from "~/components/LocalTime";

export const meta: MetaFunction = () => [
  ...pageMeta("Care queue · Restorative Network", "The care queue: circle posts that sound like someone is struggling, for peer supporters and facilitators."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  if (!canSeeCareQueue(user, { facilitatesAnyCircle: await facilitatesAnyCircle(user.id) }))
    forbidden("The care queue is for peer supporters and circle facilitators.");
  const all = new URL(request.url).searchParams.get("show") === "all";
  const alerts = await listCareAlerts(user, all ? "all" : "open");
  return json({
    all,
    alerts: alerts.map((a) => ({
      id: a.id,
      status: a.status,
      circleName: a.circleName,
      peerRequested: !!a.peerRequestedAt,
      createdAt: a.createdAt.toISOString(),
    })),
  });
}

const STATUS = { open: "Waiting for someone", acknowledged: "Someone is on it", closed: "Closed" };

export default function CareQueue() {
  const { alerts, all } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>Care queue</h1>
      <p className="lead">
        Posts where someone may be struggling. This is about care, not moderation: nothing here is a violation, and the posts stay visible in their circles.
      </p>
      <Visibility>
        the site's peer supporters and moderators, and each circle's facilitators for their own circle. The member is not named here; their post text never
        appears in notifications or emails.
      </Visibility>
      <p>{all ? <Link to="/care">Show only open alerts</Link> : <Link to="/care?show=all">Show closed alerts too</Link>}</p>
      {alerts.length === 0 ? (
        <p>No one is waiting for care right now.</p>
      ) : (
        <ul className="notification-list care-list">
          {alerts.map((a) => (
            <li key={a.id}>
              <Link to={`/care/${a.id}`}>Someone in {a.circleName} may need support</Link> <span className="tag">{STATUS[a.status]}</span>
              {a.peerRequested ? <span className="tag">Asked for a peer supporter</span> : null} <LocalTime at={a.createdAt} className="muted small" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
