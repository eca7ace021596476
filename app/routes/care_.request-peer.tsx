import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { askForPeerSupporter } from "~/moderation/care.server";
import { PeerRequestSchema } from "~/moderation/schema";
import { SupportLineList } from "~/support/SupportLines";
import { supportLinesFor } from "~/support/lines";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/guards.server";

export const meta: MetaFunction = () => [{ title: "A peer supporter has been asked · Restorative Network" }];

/** POST from the private care panel under a post; then a calm confirmation page. */
export async function action({ request, context }: ActionFunctionArgs) {
  // Asking for support is never held back, even before the email is confirmed.
  const user = await requireUser(request, context, { allowUnconfirmed: true });
  const parsed = PeerRequestSchema.safeParse(Object.fromEntries([...(await request.formData())].map(([k, v]) => [k, String(v)])));
  if (!parsed.success) notFound();
  const outcome = await askForPeerSupporter(user, parsed.data, request);
  if (!outcome.ok) notFound(outcome.message);
  return redirect("/care/request-peer");
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return json({ lines: supportLinesFor(user.country ?? undefined) });
}

export default function PeerRequested() {
  const { lines } = useLoaderData<typeof loader>();
  return (
    <div className="page narrow">
      <h1>A peer supporter has been asked</h1>
      <p className="lead">Thank you for reaching out. A trained peer supporter will pick this up and send you a private note here, in your notifications, with how to reach them.</p>
      <Visibility>only the site's peer supporters and this circle's facilitators know you asked. They are not shown your post text in any notification or email.</Visibility>
      <p>If you need someone right now, or you are in danger, please contact one of these:</p>
      <SupportLineList lines={lines} headingLevel={2} />
    </div>
  );
}
