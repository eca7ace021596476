import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { latestPeerRequest } from "~/moderation/care-panel.server";
import { askForPeerSupporter } from "~/moderation/care.server";
import { PeerRequestSchema } from "~/moderation/schema.server";
import { SupportLineList } from "~/support/SupportLines";
import { supportLinesFor } from "~/support/lines";
import { requireUser } from "~/utils/auth.server";
import { formatPostTime } from "~/circles/time";
import { notFound } from "~/utils/guards.server";
import { formValues, parseForm } from "~/utils/forms";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `${data?.request ? "A peer supporter has been asked" : "Talking with a peer supporter"} · Restorative Network`,
    "Ask a trained peer supporter to reach out to you privately about something you wrote in a circle.",
  ),
];

/** POST from the private care note under a post: only this asks. Then the page says what was asked. */
export async function action({ request, context }: ActionFunctionArgs) {
  // Asking for support is never held back, even before the email is confirmed.
  const user = await requireUser(request, context, { allowUnconfirmed: true });
  const parsed = parseForm(PeerRequestSchema, formValues(await request.formData()));
  if (!parsed.ok) notFound();
  const outcome = await askForPeerSupporter(user, parsed.data);
  if (!outcome.ok) notFound(outcome.message);
  return redirect("/care/request-peer");
}

/** A plain visit says what is true: whether this member has asked, and when. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const asked = await latestPeerRequest(user.id);
  return json({
    lines: supportLinesFor(user.country ?? undefined),
    request: asked ? { ...asked, when: formatPostTime(new Date(asked.askedAt), user.timeZone) } : null,
  });
}

export default function PeerRequest() {
  const { lines, request } = useLoaderData<typeof loader>();
  return (
    <div className="page narrow">
      {request ? (
        <>
          <h1>A peer supporter has been asked</h1>
          <p className="lead">
            You asked on {request.when}.{" "}
            {request.pickedUp
              ? "Someone from the care team has picked it up: your notifications say who they are and how to reach them."
              : "Thank you for reaching out. A trained peer supporter will pick this up and send you a private note here, in your notifications, with how to reach them."}
          </p>
          <Visibility>
            only the site's peer supporters and this circle's facilitators know you asked. They are not shown your post text in any notification or email.
          </Visibility>
        </>
      ) : (
        <>
          <h1>Talking with a peer supporter</h1>
          <p className="lead">You have not asked for a peer supporter, so no one has been asked.</p>
          <p>
            When something you write in a circle sounds heavy, a private note appears for you on that thread. Only you see it, and it stays until you close it.
            It has a button, “Ask for a peer supporter”: pressing it is what asks. A trained peer supporter then sends you a private note in your notifications
            with how to reach them.
          </p>
          <p>
            <Link to="/support">More about support</Link>
          </p>
        </>
      )}
      <p>If you need someone right now, or you are in danger, please contact one of these:</p>
      <SupportLineList lines={lines} headingLevel={2} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
