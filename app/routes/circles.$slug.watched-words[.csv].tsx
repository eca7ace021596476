import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadReviewableCircle } from "~/moderation/circle-scope.server";
import { exportWatchedWordsCsv } from "~/moderation/watched-words.server";
import { requiredParam } from "~/utils/guards.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { circle } = await loadReviewableCircle(request, context, requiredParam(params, "slug"));
  return new Response(await exportWatchedWordsCsv({ circleId: circle.id }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="watched-words-${circle.slug}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
