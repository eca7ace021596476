import { formInvalid } from "~/utils/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePoster } from "~/circles/guards.server";
import { editOwnPost, ownEditablePost, threadHref } from "~/circles/posts.server";
import { EditPostSchema } from "~/circles/schema.server";
import { MarkdownHint } from "~/circles/ui";
import { Field, FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { notFound, requiredParam } from "~/utils/guards.server";
import { formValues, parseForm } from "~/utils/forms";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Edit your post · Restorative Network", "Edit your post in a circle; the earlier version is kept for moderators."),
];

async function ownPost(request: Request, context: LoaderFunctionArgs["context"], slug: string, postId: string) {
  const { user, ctx } = await requirePoster(request, context, slug);
  const post = (await ownEditablePost(ctx, postId)) ?? notFound();
  return { user, ctx, post };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { ctx, post } = await ownPost(request, context, requiredParam(params, "slug"), requiredParam(params, "postId"));
  return json({ slug: ctx.circle.slug, threadId: post.threadId, body: post.body, contentWarning: post.contentWarning ?? "" });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, ctx, post } = await ownPost(request, context, requiredParam(params, "slug"), requiredParam(params, "postId"));
  const values = formValues(await request.formData());
  const parsed = parseForm(EditPostSchema, values);
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  const result = await editOwnPost({ actor: user, ctx, postId: post.id, input: parsed.data });
  if (!result.ok) return formInvalid({ errors: result.errors, values });
  return redirect(`${threadHref(ctx.circle.slug, post.threadId)}#post-${post.id}`);
}

export default function EditPost() {
  const d = useLoaderData<typeof loader>();
  const { errors, values: typed } = useFormReply();
  const v = typed ?? d;
  return (
    <div className="page narrow">
      <p>
        <Link to={`/circles/${d.slug}/threads/${d.threadId}`}>← Back to the thread</Link>
      </p>
      <h1>Edit your post</h1>
      <Visibility>
        the edited post is seen by the same members as before. The earlier version is kept in the post's history, which only the circle's facilitators and site
        moderators can see.
      </Visibility>
      <Form method="post" noValidate className="stack">
        <FormMessage error={errors.form} />
        <TextArea label="Your post" name="body" rows={10} defaultValue={v.body} error={errors.body} hint={<MarkdownHint />} />
        <Field label="Content warning (optional)" name="contentWarning" defaultValue={v.contentWarning} error={errors.contentWarning} />
        <button type="submit">Save the changes</button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
