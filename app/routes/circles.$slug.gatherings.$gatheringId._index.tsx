import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { answerGathering, gatheringHref, getGathering } from "~/circles/gatherings.server";
import { requireReader } from "~/circles/guards.server";
import { formatTimeRange } from "~/circles/time";
import { ModeratingBanner } from "~/circles/ui";
import { Visibility } from "~/components/page";
import { formValues } from "~/utils/forms";
import { forbidden, notFound, requiredParam } from "~/utils/guards.server";
import { canManageCircle } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `${data?.gathering.title ?? "Gathering"} · Restorative Network`,
    `${data?.gathering.title ?? "A circle gathering"}: when and where it is, and whether you are going.`,
  ),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const gatheringId = requiredParam(params, "gatheringId");
  const { user, ctx, viewer } = await requireReader(request, context, requiredParam(params, "slug"), { targetType: "circle_gathering", targetId: gatheringId });
  const row = (await getGathering(ctx.circle.id, gatheringId, user.id)) ?? notFound("We could not find that gathering.");
  const g = row.gathering;
  return json({
    slug: ctx.circle.slug,
    circleName: ctx.circle.name,
    mode: viewer.mode,
    gathering: {
      id: g.id,
      title: g.title,
      when: formatTimeRange(g.startsAt, g.endsAt, user.timeZone),
      circleWhen: formatTimeRange(g.startsAt, g.endsAt, ctx.circle.timeZone),
      sameZone: user.timeZone === ctx.circle.timeZone,
      onlineUrl: g.onlineUrl,
      place: g.place,
      capacity: g.capacity,
      past: g.endsAt.getTime() < Date.now(),
      cancelled: !!g.cancelledAt,
    },
    canManage: viewer.mode === "member" && canManageCircle(user, ctx.facts),
    going: row.going,
    waitlist: row.waitlist,
    myStatus: row.myStatus,
    myPlace: row.myPlace ? Number(row.myPlace) : null,
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const gatheringId = requiredParam(params, "gatheringId");
  const { user, ctx, viewer } = await requireReader(request, context, requiredParam(params, "slug"), { targetType: "circle_gathering", targetId: gatheringId });
  if (viewer.mode !== "member") forbidden();
  const row = (await getGathering(ctx.circle.id, gatheringId, user.id)) ?? notFound();
  const { intent } = formValues(await request.formData());
  if (intent === "rsvp" || intent === "cancel")
    await answerGathering({ actor: user, circle: ctx.circle, gatheringId: row.gathering.id, going: intent === "rsvp" });
  return redirect(gatheringHref(ctx.circle.slug, row.gathering.id));
}

export default function Gathering() {
  const d = useLoaderData<typeof loader>();
  const g = d.gathering;
  const full = !!g.capacity && d.going >= g.capacity;
  return (
    <div className="page narrow">
      <p>
        <Link to={`/circles/${d.slug}`}>← {d.circleName}</Link>
      </p>
      <h1>{g.cancelled ? `Cancelled: ${g.title}` : g.title}</h1>
      {d.mode === "moderating" ? <ModeratingBanner /> : null}
      <Visibility>
        this gathering, its link or place, and the number of people going are seen only by members of {d.circleName} who accepted its ground rules. Who is going
        is not shown to anyone.
      </Visibility>
      {g.cancelled ? (
        <p className="notice" role="status">
          This gathering has been cancelled. It will not take place.
        </p>
      ) : null}
      {d.canManage && !g.cancelled ? (
        <p>
          <Link to={`/circles/${d.slug}/gatherings/${g.id}/edit`}>Change or cancel this gathering</Link>
        </p>
      ) : null}
      <dl className="gathering-facts">
        <dt>When (your time)</dt>
        <dd>{g.when}</dd>
        {!g.sameZone ? (
          <>
            <dt>In the circle's time zone</dt>
            <dd>{g.circleWhen}</dd>
          </>
        ) : null}
        {g.onlineUrl ? (
          <>
            <dt>Online</dt>
            <dd>
              <a href={g.onlineUrl} rel="noopener noreferrer">
                {g.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        {g.place ? (
          <>
            <dt>Place</dt>
            <dd>{g.place}</dd>
          </>
        ) : null}
        <dt>Places</dt>
        <dd>
          {d.going} going{g.capacity ? ` of ${g.capacity}` : ""}
          {d.waitlist ? `, ${d.waitlist} on the waitlist` : ""}
        </dd>
      </dl>
      {d.mode === "member" ? (
        <>
          {d.myStatus === "going" && !g.cancelled ? (
            <p className="notice success" role="status">
              You are going.
            </p>
          ) : null}
          {d.myStatus === "waitlist" && !g.cancelled ? (
            <p className="notice" role="status">
              You are on the waitlist (number {d.myPlace}). If a place opens, it is yours and we will tell you.
            </p>
          ) : null}
          {g.cancelled ? null : !g.past ? (
            <Form method="post">
              {d.myStatus ? (
                <>
                  <input type="hidden" name="intent" value="cancel" />
                  <button type="submit" className="secondary">
                    {d.myStatus === "going" ? "I can no longer come" : "Leave the waitlist"}
                  </button>
                </>
              ) : (
                <>
                  <input type="hidden" name="intent" value="rsvp" />
                  <button type="submit">{full ? "Join the waitlist" : "I will come"}</button>
                </>
              )}
            </Form>
          ) : (
            <p>This gathering has ended.</p>
          )}
          <p>
            <a href={`/circles/${d.slug}/gatherings/${g.id}/event.ics`} download>
              Add to your calendar (.ics file)
            </a>
          </p>
        </>
      ) : null}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
