import { formInvalid } from "~/utils/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { FormToken } from "~/components/form-token";
import { AlreadySubmitted, formKey, newFormToken } from "~/utils/form-token.server";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { listTimeZones } from "~/accounts/settings.server";
import { createCircle } from "~/circles/circles.server";
import { CreateCircleSchema } from "~/circles/schema.server";
import { KIND_LABELS } from "~/circles/ui";
import { Field, FormMessage, Select, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { LANGUAGES } from "~/taxonomy";
import { requireUserWith } from "~/utils/guards.server";
import { canCreateCircle } from "~/utils/policy.server";
import { formValues, parseForm } from "~/utils/forms";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Create a circle · Restorative Network", "Create a new peer-support circle with its purpose, ground rules and time zone."),
];

const DEFAULT_RULES = `1. **What is said here stays here.** Nothing from this circle is shared outside it.
2. **No identifying details.** Never name or describe patients, families, colleagues, workplaces or places, and leave out dates.
3. **Respect.** We listen to understand; we do not judge or tell each other what we should have done.
4. **Look after yourself.** This is peer support, not an emergency service. If you are in crisis, use the support lines.`;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canCreateCircle);
  return json({ timeZones: listTimeZones(), defaultTimeZone: user.timeZone, defaultRules: DEFAULT_RULES, formToken: newFormToken() });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canCreateCircle);
  const values = formValues(await request.formData());
  const parsed = parseForm(CreateCircleSchema, values);
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  const result = await createCircle({ actor: user, input: parsed.data, formKey: formKey(values, user.id, "circle.create") });
  if (result instanceof AlreadySubmitted) return redirect(result.resultId ? `/circles/${result.resultId}` : "/circles");
  if (!result.ok) return formInvalid({ errors: result.errors, values });
  return redirect(`/circles/${result.circle.slug}`);
}

export default function NewCircle() {
  const { timeZones, defaultTimeZone, defaultRules, formToken } = useLoaderData<typeof loader>();
  const { errors, values: typed } = useFormReply();
  const v = typed ?? {};
  return (
    <div className="page narrow">
      <h1>Create a circle</h1>
      <Visibility>
        the name, purpose, kind and language of a circle are public. Its ground rules, threads and members are seen only by members who accepted the rules. You
        will be the circle's first facilitator.
      </Visibility>
      <Form method="post" noValidate className="stack">
        <FormToken token={formToken} />
        <FormMessage error={errors.form} />
        <Field label="Name" name="name" required defaultValue={v.name} error={errors.name} />
        <Field
          label="Web address"
          name="slug"
          required
          defaultValue={v.slug}
          error={errors.slug}
          hint="Lower-case words joined by hyphens, for example after-a-difficult-birth."
        />
        <TextArea
          label="Purpose"
          name="purpose"
          rows={3}
          required
          defaultValue={v.purpose}
          error={errors.purpose}
          hint="Who is this circle for? Two or three sentences. This is public."
        />
        <Select
          label="How people join"
          name="kind"
          defaultValue={v.kind ?? "request"}
          error={errors.kind}
          options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Select
          label="Language"
          name="language"
          defaultValue={v.language ?? "en"}
          error={errors.language}
          options={Object.entries(LANGUAGES).map(([value, label]) => ({ value, label }))}
        />
        <Select
          label="Time zone for gatherings"
          name="timeZone"
          defaultValue={v.timeZone ?? defaultTimeZone}
          error={errors.timeZone}
          options={timeZones.map((z) => ({ value: z, label: z }))}
        />
        <Field
          label="Capacity (optional)"
          name="capacity"
          inputMode="numeric"
          defaultValue={v.capacity}
          error={errors.capacity}
          hint="The most members the circle can hold. Leave blank for no limit."
        />
        <Field
          label="Posts held for a new member"
          name="firstPostsHeld"
          inputMode="numeric"
          defaultValue={v.firstPostsHeld ?? "2"}
          error={errors.firstPostsHeld}
          hint="A new member's first posts wait for a facilitator before others see them. 0 turns this off."
        />
        <TextArea
          label="Ground rules (Markdown)"
          name="rulesMarkdown"
          rows={8}
          defaultValue={v.rulesMarkdown ?? defaultRules}
          error={errors.rulesMarkdown}
          hint="Members accept these before they can read or post. Cover confidentiality, respect and no identifying details."
        />
        <TextArea
          label="Other facilitators (optional)"
          name="facilitatorEmails"
          rows={2}
          defaultValue={v.facilitatorEmails}
          error={errors.facilitatorEmails}
          hint="Email addresses of people with an account, separated by commas."
        />
        <button type="submit">Create the circle</button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
