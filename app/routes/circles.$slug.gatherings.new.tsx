import { formInvalid } from "~/utils/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { FormToken } from "~/components/form-token";
import { AlreadySubmitted, formKey, newFormToken } from "~/utils/form-token.server";
import { GatheringFields } from "~/circles/GatheringFields";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { gatheringHref, scheduleGathering } from "~/circles/gatherings.server";
import { requireCircleManager } from "~/circles/guards.server";
import { GatheringSchema } from "~/circles/schema.server";
import { FormMessage, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { formValues, parseForm } from "~/utils/forms";
import { requiredParam } from "~/utils/guards.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Schedule a gathering · Restorative Network", "Schedule an online or in-person gathering for a circle, in your time zone or the circle's."),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, ctx } = await requireCircleManager(request, context, requiredParam(params, "slug"));
  return json({ slug: ctx.circle.slug, name: ctx.circle.name, timeZone: ctx.circle.timeZone, ownZone: user.timeZone, formToken: newFormToken() });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, ctx } = await requireCircleManager(request, context, requiredParam(params, "slug"));
  const values = formValues(await request.formData());
  const parsed = parseForm(GatheringSchema, values);
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  const id = await scheduleGathering({ actor: user, circle: ctx.circle, input: parsed.data, formKey: formKey(values, user.id, "circle.gathering") });
  if (id instanceof AlreadySubmitted) return redirect(id.resultId ? gatheringHref(ctx.circle.slug, id.resultId) : `/circles/${ctx.circle.slug}`);
  return redirect(gatheringHref(ctx.circle.slug, id));
}

export default function NewGathering() {
  const d = useLoaderData<typeof loader>();
  const { errors, values: typed } = useFormReply();
  const v = typed ?? {};
  return (
    <div className="page narrow">
      <p>
        <Link to={`/circles/${d.slug}`}>← {d.name}</Link>
      </p>
      <h1>Schedule a gathering</h1>
      <Visibility>
        gatherings are seen only by members of {d.name} who accepted its ground rules, in the circle and in their private calendar feeds. Members are told a
        gathering was scheduled.
      </Visibility>
      <Form method="post" noValidate className="stack">
        <FormToken token={d.formToken} />
        <FormMessage error={errors.form} />
        <GatheringFields values={v} errors={errors} timeZone={d.timeZone} ownZone={d.ownZone} capacityHint="When it is full, others can join a waitlist." />
        <button type="submit">Schedule the gathering</button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
