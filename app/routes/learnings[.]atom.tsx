import type { LoaderFunctionArgs } from "@remix-run/node";
import { learningsAtomFeed } from "~/learnings/atom.server";
import { feedLearnings } from "~/learnings/published.server";
import { now } from "~/utils/clock.server";
import { absoluteUrl } from "~/utils/email.server";

/** Atom feed of public learnings only: members-only and withdrawn learnings never appear. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = new URL(absoluteUrl(request, "/")).origin;
  const body = learningsAtomFeed(origin, await feedLearnings(), now());
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-cache" } });
}
