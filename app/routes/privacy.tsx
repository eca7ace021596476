import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { DELETION_GRACE_DAYS } from "~/accounts/deletion-policy";

export const meta: MetaFunction = () => [
  { title: "Privacy · Restorative Network" },
  { name: "description", content: "What Restorative Network stores about you, who can see it, how long it is kept, and how to download or delete it." },
];

export default function Privacy() {
  return (
    <div className="page narrow prose">
      <h1>Privacy: what we keep and who sees it</h1>
      <p className="lead">
        People come here after something painful. We keep as little as we can, we say plainly who can read what, and you can take your data with you or delete
        it whenever you wish.
      </p>

      <h2 id="what-we-store">What we store</h2>
      <ul>
        <li>
          <strong>Your account:</strong> your email address, the display name you choose, your country (if you give it), your time zone, your email settings,
          and your password as a one-way hash (we cannot read it).
        </li>
        <li>
          <strong>Signing in:</strong> a random token in a cookie. We keep only a fingerprint (SHA-256) of it, for at most 30 days. There are no advertising or
          tracking cookies, and no analytics service.
        </li>
        <li>
          <strong>What you write:</strong> your posts and replies in circles (with earlier versions when you edit), case learnings you draft, reflections, flags
          you raise, appeals, requests you send to facilitators, and your facilitator profile if you have one.
        </li>
        <li>
          <strong>Notifications</strong> we show you, such as “someone replied in a thread you follow”. They are written by the platform and never contain what
          anyone wrote.
        </li>
        <li>
          <strong>An activity record</strong> (the audit log) of actions such as joining a circle, publishing or a moderation decision. It holds ids and
          reasons, never the text of posts. It cannot be edited, so that decisions stay accountable.
        </li>
      </ul>

      <h2 id="who-sees-what">Who can see what</h2>
      <ul>
        <li>
          <strong>Circles are confidential.</strong> Posts, thread titles and member names are seen only by members of that circle who have accepted its ground
          rules, by its facilitators, and by the site's moderators when they need to keep the circle safe. Circle content is never in search, feeds or emails,
          and never in our logs.
        </li>
        <li>
          <strong>Pseudonyms are sealed.</strong> In a circle you may appear under a pseudonym. Nobody can see which account is behind it, including in the
          activity record. The only way is a formal reveal for safety reasons, which needs two different moderators to agree and is itself recorded.
        </li>
        <li>
          <strong>New members' first posts</strong> in a circle are read by a facilitator before others see them.
        </li>
        <li>
          <strong>Care:</strong> when a circle post sounds like someone is in distress, it is shown privately to the circle's facilitators and the network's
          trained peer supporters, so someone can reach out. Posts are also checked automatically for words a circle has asked to watch, and for things that
          could identify a patient.
        </li>
        <li>
          <strong>Case learnings</strong> are checked by a built-in de-identifier and read by two reviewers before anything is published. Drafts are seen only
          by their author and the reviewers. Once published, a learning is shown to everyone or only to signed-in members, as its author chose, without the
          author's name.
        </li>
        <li>
          <strong>The facilitator directory and the resource library</strong> are public. A facilitator's contact details are shared only with someone whose
          request they accept.
        </li>
        <li>
          <strong>Your email address</strong> is never shown to other members. Administrators can see it, along with your country and settings, to run the
          network.
        </li>
      </ul>

      <h2 id="emails">Emails</h2>
      <p>
        We email you to confirm your address, to reset a password, about requests and invitations, and (only if you turn it on) about your notifications. Emails
        say that something happened and link to it; they never contain what anyone wrote. Without an email server configured, messages stay on the server
        itself.
      </p>

      <h2 id="how-long">How long we keep things</h2>
      <ul>
        <li>Signed-in sessions end after 14 days without use, and after 30 days at most.</li>
        <li>
          One-time email links stop working after use or expiry, and are deleted a week later. Sign-in attempt counters are deleted a day after they stop
          counting.
        </li>
        <li>What you write stays until you delete it or delete your account.</li>
        <li>The activity record is kept for as long as the network runs, without content, so that moderation stays accountable.</li>
      </ul>

      <h2 id="your-rights">Your choices and rights</h2>
      <ul>
        <li>
          <strong>See and take your data.</strong> <Link to="/account/export">Download everything we hold about you</Link> as a file, at any time.
        </li>
        <li>
          <strong>Correct it.</strong> Change your name, country, time zone and email settings in <Link to="/account">your account</Link>; edit or delete your
          own posts.
        </li>
        <li>
          <strong>Delete your account.</strong> <Link to="/account/delete">Ask for deletion</Link>. You are signed out everywhere, and after a grace period of{" "}
          {DELETION_GRACE_DAYS} days (in case you change your mind) your email, name, country, settings, pseudonyms, notifications and private records are
          erased, along with the record of emails we sent you. You choose whether your circle posts stay under “Former member”, so conversations still make
          sense, or are removed. Contact requests you sent that nobody has answered are withdrawn; answered ones stay with the facilitator, as their record,
          without your message.
        </li>
        <li>
          <strong>Ask a question or complain.</strong> Write to the network's administrators. You can also contact the data protection authority where you live.
        </li>
      </ul>
      <p>
        See also our <Link to="/terms">terms of use</Link>.
      </p>
    </div>
  );
}
