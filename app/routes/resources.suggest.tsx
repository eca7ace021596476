import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { FormToken } from "~/components/form-token";
import { Field, FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { SuggestionSchema } from "~/library/schema.server";
import { listOwnSuggestions, suggestResource } from "~/library/suggestions.server";
import { requireUserWith } from "~/utils/guards.server";
import { formKey, newFormToken, orAlreadySubmitted } from "~/utils/form-token.server";
import { canSuggestResource } from "~/utils/policy.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Suggest a resource · Restorative Network", "Suggest a resource for the library; an editor reviews it.")];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canSuggestResource);
  const thanked = new URL(request.url).searchParams.get("sent") === "1";
  return json({ suggestions: await listOwnSuggestions(user.id), thanked, formToken: newFormToken() });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canSuggestResource);
  const form = await request.formData();
  const values = {
    title: String(form.get("title") ?? ""),
    url: String(form.get("url") ?? ""),
    summary: String(form.get("summary") ?? ""),
    note: String(form.get("note") ?? ""),
  };
  const parsed = parseForm(SuggestionSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  await orAlreadySubmitted(suggestResource(user.id, parsed.data, formKey(form, user.id, "library.suggestion")));
  return redirect("/resources/suggest?sent=1");
}

const STATUS_TEXT = { pending: "Waiting for an editor", accepted: "Added to the library", declined: "Not added" } as const;

export default function SuggestResource() {
  const { suggestions, thanked, formToken } = useLoaderData<typeof loader>();
  const { errors, values } = useFormReply<{ title: string; url: string; summary: string; note: string }>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="page narrow">
      <p>
        <Link to="/resources">← Resource library</Link>
      </p>
      <h1>Suggest a resource</h1>
      <p className="lead">Know a paper, guide or toolkit that helped you or your team? Tell the editors about it.</p>
      <Visibility>
        the library's editors see your suggestion and your display name. If it is added, the resource is public; your name is not shown with it.
      </Visibility>
      <FormMessage success={thanked ? "Thank you. Your suggestion is with the editors; you will get a notification when they decide." : null} />
      <Form method="post" noValidate className="stack" key={formToken}>
        <FormToken token={formToken} />
        <FormMessage error={Object.keys(errors).length ? "Some details need another look; each is marked below." : null} />
        <Field label="Title" name="title" required defaultValue={values?.title} error={errors.title} />
        <Field label="Web address (if it has one)" name="url" type="url" inputMode="url" defaultValue={values?.url} error={errors.url} />
        <TextArea label="What is it, and why does it help?" name="summary" rows={4} required defaultValue={values?.summary} error={errors.summary} />
        <TextArea label="Anything else for the editors (optional)" name="note" rows={2} defaultValue={values?.note} error={errors.note} />
        <button type="submit" disabled={busy}>
          {busy ? "Sending…" : "Send the suggestion"}
        </button>
      </Form>
      {suggestions.length ? (
        <section aria-labelledby="own-suggestions">
          <h2 id="own-suggestions">Your suggestions</h2>
          <ul className="suggestion-list">
            {suggestions.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong> · {STATUS_TEXT[s.status]}
                {s.status === "declined" && s.declineReason ? <p className="small">The editor's note: {s.declineReason}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
