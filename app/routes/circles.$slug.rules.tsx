import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { acceptRules, getRules, publishRules } from "~/circles/circles.server";
import { circleFor, isModeratingView } from "~/circles/guards.server";
import { RulesSchema } from "~/circles/schema.server";
import { CircleNav } from "~/circles/ui";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { requireUser } from "~/utils/auth.server";
import { formValues, parseForm, type FieldErrors } from "~/utils/forms";
import { forbidden, requiredParam } from "~/utils/guards.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { canManageCircle, canReadCircleContent, isActiveMember, mustAcceptRules } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `Ground rules: ${data?.name ?? "circle"} · Restorative Network`,
    `The ground rules every member of ${data?.name ?? "this circle"} accepts before reading or posting.`,
  ),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, ctx } = await circleFor(request, context, requiredParam(params, "slug"));
  const rules = await getRules(ctx.circle.id, ctx.circle.rulesVersion);
  return json({
    slug: ctx.circle.slug,
    name: ctx.circle.name,
    version: ctx.circle.rulesVersion,
    html: renderMarkdown(rules?.bodyMarkdown ?? ""),
    markdown: canManageCircle(user, ctx.facts) ? (rules?.bodyMarkdown ?? "") : null,
    mustAccept: mustAcceptRules(ctx.facts),
    isMember: isActiveMember(ctx.facts),
    reader: canReadCircleContent(user, ctx.facts),
    previouslyAccepted: (ctx.membership?.acceptedRulesVersion ?? 0) > 0,
    moderating: isModeratingView(request),
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { ctx } = await circleFor(request, context, requiredParam(params, "slug"));
  const form = formValues(await request.formData());
  if (form.intent === "accept") {
    if (!isActiveMember(ctx.facts)) forbidden("Only members of this circle accept its rules.");
    await acceptRules({ actor: user, ctx });
    return redirect(`/circles/${ctx.circle.slug}`);
  }
  if (!canManageCircle(user, ctx.facts)) forbidden();
  const values = { bodyMarkdown: form.bodyMarkdown ?? "" };
  const parsed = parseForm(RulesSchema, values);
  if (!parsed.ok) return json({ errors: parsed.errors, values, published: null }, { status: 400 });
  const version = await publishRules({ actor: user, ctx, bodyMarkdown: parsed.data.bodyMarkdown });
  return json({ errors: {} as FieldErrors, values, published: version });
}

export default function Rules() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors } = useFormReply();
  return (
    <div className="page narrow">
      <p>
        <Link to={`/circles/${d.slug}`}>← {d.name}</Link>
      </p>
      <h1>Ground rules</h1>
      <Visibility>
        these ground rules are shown to anyone who can see this circle, so they can decide whether to join. What members write is seen only by members who
        accepted them.
      </Visibility>
      {d.reader ? <CircleNav slug={d.slug} moderating={d.moderating} showMembers /> : null}
      {d.mustAccept && d.previouslyAccepted ? (
        <p className="notice">The facilitators have updated the ground rules. Please read them again and accept them to keep reading and posting.</p>
      ) : null}
      <article className="prose card rules" aria-label={`Ground rules, version ${d.version}`}>
        <p className="muted small">Version {d.version}</p>
        <div dangerouslySetInnerHTML={{ __html: d.html }} />
      </article>
      {d.mustAccept ? (
        <Form method="post">
          <input type="hidden" name="intent" value="accept" />
          <button type="submit">I accept these ground rules</button>
        </Form>
      ) : d.isMember ? (
        <p className="muted">You have accepted this version.</p>
      ) : null}
      {d.markdown !== null ? (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">Publish a new version</h2>
          <p>Every member will be asked to read and accept the new version before they can read or post again.</p>
          <FormMessage success={data?.published ? `Version ${data.published} is published. Members will be asked to accept it.` : null} />
          <Form method="post" noValidate className="stack">
            <input type="hidden" name="intent" value="publish" />
            <TextArea
              label="Ground rules (Markdown)"
              name="bodyMarkdown"
              rows={10}
              defaultValue={data?.values.bodyMarkdown ?? d.markdown}
              error={errors.bodyMarkdown}
            />
            <button type="submit">Publish the new version</button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
