import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarFeed } from "~/circles/calendar.server";
import { notFound, requiredParam } from "~/utils/guards.server";

/** A member's private iCal feed: the gatherings of their own circles. The token in the URL is the key. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const body = (await calendarFeed(requiredParam(params, "token"), new URL(request.url).origin)) ?? notFound();
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" },
  });
}
