import { formInvalid } from "~/utils/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePoster } from "~/circles/guards.server";
import { startThread, threadHref } from "~/circles/posts.server";
import { ThreadSchema } from "~/circles/schema.server";
import { MarkdownHint } from "~/circles/ui";
import { FormToken } from "~/components/form-token";
import { Field, FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { CarePanel } from "~/moderation/CarePanel";
import { supportLinesFor } from "~/support/lines";
import { AlreadySubmitted, formKey, newFormToken } from "~/utils/form-token.server";
import { formValues, parseForm, type FieldErrors, type FormValues } from "~/utils/forms";
import { requiredParam } from "~/utils/guards.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Start a thread · Restorative Network", "Start a new thread in a confidential circle.")];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePoster(request, context, requiredParam(params, "slug"));
  const m = ctx.membership!;
  return json({ slug: ctx.circle.slug, name: ctx.circle.name, appearsAs: m.identity === "pseudonym" ? m.pseudonym : null, formToken: newFormToken() });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePoster(request, context, requiredParam(params, "slug"));
  const values = formValues(await request.formData());
  const parsed = parseForm(ThreadSchema, values);
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values, saved: null });
  const result = await startThread({ actor: user, ctx, input: parsed.data, formKey: formKey(values, user.id, "circle.thread") });
  if (result instanceof AlreadySubmitted) return redirect(result.resultId ? threadHref(ctx.circle.slug, result.resultId) : `/circles/${ctx.circle.slug}`);
  if (!result.ok) return formInvalid({ errors: result.errors, values, saved: null });
  // A thread in distress is published like any other; its care note waits for the author on the thread.
  if (!result.heldMessage) return redirect(`${threadHref(ctx.circle.slug, result.threadId)}${result.distress ? "#care-note" : ""}`);
  return json({
    errors: {} as FieldErrors,
    values: {} as FormValues,
    saved: {
      threadId: result.threadId,
      postId: result.postId,
      heldMessage: result.heldMessage,
      care: result.distress ? { circleId: ctx.circle.id, lines: supportLinesFor(user.country ?? undefined) } : null,
    },
  });
}

export default function NewThread() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values: typed } = useFormReply();
  const v = typed ?? {};
  if (data?.saved) {
    return (
      <div className="page narrow">
        <h1>Your thread is saved</h1>
        {data.saved.heldMessage ? <p className="notice">{data.saved.heldMessage}</p> : null}
        {data.saved.care ? (
          <CarePanel
            lines={data.saved.care.lines}
            circleId={data.saved.care.circleId}
            postId={data.saved.postId}
            returnTo={`/circles/${d.slug}/threads/${data.saved.threadId}`}
          />
        ) : null}
        <p>
          <Link to={`/circles/${d.slug}/threads/${data.saved.threadId}`}>Go to your thread</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <p>
        <Link to={`/circles/${d.slug}`}>← {d.name}</Link>
      </p>
      <h1>Start a thread</h1>
      <Visibility>
        the title and your post are seen only by members of this circle who accepted its ground rules
        {d.appearsAs ? `, under your pseudonym ${d.appearsAs}` : ""}. Site moderators may read them to keep the circle safe. They never appear in search, feeds
        or emails.
      </Visibility>
      <Form method="post" noValidate className="stack">
        <FormToken token={d.formToken} />
        <FormMessage error={errors.form} />
        <Field label="Title" name="title" required defaultValue={v.title} error={errors.title} maxLength={140} />
        <TextArea label="Your post" name="body" rows={10} required defaultValue={v.body} error={errors.body} hint={<MarkdownHint />} />
        <Field
          label="Content warning (optional)"
          name="contentWarning"
          defaultValue={v.contentWarning}
          error={errors.contentWarning}
          hint="For example “death of a baby”. Readers will see only this until they choose to open your post."
        />
        <button type="submit">Post the thread</button>
      </Form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
