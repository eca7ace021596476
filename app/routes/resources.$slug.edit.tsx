import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { ResourceForm, defaultsFromResource } from "~/library/ResourceForm";
import { getResourceForViewer, updateResource } from "~/library/resources.server";
import { ResourceEditSchema, ResourceInputSchema, resourceFormValues, type ResourceFormValues } from "~/library/schema.server";
import { notFound, requiredParam, requireUserWith } from "~/utils/guards.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { canEditResources } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    data ? `Edit: ${data.title} · Restorative Network` : "Edit a resource",
    `Edit the library entry${data ? ` for ${data.title}` : ""}; every change is kept in its history.`,
  ),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canEditResources);
  const resource = (await getResourceForViewer(user, requiredParam(params, "slug"))) ?? notFound("We could not find that resource.");
  return json({ slug: resource.slug, title: resource.title, version: resource.version, values: defaultsFromResource(resource) });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canEditResources);
  const resource = (await getResourceForViewer(user, requiredParam(params, "slug"))) ?? notFound("We could not find that resource.");
  const form = await request.formData();
  const values = resourceFormValues(form);
  const parsed = parseForm(ResourceInputSchema, values);
  const meta = parseForm(ResourceEditSchema, values);
  if (!parsed.ok || !meta.ok) {
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(meta.ok ? {} : meta.errors) };
    // Keep the version the editor started from, so a later save still detects someone else's edit.
    return formInvalid({ errors, values, currentVersion: Number(form.get("expectedVersion")) || resource.version });
  }
  const expectedVersion = Number(form.get("expectedVersion")) || undefined;
  const result = await updateResource(user.id, resource.id, parsed.data, { ...meta.data, expectedVersion });
  if (!result.ok && result.reason === "stale") {
    const form =
      "Another editor saved this resource while you were editing. Your changes are still in the form; open the resource in a new tab to compare, then save again.";
    return formInvalid({ errors: { form }, values, currentVersion: resource.version }, 409);
  }
  if (!result.ok) throw notFound();
  return redirect(`/resources/${result.resource.slug}?saved=1`);
}

export default function EditResource() {
  const { slug, title, version, values } = useLoaderData<typeof loader>();
  const currentVersion = useActionData<typeof action>()?.currentVersion;
  const reply = useFormReply<ResourceFormValues>();
  // After a stale save, the next attempt is against the version the editor can now see.
  return (
    <div className="page narrow">
      <p>
        <Link to={`/resources/${slug}`}>← {title}</Link>
      </p>
      <h1>Edit the resource</h1>
      <Visibility>
        changes are public as soon as you save, unless you withdraw the resource. Every save is kept in the revision history, seen by editors.
      </Visibility>
      <ResourceForm mode="edit" values={reply.values ?? values} errors={reply.errors} hidden={{ expectedVersion: String(currentVersion ?? version) }} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
