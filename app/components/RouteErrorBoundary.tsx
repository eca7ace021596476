// The kind page shown when a route's loader or action throws: a plain title and sentence for 403, 404
// and anything else, inside the site's header and footer (which the root still renders). A thrown
// response may carry a message written for people (the guards' `forbidden("…")`); it is shown. Errors
// that were not meant for people (exceptions, stacks) never are.
import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { ConfirmEmailNotice } from "~/accounts/ConfirmEmailNotice";

const GENERIC_MESSAGES = new Set(["Not found", "You do not have access to this."]);

/** Title and sentence for a status, shared with the root's document-level boundary. */
export function errorWording(status: number): { title: string; text: string } {
  if (status === 404)
    return { title: "We could not find that page", text: "The page may have moved, or it may be private. If you followed a link, it might be out of date." };
  if (status === 403)
    return {
      title: "This is not available to you",
      text: "You do not have access to this. If you think you should, please contact the network's administrators.",
    };
  if (status === 503)
    return {
      title: "We are taking a short break",
      text: "The site cannot reach its records just now. Nothing you typed was saved; please try again in a minute.",
    };
  return { title: "Something went wrong", text: "Sorry — this is on our side, not yours. Please try again in a moment." };
}

/** What a caught error says to people: its status, whether it is the unconfirmed-email notice, and its words. */
export function describeRouteError(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const data = isRouteErrorResponse(error) && error.data && typeof error.data === "object" ? (error.data as { reason?: unknown; message?: unknown }) : null;
  const unconfirmed = status === 403 && data?.reason === "unconfirmed-email";
  const wording = errorWording(status);
  const ownMessage = status < 500 && typeof data?.message === "string" && !GENERIC_MESSAGES.has(data.message) ? data.message : null;
  return { status, unconfirmed, title: wording.title, text: ownMessage ?? wording.text };
}

export function RouteErrorBoundary() {
  const { unconfirmed, title, text } = describeRouteError(useRouteError());
  if (unconfirmed)
    return (
      <div className="page narrow">
        <ConfirmEmailNotice asPage />
      </div>
    );
  return (
    <div className="page narrow" role="alert">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">Go to the home page</Link> or <Link to="/support">find support lines</Link>.
      </p>
    </div>
  );
}
