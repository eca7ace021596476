import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { Visibility } from "~/components/page";
import { flagPost, getPostToFlag } from "~/moderation/flags.server";
import { FlagSchema } from "~/moderation/schema.server";
import { FLAG_REASON_LABELS } from "~/moderation/labels";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/guards.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Flag a post · Restorative Network", "Flag a circle post that breaks the ground rules, for the circle's facilitators to review."),
];

/** GET /flags?postId=…: the flag form, which works without JavaScript. POST /flags: files the flag. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const postId = new URL(request.url).searchParams.get("postId");
  // After a POST to /flags the page reloads without ?postId; the action then supplies the post.
  if (!postId) return json({ post: null });
  const post = await getPostToFlag(user, postId);
  if (!post) notFound("That post cannot be flagged: it may be your own, already waiting for review, or not in a circle you read.");
  return json({ post });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const values = formValues(await request.formData());
  const parsed = parseForm(FlagSchema, values);
  const post = await getPostToFlag(user, values.postId ?? "");
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values, post });
  const outcome = await flagPost(user, parsed.data);
  if (!outcome.ok) return formInvalid({ errors: { form: outcome.message }, values, post }, outcome.status);
  return redirect(outcome.href);
}

export default function FlagPost() {
  const loaded = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormReply();
  const reason = values?.reason;
  const post = loaded.post ?? data?.post;
  if (!post) {
    return (
      <div className="page narrow">
        <h1>Flag a post</h1>
        <FormMessage error={errors.form} />
        <p>To flag a post, use the “Flag” link under it in its thread.</p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <p>
        <Link to={post.backHref}>← Back to the thread</Link>
      </p>
      <h1>Flag a post</h1>
      <p className="lead">Thank you for looking out for this circle. A facilitator will read the post and decide what to do.</p>
      <Visibility>the circle's facilitators and the site's moderators see your flag and your note. The author is never told who flagged their post.</Visibility>
      <section className="card" aria-labelledby="flag-post-heading">
        <h2 id="flag-post-heading">{post.threadTitle}</h2>
        <p className="muted small">
          Posted as {post.authorLabel} in {post.circleName}
        </p>
        <div className="prose" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      </section>
      <Form method="post" action={`/flags?postId=${post.id}`} className="stack">
        <FormMessage error={errors.form} />
        <input type="hidden" name="postId" value={post.id} />
        <fieldset className={`field${errors.reason ? " has-error" : ""}`}>
          <legend>What is wrong?</legend>
          {Object.entries(FLAG_REASON_LABELS).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input type="radio" name="reason" value={value} defaultChecked={reason === value} /> {label}
            </label>
          ))}
          {errors.reason ? <p className="field-error">{errors.reason}</p> : null}
        </fieldset>
        <TextArea label="Note for the facilitators (needed for “Something else”)" name="note" rows={3} defaultValue={values?.note} error={errors.note} />
        <button type="submit">Flag this post</button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
