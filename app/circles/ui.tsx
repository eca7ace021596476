import { Form, Link, NavLink } from "@remix-run/react";
import { Field } from "~/components/forms";
import { SupportLineList } from "~/support/SupportLines";
import type { SupportLine } from "~/support/lines";

export const KIND_LABELS = { open: "Open: join at once", request: "Request to join", invite: "Invitation only" } as const;
export const KIND_SHORT = { open: "Open", request: "Request to join", invite: "Invitation only" } as const;

/** The circle's sections. In the moderating view every link keeps the marker. */
export function CircleNav({ slug, moderating, showMembers }: { slug: string; moderating: boolean; showMembers: boolean }) {
  const q = moderating ? "?view=moderating" : "";
  return (
    <nav aria-label="This circle">
      <ul className="tabs">
        <li><NavLink end to={`/circles/${slug}${q}`}>Conversation</NavLink></li>
        <li><NavLink to={`/circles/${slug}/rules${q}`}>Ground rules</NavLink></li>
        {showMembers ? <li><NavLink to={`/circles/${slug}/members${q}`}>Members</NavLink></li> : null}
      </ul>
    </nav>
  );
}

export function ModeratingBanner() {
  return (
    <div className="notice moderating" role="note">
      <strong>Moderating view.</strong> You are reading this circle as a site moderator, to keep it safe. Each page you open here is
      recorded in the audit log. Members see only their pseudonyms or chosen names; so do you.
    </div>
  );
}

/** How a member appears: their display name, or a pseudonym unique in this circle. */
export function IdentityFields({ displayName, values, errors }: { displayName: string; values?: Record<string, string>; errors: Record<string, string> }) {
  const identity = values?.identity ?? "display_name";
  return (
    <fieldset className="field identity-choice">
      <legend>How would you like to appear in this circle?</legend>
      <p className="hint">Other members, facilitators included, see only the name you choose here. With a pseudonym, your account is sealed: no one in the circle can link it to you.</p>
      <label className="checkbox"><input type="radio" name="identity" value="display_name" defaultChecked={identity !== "pseudonym"} /> Under my display name ({displayName})</label>
      <label className="checkbox"><input type="radio" name="identity" value="pseudonym" defaultChecked={identity === "pseudonym"} /> Under a pseudonym</label>
      {errors.identity ? <p className="field-error">{errors.identity}</p> : null}
      <Field label="Pseudonym (if you chose one)" name="pseudonym" defaultValue={values?.pseudonym} error={errors.pseudonym} hint="2 to 40 characters, unique in this circle. Avoid anything that could identify you." maxLength={40} />
    </fieldset>
  );
}

/** Shown only to the author of a post that expressed distress. Calm, private, with a way to ask for a person. */
export function CarePanel({ lines, circleId, postId }: { lines: SupportLine[]; circleId: string; postId: string }) {
  return (
    <section className="notice care" aria-labelledby="care-heading">
      <h2 id="care-heading">We are glad you wrote this</h2>
      <p>Your post is shared with the circle. What you wrote sounds heavy to carry, and you do not have to carry it alone.
        Only you can see this message. If you would like, a trained peer supporter can reach out to you privately.</p>
      <Form method="post" action="/care/request-peer">
        <input type="hidden" name="circleId" value={circleId} />
        <input type="hidden" name="postId" value={postId} />
        <button type="submit">Ask for a peer supporter</button>
      </Form>
      <p>If you are in danger or thinking of ending your life, please contact one of these now:</p>
      <SupportLineList lines={lines} headingLevel={3} />
      <p><Link to="/support">All support lines by country</Link></p>
    </section>
  );
}

export function MarkdownHint() {
  return <>You can use Markdown: *italic*, **bold**, &gt; quote, - lists. Do not name or describe patients, colleagues, workplaces, places or dates.</>;
}
