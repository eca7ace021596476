import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listNotifications, markAllRead } from "~/notifications/notifications.server";
import { requireUser } from "~/utils/auth.server";
import { pageMeta } from "~/components/meta";
import { LocalTime } from "~/components/LocalTime";

export const meta: MetaFunction = () => [
  ...pageMeta("Notifications · Restorative Network", "Your notifications: replies, decisions, requests and gatherings."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const items = await listNotifications(user.id);
  return json({ items: items.map((n) => ({ id: n.id, message: n.message, href: n.href, unread: !n.readAt, createdAt: n.createdAt.toISOString() })) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  await markAllRead(user.id);
  return json({ ok: true });
}

export default function Notifications() {
  const { items } = useLoaderData<typeof loader>();
  return (
    <div className="page narrow">
      <h1>Notifications</h1>
      {items.length === 0 ? (
        <p>Nothing new. When something happens that involves you, it will appear here.</p>
      ) : (
        <>
          <Form method="post">
            <button type="submit" className="secondary small">
              Mark all as read
            </button>
          </Form>
          <ul className="notification-list">
            {items.map((n) => (
              <li key={n.id} className={n.unread ? "unread" : undefined}>
                <Link to={n.href}>{n.message}</Link>
                {n.unread ? <span className="tag">New</span> : null} <LocalTime at={n.createdAt} className="muted small" />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
