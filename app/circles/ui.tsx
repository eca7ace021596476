import { NavLink } from "@remix-run/react";
import { Field } from "~/components/forms";

export const KIND_LABELS = { open: "Open: join at once", request: "Request to join", invite: "Invitation only" } as const;
export const KIND_SHORT = { open: "Open", request: "Request to join", invite: "Invitation only" } as const;

/** The circle's sections. In the moderating view every link keeps the marker. */
export function CircleNav({ slug, moderating, showMembers }: { slug: string; moderating: boolean; showMembers: boolean }) {
  const q = moderating ? "?view=moderating" : "";
  return (
    <nav aria-label="This circle">
      <ul className="tabs">
        <li>
          <NavLink end to={`/circles/${slug}${q}`}>
            Conversation
          </NavLink>
        </li>
        <li>
          <NavLink to={`/circles/${slug}/rules${q}`}>Ground rules</NavLink>
        </li>
        {showMembers ? (
          <li>
            <NavLink to={`/circles/${slug}/members${q}`}>Members</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function ModeratingBanner() {
  return (
    <div className="notice moderating" role="note">
      <strong>Moderating view.</strong> You are reading this circle as a site moderator, to keep it safe. Each page you open here is recorded in the audit log.
      Members see only their pseudonyms or chosen names; so do you.
    </div>
  );
}

/** How a member appears: their display name, or a pseudonym unique in this circle. */
export function IdentityFields({ displayName, values, errors }: { displayName: string; values?: Record<string, string>; errors: Record<string, string> }) {
  const identity = values?.identity ?? "display_name";
  return (
    <fieldset className="field identity-choice">
      <legend>How would you like to appear in this circle?</legend>
      <p className="hint">
        Other members, facilitators included, see only the name you choose here. With a pseudonym, your account is sealed: no one in the circle can link it to
        you.
      </p>
      <label className="checkbox">
        <input type="radio" name="identity" value="display_name" defaultChecked={identity !== "pseudonym"} /> Under my display name ({displayName})
      </label>
      <label className="checkbox">
        <input type="radio" name="identity" value="pseudonym" defaultChecked={identity === "pseudonym"} /> Under a pseudonym
      </label>
      {errors.identity ? <p className="field-error">{errors.identity}</p> : null}
      <Field
        label="Pseudonym (if you chose one)"
        name="pseudonym"
        defaultValue={values?.pseudonym}
        error={errors.pseudonym}
        hint="2 to 40 characters, unique in this circle. Avoid anything that could identify you."
        maxLength={40}
      />
    </fieldset>
  );
}

export function MarkdownHint() {
  return <>You can use Markdown: *italic*, **bold**, &gt; quote, - lists. Do not name or describe patients, colleagues, workplaces, places or dates.</>;
}
