import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { gatheringHref, scheduleGathering } from "~/circles/gatherings.server";
import { requireCircleManager } from "~/circles/guards.server";
import { GatheringSchema, fieldErrors } from "~/circles/schema";
import { circleWrite } from "~/circles/write.server";
import { Field, FormMessage } from "~/components/forms";
import { Visibility } from "~/components/page";

export const meta: MetaFunction = () => [{ title: "Schedule a gathering · Restorative Network" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { ctx } = await requireCircleManager(request, context, params.slug!);
  return json({ slug: ctx.circle.slug, name: ctx.circle.name, timeZone: ctx.circle.timeZone });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, ctx } = await requireCircleManager(request, context, params.slug!);
  const values = Object.fromEntries(await request.formData()) as Record<string, string>;
  const parsed = GatheringSchema.safeParse(values);
  if (!parsed.success) return json({ errors: fieldErrors(parsed.error), values }, { status: 400 });
  const id = await circleWrite(request, (tx) => scheduleGathering(tx, ctx.circle, parsed.data, user.id));
  return redirect(gatheringHref(ctx.circle.slug, id));
}

export default function NewGathering() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const errors: Record<string, string> = data?.errors ?? {};
  const v: Record<string, string> = data?.values ?? {};
  return (
    <div className="page narrow">
      <p><Link to={`/circles/${d.slug}`}>← {d.name}</Link></p>
      <h1>Schedule a gathering</h1>
      <Visibility>gatherings are seen only by members of {d.name} who accepted its ground rules, in the circle and in their private calendar feeds. Members are told a gathering was scheduled.</Visibility>
      <Form method="post" noValidate className="stack">
        <FormMessage error={errors.form} />
        <Field label="Title" name="title" required defaultValue={v.title} error={errors.title} />
        <Field label={`Starts (${d.timeZone})`} name="startsLocal" type="datetime-local" required defaultValue={v.startsLocal} error={errors.startsLocal} hint={`In the circle's time zone, ${d.timeZone}. Each member sees it in their own.`} />
        <Field label={`Ends (${d.timeZone})`} name="endsLocal" type="datetime-local" required defaultValue={v.endsLocal} error={errors.endsLocal} />
        <Field label="Online link" name="onlineUrl" type="url" defaultValue={v.onlineUrl} error={errors.onlineUrl} hint="For an online gathering, the meeting link (https://…). Give a link, a place, or both." />
        <Field label="Place" name="place" defaultValue={v.place} error={errors.place} hint="For an in-person gathering. Only members see it." />
        <Field label="Capacity (optional)" name="capacity" inputMode="numeric" defaultValue={v.capacity} error={errors.capacity} hint="When it is full, others can join a waitlist." />
        <button type="submit">Schedule the gathering</button>
      </Form>
    </div>
  );
}
