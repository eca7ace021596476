import type { LoaderFunctionArgs } from "@remix-run/node";
import { resourcesAtomFeed } from "~/library/feed.server";
import { absoluteUrl } from "~/utils/email.server";

/** The Atom feed of new resources (public resources only). */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = absoluteUrl(request, "/").replace(/\/$/, "");
  return new Response(await resourcesAtomFeed(origin), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
