import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { AlreadySubmitted, formKey, newFormToken, orAlreadySubmitted } from "~/utils/form-token.server";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { EMPTY_RESOURCE, ResourceForm } from "~/library/ResourceForm";
import { createResource } from "~/library/resources.server";
import { ResourceInputSchema, resourceFormValues, type ResourceFormValues } from "~/library/schema.server";
import { getPendingSuggestion } from "~/library/suggestions.server";
import { requireUserWith } from "~/utils/guards.server";
import { canEditResources } from "~/utils/policy.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Add a resource · Restorative Network", "Add a resource to the library.")];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canEditResources);
  const suggestionId = new URL(request.url).searchParams.get("suggestion");
  const suggestion = suggestionId ? await getPendingSuggestion(user, suggestionId) : null;
  return json({
    suggestion: suggestion
      ? { id: suggestion.id, title: suggestion.title, url: suggestion.url ?? "", summary: suggestion.summary, note: suggestion.note }
      : null,
    formToken: newFormToken(),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canEditResources);
  const form = await request.formData();
  const values = resourceFormValues(form);
  const suggestionId = String(form.get("suggestionId") ?? "") || undefined;
  const parsed = parseForm(ResourceInputSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  const resource = await orAlreadySubmitted(createResource(user.id, parsed.data, { suggestionId, key: formKey(form, user.id, "library.resource") }));
  if (resource instanceof AlreadySubmitted) return redirect(resource.resultId ? `/resources/${resource.resultId}` : "/resources");
  return redirect(`/resources/${resource.slug}`);
}

export default function NewResource() {
  const { suggestion, formToken } = useLoaderData<typeof loader>();
  const reply = useFormReply<ResourceFormValues>();
  const values =
    reply.values ?? (suggestion ? { ...EMPTY_RESOURCE, title: suggestion.title, url: suggestion.url, summary: suggestion.summary } : EMPTY_RESOURCE);
  return (
    <div className="page narrow">
      <p>
        <Link to={suggestion ? "/resources/queue" : "/resources"}>← {suggestion ? "Suggestions waiting" : "Resource library"}</Link>
      </p>
      <h1>Add a resource</h1>
      {suggestion ? (
        <div className="notice">
          <p>You are adding a member's suggestion. When you save, it is accepted and they are thanked.</p>
          {suggestion.note ? <p className="small">Their note for editors: {suggestion.note}</p> : null}
        </div>
      ) : null}
      <Visibility>once saved, the resource is public: listed in the library, in search and in the feed of new resources.</Visibility>
      <ResourceForm mode="create" values={values} errors={reply.errors} hidden={suggestion ? { suggestionId: suggestion.id, formToken } : { formToken }} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
