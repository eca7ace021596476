import { formInvalid } from "~/utils/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { GatheringFields } from "~/circles/GatheringFields";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { cancelGathering, editGathering } from "~/circles/gathering-changes.server";
import { gatheringHref, getGathering } from "~/circles/gatherings.server";
import { requireCircleManager } from "~/circles/guards.server";
import { GatheringSchema } from "~/circles/schema.server";
import { utcToZonedLocal } from "~/circles/time";
import { FormMessage, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { notFound, requiredParam } from "~/utils/guards.server";
import { formValues, parseForm, type FieldErrors } from "~/utils/forms";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Change a gathering · Restorative Network", "Change or cancel a circle gathering; members who are going are told."),
];

const CANCELLED_MESSAGE = "This gathering has been cancelled, so it can no longer be changed.";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, ctx } = await requireCircleManager(request, context, requiredParam(params, "slug"));
  const row = (await getGathering(ctx.circle.id, requiredParam(params, "gatheringId"), null)) ?? notFound("We could not find that gathering.");
  const g = row.gathering;
  const tz = ctx.circle.timeZone;
  return json({
    slug: ctx.circle.slug,
    name: ctx.circle.name,
    timeZone: tz,
    ownZone: user.timeZone,
    id: g.id,
    cancelled: !!g.cancelledAt,
    joined: row.going + row.waitlist,
    current: {
      title: g.title,
      startsLocal: utcToZonedLocal(g.startsAt, tz),
      endsLocal: utcToZonedLocal(g.endsAt, tz),
      onlineUrl: g.onlineUrl ?? "",
      place: g.place ?? "",
      capacity: g.capacity ? String(g.capacity) : "",
    } as Record<string, string>,
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const gatheringId = requiredParam(params, "gatheringId");
  const { user, ctx } = await requireCircleManager(request, context, requiredParam(params, "slug"));
  const values = formValues(await request.formData());
  if (values.intent === "cancel-gathering") {
    // Cancelling cannot be undone: the first press asks, the second (with confirm=yes) cancels.
    if (values.confirm !== "yes") return json({ errors: {} as FieldErrors, values: null, confirmCancel: true });
    const result = await cancelGathering({ actor: user, circle: ctx.circle, gatheringId });
    if (!result.ok && result.reason === "missing") notFound();
    return redirect(gatheringHref(ctx.circle.slug, gatheringId));
  }
  const parsed = parseForm(GatheringSchema, values);
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  const result = await editGathering({ actor: user, circle: ctx.circle, gatheringId, input: parsed.data });
  if (!result.ok) {
    if (result.reason === "missing") notFound();
    return json({ errors: { form: CANCELLED_MESSAGE } as FieldErrors, values }, { status: 409 });
  }
  return redirect(gatheringHref(ctx.circle.slug, gatheringId));
}

export default function EditGathering() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values: typed } = useFormReply();
  const v = typed ?? d.current;
  const confirming = !!data && "confirmCancel" in data;
  return (
    <div className="page narrow">
      <p>
        <Link to={`/circles/${d.slug}/gatherings/${d.id}`}>← Back to the gathering</Link>
      </p>
      <h1>Change the gathering</h1>
      <Visibility>
        gatherings are seen only by members of {d.name} who accepted its ground rules.{" "}
        {d.joined === 0
          ? "No one has said they will come yet; anyone who does later sees the new details."
          : d.joined === 1
            ? "The 1 person who said they would come or is on the waitlist is told that it changed (not what changed), and their calendar updates."
            : `The ${d.joined} people who said they would come or are on the waitlist are told that it changed (not what changed), and their calendars update.`}
      </Visibility>
      {d.cancelled ? (
        <p className="notice">{CANCELLED_MESSAGE}</p>
      ) : (
        <>
          <Form method="post" noValidate className="stack">
            <input type="hidden" name="intent" value="save" />
            <FormMessage error={errors.form} />
            <GatheringFields
              values={v}
              errors={errors}
              timeZone={d.timeZone}
              ownZone={d.ownZone}
              capacityHint="More places go to the waitlist first. People already going keep their place."
            />
            <button type="submit">Save the changes</button>
          </Form>
          <section aria-labelledby="cancel-heading" className="card">
            <h2 id="cancel-heading">Cancel the gathering</h2>
            <p>
              It stays listed as cancelled and no one can say they will come. Everyone who joined is told, and calendars mark it cancelled. This cannot be
              undone.
            </p>
            {confirming ? (
              <div className="notice" role="alert" aria-labelledby="confirm-cancel-heading">
                <h3 id="confirm-cancel-heading">Cancel “{d.current.title}” for good?</h3>
                <p>
                  {d.joined === 0 ? "No one has said they will come yet." : `The ${d.joined} ${d.joined === 1 ? "person" : "people"} who joined will be told.`}{" "}
                  This cannot be undone; to meet another time, schedule a new gathering.
                </p>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="cancel-gathering" />
                  <input type="hidden" name="confirm" value="yes" />
                  <button type="submit" className="danger">
                    Yes, cancel the gathering
                  </button>
                </Form>{" "}
                <Link to={`/circles/${d.slug}/gatherings/${d.id}/edit`} className="button secondary">
                  No, keep it
                </Link>
              </div>
            ) : (
              <Form method="post">
                <input type="hidden" name="intent" value="cancel-gathering" />
                <button type="submit" className="danger">
                  Cancel this gathering…
                </button>
              </Form>
            )}
          </section>
        </>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
