import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormMessage, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { DraftForm } from "~/learnings/components/DraftForm";
import { draftFields, loadDraft, saveDraft, submitDraft } from "~/learnings/drafts.server";
import { DraftFieldsSchema } from "~/learnings/schema.server";
import { requireUser } from "~/utils/auth.server";
import { forbidden, notFound, requiredParam } from "~/utils/guards.server";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { canEditDraft, canReviewDraft, canViewDraft } from "~/utils/policy.server";
import { now } from "~/utils/clock.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Your draft learning · Restorative Network", "Your draft case learning: write each section, then check it for identifiers before review."),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const bundle = await loadDraft(requiredParam(params, "id"));
  if (!bundle || !canViewDraft(user, bundle.learning, bundle.draft)) notFound();
  if (canReviewDraft(user, bundle.learning, bundle.draft)) throw redirect(`/learnings/drafts/${bundle.learning.id}/review`);
  const { draft } = bundle;
  return json({
    id: bundle.learning.id,
    kind: draft.kind,
    stage: draft.stage,
    fields: draftFields(draft),
    returnComments: draft.returnComments,
    slug: bundle.learning.slug,
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const bundle = await loadDraft(requiredParam(params, "id"));
  if (!bundle || !canViewDraft(user, bundle.learning, bundle.draft)) notFound();
  if (!canEditDraft(user, bundle.learning, bundle.draft)) forbidden("This learning is with reviewers, so it cannot be changed now.");
  const values = formValues(await request.formData());
  const intent = values.intent ?? "save";
  const parsed = parseForm(DraftFieldsSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  if (intent === "submit") {
    const outcome = await submitDraft(user.id, bundle, parsed.data);
    if (!outcome.ok) return formInvalid({ errors: outcome.errors, values, unhandled: outcome.unhandled ?? 0 });
    return redirect(`/learnings/drafts/${bundle.learning.id}?submitted=1`);
  }
  await saveDraft(user.id, bundle.learning.id, parsed.data, { autosave: intent === "autosave" });
  if (intent === "autosave") return json({ savedAt: now().toISOString() });
  if (intent === "check") return redirect(`/learnings/drafts/${bundle.learning.id}/check`);
  return redirect(`/learnings/drafts/${bundle.learning.id}?saved=1`);
}

const STAGE_TEXT = {
  awaiting_first: "It is waiting for reviewer one, who works through the de-identification checklist.",
  awaiting_second: "Reviewer one approved it. It is waiting for reviewer two, a different person.",
} as const;

export default function DraftPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const reply = useFormReply();
  const [params] = useSearchParams();
  const title = data.kind === "correction" ? "Correct a published learning" : "Your draft learning";
  if (data.stage !== "editing") {
    return (
      <div className="page narrow">
        <p>
          <Link to="/learnings/mine">← My learnings</Link>
        </p>
        <h1>{data.fields.title || "Untitled learning"}</h1>
        <FormMessage success={params.get("submitted") ? "Thank you. Your learning is with the reviewers now." : null} />
        <Visibility>you and the reviewers. Nothing is public until two reviewers approve it.</Visibility>
        <p>{STAGE_TEXT[data.stage]} You will get a notification when they approve it or return it with comments.</p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <p>
        <Link to="/learnings/mine">← My learnings</Link>
      </p>
      <h1>{title}</h1>
      <FormMessage success={params.get("saved") && !result ? "Your draft is saved." : null} />
      {data.returnComments ? (
        <section className="notice returned-comments" aria-labelledby="returned-heading">
          <h2 id="returned-heading">A reviewer returned this with comments</h2>
          <p className="pre-line">{data.returnComments}</p>
        </section>
      ) : null}
      {result && "unhandled" in result && result.unhandled ? (
        <p className="notice">
          <Link to={`/learnings/drafts/${data.id}/check`}>Open the check for identifiers</Link> to deal with what it found.
        </p>
      ) : null}
      <Visibility>only you. Reviewers see it once you submit it. It is published only after two reviewers approve it.</Visibility>
      <DraftForm values={reply.values ?? data.fields} errors={reply.errors} kind={data.kind} learningId={data.id} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
