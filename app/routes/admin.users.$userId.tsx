import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { PERMISSIONS, SITE_ROLES } from "~/utils/policy/vocabulary";
import { changeRole, getUserForAdmin, restoreUser, suspendUser } from "~/admin/admin.server";
import { PERMISSION_TEXT, roleChangedMessage } from "~/admin/permissions";
import { ChangeRoleSchema, SuspendSchema } from "~/admin/schema.server";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { notFound, requiredParam, requireUserWith } from "~/utils/guards.server";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { canManageUsers } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

async function loadUser(id: string) {
  return (await getUserForAdmin(id)) ?? notFound();
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `${data?.user.displayName ?? "A person"} · Administration · Restorative Network`,
    `Role, permissions and account status of ${data?.user.displayName ?? "one person"}.`,
  ),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUserWith(request, context, canManageUsers);
  return json({ user: await loadUser(requiredParam(params, "userId")) });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireUserWith(request, context, canManageUsers);
  const target = await loadUser(requiredParam(params, "userId"));
  const form = await request.formData();
  const values = formValues(form);
  const intent = String(form.get("intent"));
  if (intent === "change-role") {
    const parsed = parseForm(ChangeRoleSchema, { ...values, userId: target.id, permissions: form.getAll("permissions") });
    if (!parsed.ok) return formInvalid({ errors: parsed.errors, values, intent });
    await changeRole(actor.id, parsed.data);
    return json({ intent, done: roleChangedMessage(parsed.data.permissions) });
  }
  const parsed = parseForm(SuspendSchema, { ...values, userId: target.id });
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values, intent });
  if (parsed.data.intent === "suspend") await suspendUser(actor.id, target.id, parsed.data.reason);
  else await restoreUser(actor.id, target.id, parsed.data.reason);
  return json({ intent, done: parsed.data.intent === "suspend" ? "The account is suspended and signed out everywhere." : "The account is restored." });
}

export default function AdminUser() {
  const { user } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply();
  // Both forms have a reason: each shows its own message and text only.
  const roleForm = data?.intent === "change-role";
  return (
    <section aria-labelledby="user-heading">
      <p>
        <Link to="/admin">← All people</Link>
      </p>
      <h2 id="user-heading">{user.displayName}</h2>
      <p>
        {user.email} · {user.suspendedAt ? `Suspended: ${user.suspendedReason}` : "Active"}
      </p>
      <FormMessage success={data && "done" in data ? data.done : null} />
      <Form method="post" className="stack card">
        <h3>Role and permissions</h3>
        <input type="hidden" name="intent" value="change-role" />
        <div className="field">
          <label htmlFor="role">Site role</label>
          <select id="role" name="role" defaultValue={user.role}>
            {SITE_ROLES.map((r) => (
              <option key={r} value={r}>
                {r.replace("_", " ")}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>Extra permissions</legend>
          <p className="hint">Any role can hold these. Admins hold all of them.</p>
          {PERMISSIONS.map((p) => (
            <label key={p} className="checkbox">
              <input type="checkbox" name="permissions" value={p} defaultChecked={user.permissions.includes(p)} /> {PERMISSION_TEXT[p].label}
              <span className="small muted">: {PERMISSION_TEXT[p].grants}</span>
            </label>
          ))}
        </fieldset>
        <TextArea
          label="Reason for the change"
          name="reason"
          rows={2}
          defaultValue={roleForm ? values?.reason : undefined}
          error={roleForm ? errors.reason : undefined}
          hint="Recorded in the audit log."
        />
        <button type="submit">Save role</button>
      </Form>
      <Form method="post" className="stack card">
        <h3>{user.suspendedAt ? "Restore this account" : "Suspend this account"}</h3>
        <input type="hidden" name="intent" value={user.suspendedAt ? "restore" : "suspend"} />
        <TextArea
          label="Reason"
          name="reason"
          rows={2}
          defaultValue={roleForm ? undefined : values?.reason}
          error={roleForm ? undefined : errors.reason}
          hint={
            user.suspendedAt ? "Recorded in the audit log." : "Suspending signs the person out everywhere at once. The reason is recorded in the audit log."
          }
        />
        <button type="submit" className={user.suspendedAt ? undefined : "danger"}>
          {user.suspendedAt ? "Restore account" : "Suspend account"}
        </button>
      </Form>
    </section>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
