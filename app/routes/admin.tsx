import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { requireUserWith } from "~/utils/guards.server";
import { canManageUsers } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Administration · Restorative Network", "Administration: people, roles and permissions on Restorative Network."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWith(request, context, canManageUsers);
  return null;
}

export default function AdminLayout() {
  return (
    <div className="page">
      <h1>Administration</h1>
      <nav aria-label="Administration">
        <ul className="tabs">
          <li>
            <NavLink to="/admin" end>
              People
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/audit">Audit log</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
