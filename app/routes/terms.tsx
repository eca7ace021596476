import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [
  { title: "Terms of use · Restorative Network" },
  { name: "description", content: "The few promises we ask of members of Restorative Network, and the ones we make in return." },
];

export default function Terms() {
  return (
    <div className="page narrow prose">
      <h1>Terms of use</h1>
      <p className="lead">
        Restorative Network is a place to heal and to learn after harm in healthcare. These terms are short, and they come down to care for each other and for
        the people who are not in the room.
      </p>

      <h2 id="what-we-ask">What we ask of you</h2>
      <ul>
        <li>
          <strong>Keep circles confidential.</strong> What is shared in a circle stays in it. Do not copy, screenshot or pass it on, and follow each circle's
          ground rules.
        </li>
        <li>
          <strong>Protect patients and colleagues who are not here.</strong> Leave out names, dates, places and details that could identify anyone. The
          de-identifier helps with case learnings, but you remain responsible for what you write.
        </li>
        <li>
          <strong>Be kind, even in disagreement.</strong> No harassment, threats, discrimination or attempts to find out who is behind a pseudonym.
        </li>
        <li>
          <strong>Be honest about yourself.</strong> Facilitators describe their training and experience truthfully; organisations make genuine requests.
        </li>
        <li>
          <strong>One person, one account,</strong> and keep your password to yourself.
        </li>
      </ul>

      <h2 id="what-we-promise">What we promise</h2>
      <ul>
        <li>
          We keep circles confidential and pseudonyms sealed, as our <Link to="/privacy">privacy page</Link> describes.
        </li>
        <li>Moderation decisions come with a reason, and you can appeal them to a different moderator.</li>
        <li>
          You can download your data or delete your account at any time, from <Link to="/account">your account</Link>.
        </li>
      </ul>

      <h2 id="not-a-crisis-service">This is not a crisis or clinical service</h2>
      <p>
        Peer support and restorative conversations are not therapy, medical or legal advice. Facilitators and peer supporters may notice when someone is
        struggling and reach out, but nobody watches the site around the clock. If you or someone else is in danger, call your local emergency number, or{" "}
        <Link to="/support">find a support line</Link>.
      </p>

      <h2 id="moderation">When things go wrong</h2>
      <p>
        Moderators may hold, hide or remove posts, mute or remove members from a circle, or suspend an account when these terms are broken or someone is at
        risk. You will be told what was decided and why, except where telling would put someone in danger.
      </p>

      <h2 id="content">What you write</h2>
      <p>
        Your words remain yours. By posting you let the network show them to the people who may see them, as described on the privacy page. Published case
        learnings are shared to help others learn; you can withdraw one you wrote.
      </p>
    </div>
  );
}
