import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { recentAudit } from "~/admin/admin.server";
import { requireUserWith } from "~/utils/guards.server";
import { canReadAuditLog } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";
import { TableScroll } from "~/components/page";
import { LocalTime } from "~/components/LocalTime";

export const meta: MetaFunction = () => [
  ...pageMeta("Audit log · Administration · Restorative Network", "The append-only record of actions on the network, with ids and reasons, never content."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWith(request, context, canReadAuditLog);
  return json({ entries: await recentAudit(100) });
}

export default function AuditLog() {
  const { entries } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <p>Every administrative and moderation action, newest first. Entries cannot be edited or deleted.</p>
      <TableScroll label="Audit log entries">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>
                  <LocalTime at={e.createdAt} />
                </td>
                <td>{e.actor ?? (e.byPseudonymousMember ? "A circle member (under a pseudonym)" : "System")}</td>
                <td>{e.action}</td>
                <td>
                  {e.targetType}
                  {e.targetId ? ` ${e.targetId.slice(0, 8)}` : ""}
                </td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
