import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SITE_ROLES } from "~/utils/policy/vocabulary";
import { listUsers } from "~/admin/admin.server";
import { requireUserWith } from "~/utils/guards.server";
import { canManageUsers } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";
import { TableScroll } from "~/components/page";

export const meta: MetaFunction = () => [
  ...pageMeta("People · Administration · Restorative Network", "Find people on the network and manage their roles, permissions and suspensions."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWith(request, context, canManageUsers);
  const url = new URL(request.url);
  const q = url.searchParams.get("q")?.trim() ?? "";
  const role = url.searchParams.get("role") ?? "";
  const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
  const result = await listUsers({ q, role: (SITE_ROLES as readonly string[]).includes(role) ? role : undefined, page });
  return json({ ...result, q, role, page });
}

export default function AdminUsers() {
  const { users, hasMore, q, role, page } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      <Form method="get" className="inline-form">
        <div className="field">
          <label htmlFor="admin-q">Name or email</label>
          <input id="admin-q" name="q" type="search" defaultValue={q} />
        </div>
        <div className="field">
          <label htmlFor="admin-role">Role</label>
          <select id="admin-role" name="role" defaultValue={role}>
            <option value="">Any role</option>
            {SITE_ROLES.map((r) => (
              <option key={r} value={r}>
                {r.replace("_", " ")}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </Form>
      <TableScroll label="People">
        <table className="data-table">
          <caption className="visually-hidden">People, page {page}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link to={`/admin/users/${u.id}`}>{u.displayName}</Link>
                </td>
                <td>{u.email}</td>
                <td>
                  {u.role.replace("_", " ")}
                  {u.permissions.length ? ` (+${u.permissions.join(", ")})` : ""}
                </td>
                <td>{u.suspendedAt ? "Suspended" : "Active"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {users.length === 0 ? <p>No one matches that search.</p> : null}
      <nav aria-label="Pages" className="pagination">
        {page > 1 ? <Link to={`?q=${encodeURIComponent(q)}&role=${role}&page=${page - 1}`}>Previous page</Link> : null}
        {hasMore ? <Link to={`?q=${encodeURIComponent(q)}&role=${role}&page=${page + 1}`}>Next page</Link> : null}
      </nav>
    </section>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
