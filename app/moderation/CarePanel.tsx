import { Form, Link } from "@remix-run/react";
import { SupportLineList } from "~/support/SupportLines";
import type { SupportLine } from "~/support/lines";

export type CarePanelProps = {
  lines: SupportLine[];
  circleId: string;
  postId: string;
  /** Where closing the note returns to (a path on this site). */
  returnTo: string;
  peerRequestedAt?: string | null;
  pickedUp?: boolean;
};

/**
 * Shown only to the author of a post that expressed distress, on the thread, until they close it. It says
 * plainly who sees what: the post is in the circle as usual; this note is the author's alone. /support
 * describes the same panel, so the two must change together.
 */
export function CarePanel({ lines, circleId, postId, returnTo, peerRequestedAt = null, pickedUp = false }: CarePanelProps) {
  return (
    <section className="notice care" aria-labelledby="care-heading" id="care-note">
      <h2 id="care-heading">We are glad you wrote this</h2>
      <p>What you wrote sounds heavy to carry, and you do not have to carry it alone.</p>
      <p>
        <strong>Only you can see this note.</strong> Your post itself is in the circle as usual, where its members can read it. This circle's facilitators and
        the site's peer supporters have been told that someone here may need support; those messages never include your words.
      </p>
      {peerRequestedAt ? (
        <p role="status">
          You have asked for a peer supporter.{" "}
          {pickedUp
            ? "Someone has picked it up: your notifications say how to reach them."
            : "When someone picks it up, you will get a private note in your notifications with how to reach them."}
        </p>
      ) : (
        <Form method="post" action="/care/request-peer">
          <input type="hidden" name="circleId" value={circleId} />
          <input type="hidden" name="postId" value={postId} />
          <p>If you would like, a trained peer supporter can reach out to you privately.</p>
          <button type="submit">Ask for a peer supporter</button>
        </Form>
      )}
      <p>If you are in danger or thinking of ending your life, please contact one of these now:</p>
      <SupportLineList lines={lines} headingLevel={3} />
      <p>
        <Link to="/support">All support lines by country</Link>
      </p>
      <Form method="post" action="/care/close-note">
        <input type="hidden" name="circleId" value={circleId} />
        <input type="hidden" name="postId" value={postId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <p className="hint">This note stays here, on this thread, until you close it.</p>
        <button type="submit" className="secondary small">
          Close this note
        </button>
      </Form>
    </section>
  );
}
