import type { LoaderFunctionArgs } from "@remix-run/node";
import { gatheringIcs, getGathering } from "~/circles/gatherings.server";
import { requireReader } from "~/circles/guards.server";
import { notFound, requiredParam } from "~/utils/guards.server";

/** One gathering as an iCalendar file, for members who may read the circle. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const gatheringId = requiredParam(params, "gatheringId");
  const { ctx } = await requireReader(request, context, requiredParam(params, "slug"), { targetType: "circle_gathering", targetId: gatheringId });
  const row = (await getGathering(ctx.circle.id, gatheringId, null)) ?? notFound();
  const body = gatheringIcs(row.gathering, ctx.circle, new URL(request.url).origin);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="gathering-${row.gathering.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
