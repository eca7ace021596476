import { Form, Link } from "@remix-run/react";
import { TextArea } from "~/components/forms";

export type PostData = {
  id: string;
  isOpener: boolean;
  status: "visible" | "held" | "hidden" | "deleted";
  authorLabel: string;
  when: string;
  createdAt: string;
  edited: boolean;
  isMine: boolean;
  supportCount: number;
  supportedByMe: boolean;
  contentWarning: string | null;
  html: string | null;
  deletedBy: string | null;
  holdReason: string | null;
  deleteReason: string | null;
  quote: { id: string; authorLabel: string; excerpt: string } | null;
  revisions: Array<{ html: string; reason: string | null; when: string }>;
};

type Abilities = { canPost: boolean; isMember: boolean; mayModerate: boolean; slug: string; here: string };
/** A removal that failed validation: the form stays open with the typed reason and the message next to it. */
export type RemovalAttempt = { postId: string; reason: string; error: string };

/** Server-sanitised HTML only: `html` comes from renderMarkdown (marked, then sanitize-html). */
function Body({ html }: { html: string }) {
  return <div className="prose post-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function PostView({ post, can, removal = null }: { post: PostData; can: Abilities; removal?: RemovalAttempt | null }) {
  const headingId = `post-${post.id}-author`;
  return (
    <article id={`post-${post.id}`} className={`post post-${post.status}`} aria-labelledby={headingId}>
      <header className="post-header">
        <h3 id={headingId}>{post.authorLabel}</h3>
        <p className="muted small">
          <time dateTime={post.createdAt}>{post.when}</time>
          {post.edited ? " · edited" : ""}
          {post.isOpener ? " · started the thread" : ""}
        </p>
      </header>
      {post.status === "deleted" ? (
        <p className="muted removed-post">
          {`This post was removed by ${post.deletedBy}.`}
          {post.deleteReason ? ` Reason (moderators only): ${post.deleteReason}` : ""}
        </p>
      ) : (
        <>
          {post.status === "held" || post.status === "hidden" ? (
            <p className="notice held-note">
              {post.isMine
                ? "Only you and the facilitators can see this post for now. It is waiting for a facilitator to read it; thank you for your patience."
                : `Not shown to members: ${post.status === "held" ? "waiting for review" : "hidden"}${post.holdReason ? ` (${post.holdReason})` : ""}.`}
            </p>
          ) : null}
          {post.quote ? (
            <blockquote className="post-quote">
              <p className="small">
                <a href={`#post-${post.quote.id}`}>{post.quote.authorLabel} wrote</a>:
              </p>
              <p>{post.quote.excerpt}</p>
            </blockquote>
          ) : null}
          {post.contentWarning ? (
            <details className="content-warning">
              <summary>Content warning: {post.contentWarning}. Open to read.</summary>
              <Body html={post.html ?? ""} />
            </details>
          ) : (
            <Body html={post.html ?? ""} />
          )}
        </>
      )}
      {post.status !== "deleted" ? <PostActions post={post} can={can} removal={removal} /> : null}
      {can.mayModerate && post.revisions.length ? (
        <details className="revisions">
          <summary>{`Edit history (${post.revisions.length} earlier ${post.revisions.length === 1 ? "version" : "versions"}, moderators only)`}</summary>
          <ol>
            {post.revisions.map((r, i) => (
              <li key={i}>
                <p className="muted small">
                  Until {r.when}
                  {r.reason ? ` · moderator's reason: ${r.reason}` : ""}
                </p>
                <Body html={r.html} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </article>
  );
}

function PostActions({ post, can, removal }: { post: PostData; can: Abilities; removal: RemovalAttempt | null }) {
  const quoteHref = `${can.here.includes("?") ? `${can.here}&` : `${can.here}?`}quote=${post.id}#reply`;
  return (
    <div className="post-actions">
      {post.status === "visible" && can.isMember ? (
        <Form method="post" className="inline">
          <input type="hidden" name="intent" value="support" />
          <input type="hidden" name="postId" value={post.id} />
          <input type="hidden" name="redirectTo" value={can.here} />
          <button type="submit" className="secondary small" aria-pressed={post.supportedByMe}>
            {post.supportedByMe ? "You support this " : "Support "}
            <span className="support-count">{`(${post.supportCount})`}</span>
          </button>
        </Form>
      ) : post.supportCount ? (
        <span className="muted small">{`${post.supportCount} support`}</span>
      ) : null}
      {post.status === "visible" && can.canPost ? (
        <Link to={quoteHref} className="small">
          Quote in a reply
        </Link>
      ) : null}
      {post.isMine && can.canPost ? (
        <Link to={`/circles/${can.slug}/posts/${post.id}/edit`} className="small">
          Edit
        </Link>
      ) : null}
      {post.status === "visible" && can.isMember && !post.isMine ? (
        <Link to={`/flags?postId=${post.id}`} className="small">
          Flag for a moderator<span className="visually-hidden"> (the author never sees who flagged)</span>
        </Link>
      ) : null}
      {can.mayModerate && post.status === "held" ? (
        <Form method="post" className="inline">
          <input type="hidden" name="intent" value="approve" />
          <input type="hidden" name="postId" value={post.id} />
          <input type="hidden" name="redirectTo" value={can.here} />
          <button type="submit" className="small">
            Approve this post
          </button>
        </Form>
      ) : null}
      {post.isMine || can.mayModerate ? (
        <details className="delete-post" open={removal ? true : undefined}>
          <summary className="small">Remove this post</summary>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="postId" value={post.id} />
            <input type="hidden" name="redirectTo" value={can.here} />
            <TextArea
              label="Why are you removing it?"
              name="reason"
              rows={2}
              defaultValue={removal?.reason}
              error={removal?.error}
              hint={
                post.isMine
                  ? "Only moderators see the reason. Members will see that you removed it."
                  : "Recorded in the audit log. Members will see that a moderator removed it."
              }
            />
            <button type="submit" className="danger small">
              Remove the post
            </button>
          </Form>
        </details>
      ) : null}
    </div>
  );
}
