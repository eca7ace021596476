import { formInvalid } from "~/utils/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePoster, requireReader } from "~/circles/guards.server";
import { approvePostInThread } from "~/circles/moderation.server";
import { deletePost, postReply, setFollow, threadHref, toggleSupport } from "~/circles/posts.server";
import { PostView, type PostData, type RemovalAttempt } from "~/circles/PostView";
import { DeletePostSchema, ReplySchema } from "~/circles/schema.server";
import { decodeCursor, getThread, getThreadPage, quotablePost } from "~/circles/threads.server";
import { formatPostTime } from "~/circles/time";
import { CircleNav, MarkdownHint, ModeratingBanner } from "~/circles/ui";
import { FlaggedNote } from "~/circles/FlaggedNote";
import { FormToken } from "~/components/form-token";
import { Field, FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { CarePanel } from "~/moderation/CarePanel";
import { carePanelForThread } from "~/moderation/care-panel.server";
import { supportLinesFor } from "~/support/lines";
import { now } from "~/utils/clock.server";
import { AlreadySubmitted, formKey, newFormToken } from "~/utils/form-token.server";
import { formValues, parseForm, type FieldErrors, type FormValues } from "~/utils/forms";
import { isId } from "~/utils/ids.server";
import { forbidden, notFound, requiredParam } from "~/utils/guards.server";
import { canPostInCircle, isMuted } from "~/utils/policy.server";
import { safeRedirect } from "~/utils/safe-redirect.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `${data?.thread.title ?? "Thread"} · Restorative Network`,
    `A confidential thread in a peer-support circle: ${data?.thread.title ?? "posts and replies"}.`,
  ),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const threadId = requiredParam(params, "threadId");
  const { user, ctx, viewer } = await requireReader(request, context, requiredParam(params, "slug"), { targetType: "circle_thread", targetId: threadId });
  const thread = (await getThread(ctx, viewer, threadId)) ?? notFound("We could not find that thread.");
  const url = new URL(request.url);
  const page = await getThreadPage(
    viewer,
    thread.id,
    {
      after: decodeCursor(url.searchParams.get("after")),
      before: decodeCursor(url.searchParams.get("before")),
      last: url.searchParams.get("last") === "1",
    },
    user.id,
  );
  const at = now();
  const canPost = viewer.mode === "member" && canPostInCircle(user, ctx.facts, at);
  const quoteId = url.searchParams.get("quote");
  const tz = user.timeZone;
  // The author's private care note stays on the thread until they close it.
  const care = viewer.mode === "member" ? await carePanelForThread(user.id, thread.id) : null;
  return json({
    care: care ? { ...care, lines: supportLinesFor(user.country ?? undefined) } : null,
    slug: ctx.circle.slug,
    circleName: ctx.circle.name,
    thread: { id: thread.id, title: thread.openerStatus === "deleted" ? "A removed thread" : thread.title },
    mode: viewer.mode,
    mayModerate: viewer.mayModerate,
    isMember: viewer.mode === "member",
    canPost,
    muted: viewer.mode === "member" && isMuted(ctx.facts, at),
    following: page.following,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    here: url.pathname + url.search,
    formToken: newFormToken(),
    quote: canPost && quoteId ? await quotablePost(ctx, viewer, thread.id, quoteId) : null,
    posts: page.posts.map((p): PostData => ({
      ...p,
      when: formatPostTime(new Date(p.createdAt), tz),
      revisions: p.revisions.map((r) => ({ html: r.html, reason: r.reason, when: formatPostTime(new Date(r.createdAt), tz) })),
    })),
  });
}

/** Back to the page the person was on, but only ever within this thread. */
function backTo(form: FormData, slug: string, threadId: string) {
  const base = threadHref(slug, threadId);
  return safeRedirect(form.get("redirectTo"), base, { within: base });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const slug = requiredParam(params, "slug");
  const threadId = requiredParam(params, "threadId");
  const form = await request.formData();
  const values = formValues(form);
  const intent = values.intent;
  if (intent === "reply") {
    const { user, ctx } = await requirePoster(request, context, slug);
    if (!(await getThread(ctx, { membershipId: ctx.membership!.id, mayModerate: false }, threadId))) notFound();
    const parsed = parseForm(ReplySchema, values);
    if (!parsed.ok) return formInvalid({ errors: parsed.errors, values, saved: null });
    const result = await postReply({ actor: user, ctx, threadId, input: parsed.data, formKey: formKey(form, user.id, "circle.reply") });
    if (result instanceof AlreadySubmitted)
      return redirect(`${threadHref(ctx.circle.slug, threadId)}?last=1${result.resultId ? `#post-${result.resultId}` : ""}`);
    if (!result.ok) return formInvalid({ errors: result.errors, values, saved: null });
    // A reply in distress is published like any other; the care note appears from the loader.
    if (!result.heldMessage) return redirect(`${threadHref(ctx.circle.slug, threadId)}?last=1#${result.distress ? "care-note" : `post-${result.postId}`}`);
    return json({ errors: {} as FieldErrors, values: {} as FormValues, saved: { postId: result.postId, heldMessage: result.heldMessage } });
  }
  const { user, ctx, viewer } = await requireReader(request, context, slug, { targetType: "circle_thread", targetId: threadId });
  if (!(await getThread(ctx, viewer, threadId))) notFound();
  const back = backTo(form, ctx.circle.slug, threadId);
  const postId = isId(values.postId) ? values.postId : "";
  if (intent === "follow" || intent === "unfollow") {
    if (viewer.mode !== "member") forbidden();
    await setFollow({ actor: user, ctx, threadId, follow: intent === "follow" });
    return redirect(back);
  }
  if (intent === "support") {
    if (viewer.mode !== "member") forbidden();
    await toggleSupport({ actor: user, ctx, postId });
    return redirect(`${back}#post-${postId}`);
  }
  if (intent === "approve") {
    if (!(await approvePostInThread({ actor: user, circleId: ctx.circle.id, viewer, threadId, postId }))) forbidden();
    return redirect(`${back}#post-${postId}`);
  }
  if (intent === "delete") {
    const parsed = parseForm(DeletePostSchema, values);
    if (!parsed.ok) {
      // The error belongs next to the reason field of the post being removed, with what was typed kept.
      const removal = { postId, reason: values.reason ?? "", error: parsed.errors.reason ?? "Give a short reason." };
      return json({ errors: {} as FieldErrors, values: {} as FormValues, saved: null, removal }, { status: 400 });
    }
    if (!(await deletePost({ actor: user, ctx, viewer, postId: parsed.data.postId, reason: parsed.data.reason }))) forbidden();
    return redirect(`${back}#post-${postId}`);
  }
  return notFound();
}

export default function Thread() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values: typed } = useFormReply();
  const v = typed ?? {};
  const removal = data && "removal" in data ? (data.removal as RemovalAttempt) : null;
  const moderating = d.mode === "moderating";
  const q = moderating ? "&view=moderating" : "";
  return (
    <div className="page narrow">
      <p>
        <Link to={`/circles/${d.slug}${moderating ? "?view=moderating" : ""}`}>← {d.circleName}</Link>
      </p>
      <h1>{d.thread.title}</h1>
      {moderating ? <ModeratingBanner /> : null}
      <Visibility>
        this thread is seen only by members of {d.circleName} who accepted its ground rules, and by site moderators to keep it safe. It never appears in search,
        feeds or emails.
      </Visibility>
      <CircleNav slug={d.slug} moderating={moderating} showMembers />
      <FlaggedNote />
      <FormMessage error={errors.form} />
      {data?.saved?.heldMessage ? (
        <p className="notice" role="status">
          {data.saved.heldMessage}
        </p>
      ) : null}
      {d.care ? (
        <CarePanel
          lines={d.care.lines}
          circleId={d.care.circleId}
          postId={d.care.postId}
          peerRequestedAt={d.care.peerRequestedAt}
          pickedUp={d.care.pickedUp}
          returnTo={`/circles/${d.slug}/threads/${d.thread.id}`}
        />
      ) : null}
      {d.isMember ? (
        <Form method="post" className="follow">
          <input type="hidden" name="intent" value={d.following ? "unfollow" : "follow"} />
          <input type="hidden" name="redirectTo" value={d.here} />
          <button type="submit" className="secondary small">
            {d.following ? "Stop following this thread" : "Follow this thread"}
          </button>
          <span className="muted small">
            {" "}
            {d.following ? "You will be told when someone replies (never what they wrote)." : "Get a notification when someone replies."}
          </span>
        </Form>
      ) : null}
      <h2 className="visually-hidden">Posts</h2>
      <Pager d={d} q={q} where="top" />
      {d.posts.map((p) => (
        <PostView
          key={p.id}
          post={p}
          can={{ canPost: d.canPost, isMember: d.isMember, mayModerate: d.mayModerate, slug: d.slug, here: d.here }}
          removal={removal?.postId === p.id ? removal : null}
        />
      ))}
      <Pager d={d} q={q} where="bottom" />
      {d.muted ? <p className="notice">A facilitator has paused your posting in this circle for a while. You can still read.</p> : null}
      {d.canPost ? (
        <section aria-labelledby="reply-heading" id="reply">
          <h2 id="reply-heading">Reply</h2>
          {/* A new token after each post remounts the form, so the box is empty once the reply is saved. */}
          <Form method="post" noValidate className="stack" key={d.formToken}>
            <input type="hidden" name="intent" value="reply" />
            <FormToken token={d.formToken} />
            {d.quote ? (
              <>
                <input type="hidden" name="quoteOf" value={d.quote.id} />
                <blockquote className="post-quote">
                  <p className="small">Quoting {d.quote.authorLabel}:</p>
                  <p>{d.quote.excerpt}</p>
                </blockquote>
              </>
            ) : null}
            <TextArea label="Your reply" name="body" rows={6} defaultValue={v.body} error={errors.body} hint={<MarkdownHint />} />
            <Field label="Content warning (optional)" name="contentWarning" defaultValue={v.contentWarning} error={errors.contentWarning} />
            <button type="submit">Post the reply</button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

function Pager({
  d,
  q,
  where,
}: {
  where: "top" | "bottom";
  d: { previousCursor: string | null; nextCursor: string | null; slug: string; thread: { id: string } };
  q: string;
}) {
  if (!d.previousCursor && !d.nextCursor) return null;
  const base = `/circles/${d.slug}/threads/${d.thread.id}`;
  return (
    <nav className="pagination" aria-label={`Pages of this thread (${where})`}>
      {d.previousCursor ? <Link to={`${base}?before=${d.previousCursor}${q}`}>← Earlier posts</Link> : null}
      {d.previousCursor ? <Link to={`${base}${q ? `?${q.slice(1)}` : ""}`}>First page</Link> : null}
      {d.nextCursor ? <Link to={`${base}?after=${d.nextCursor}${q}`}>Later posts →</Link> : null}
      {d.nextCursor ? <Link to={`${base}?last=1${q}`}>Latest</Link> : null}
    </nav>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
