import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { CheckboxGroup, FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { DraftSummary } from "~/learnings/components/DraftSummary";
import { draftFields, draftText, loadDraft } from "~/learnings/drafts.server";
import { approveDraft, currentApprovals, returnToAuthor, reviewView } from "~/learnings/reviews.server";
import { ReviewSchema } from "~/learnings/schema.server";
import { OTHER_CHECKS, SAFE_HARBOR_IDENTIFIERS } from "~/learnings/sections";
import { requireUser } from "~/utils/auth.server";
import { forbidden, notFound, requiredParam } from "~/utils/guards.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { canReviewDraft, isLearningAuthor } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Review a case learning · Restorative Network", "Review a submitted case learning for identifiers and quality before publication."),
];

async function reviewable(request: Request, context: LoaderFunctionArgs["context"], id: string) {
  const user = await requireUser(request, context);
  const bundle = await loadDraft(id);
  if (!bundle) notFound();
  if (isLearningAuthor(user, bundle.learning)) forbidden("You cannot review your own learning. Two other people review it.");
  if (!canReviewDraft(user, bundle.learning, bundle.draft)) notFound();
  return { user, bundle };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { bundle } = await reviewable(request, context, requiredParam(params, "id"));
  const findings = await reviewView(bundle);
  const first =
    bundle.draft.stage === "awaiting_second"
      ? ((await currentApprovals(bundle.learning.id, bundle.draft.submission)).find((a) => a.stage === 1) ?? null)
      : null;
  return json({
    id: bundle.learning.id,
    stage: bundle.draft.stage,
    kind: bundle.draft.kind,
    fields: draftFields(bundle.draft),
    text: draftText(bundle.draft),
    findings,
    first: first ? { name: first.reviewerName, at: first.createdAt, comments: first.comments, cleared: first.clearedHashes.length } : null,
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, bundle } = await reviewable(request, context, requiredParam(params, "id"));
  const form = await request.formData();
  const values = {
    checklist: form.getAll("checklist").map(String),
    cleared: form.getAll("cleared").map(String),
    comments: String(form.get("comments") ?? ""),
    visibility: String(form.get("visibility") ?? ""),
  };
  const parsed = parseForm(ReviewSchema, { ...values, intent: form.get("intent"), visibility: values.visibility || undefined });
  if (!parsed.ok) return formInvalid({ errors: parsed.errors, values });
  const input = parsed.data;
  const outcome = input.intent === "return" ? await returnToAuthor(user.id, bundle, input.comments) : await approveDraft(user.id, bundle, input);
  if (!outcome.ok) return formInvalid({ errors: outcome.errors, values }, outcome.status);
  if (outcome.published) return redirect(`/learnings/${outcome.slug}?published=1`);
  return redirect(`/learnings/reviews?done=${input.intent === "return" ? "returned" : "approved"}`);
}

export default function ReviewPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormReply<{ checklist: string[]; cleared: string[]; comments: string; visibility: string }>();
  const second = data.stage === "awaiting_second";
  const checked = values?.checklist ?? [];
  const cleared = values?.cleared ?? [];
  const visibility = values?.visibility || data.fields.requestedVisibility;
  return (
    <div className="page">
      <p>
        <Link to="/learnings/reviews">← Reviews</Link>
      </p>
      <h1>
        {second ? "Second review" : "First review"}: {data.fields.title || "Untitled learning"}
      </h1>
      <Visibility>
        you, the author and the other reviewer. The raw text, the findings and your clearances are deleted when the learning is published; the audit trail keeps
        who approved, when, and which kinds of finding were cleared and why.
      </Visibility>
      <FormMessage error={errors.form} />
      {data.kind === "correction" ? (
        <p className="notice">This is a correction of a published learning. Its note for readers: {data.fields.correctionNote}</p>
      ) : null}
      {data.first ? (
        <p className="notice">
          Reviewer one, {data.first.name}, approved this on {new Date(data.first.at).toISOString().slice(0, 10)} and cleared {data.first.cleared} finding
          {data.first.cleared === 1 ? "" : "s"}.{data.first.comments ? ` Their note: ${data.first.comments}` : ""}
        </p>
      ) : null}
      <DraftSummary fields={data.fields} text={data.text} findings={data.findings} />
      <Form method="post" className="stack card review-form">
        <h2>Approve</h2>
        <CheckboxGroup
          legend="The 18 Safe Harbor identifiers: none of these remain"
          name="checklist"
          options={SAFE_HARBOR_IDENTIFIERS.map((c) => ({ value: c.key, label: c.label }))}
          values={checked}
          error={errors.checklist}
        />
        <CheckboxGroup legend="Beyond the list" name="checklist" options={OTHER_CHECKS.map((c) => ({ value: c.key, label: c.label }))} values={checked} />
        {data.findings.length ? (
          <CheckboxGroup
            legend="Findings the author marked as not identifying: clear each one you agree with"
            name="cleared"
            error={errors.cleared}
            options={clearable(data.findings)}
            values={cleared}
          />
        ) : (
          <p>The de-identifier finds nothing left in the text.</p>
        )}
        {second ? (
          <fieldset className="field">
            <legend>Publish for</legend>
            <label className="checkbox">
              <input type="radio" name="visibility" value="public" defaultChecked={visibility === "public"} /> Everyone (public, in search and the feed)
            </label>
            <label className="checkbox">
              <input type="radio" name="visibility" value="members" defaultChecked={visibility === "members"} /> Signed-in members only
            </label>
          </fieldset>
        ) : null}
        <TextArea
          label="A note for the record (optional)"
          name="comments"
          rows={2}
          defaultValue={values?.comments}
          hint="Seen by the other reviewer; deleted at publication."
        />
        <input type="hidden" name="intent" value="approve" />
        <button type="submit">{second ? "Approve and publish" : "Approve as reviewer one"}</button>
      </Form>
      <Form method="post" className="stack card">
        <h2>Return to the author</h2>
        <input type="hidden" name="intent" value="return" />
        <TextArea
          label="What should change"
          name="comments"
          rows={4}
          error={errors.comments}
          hint="Be specific and kind. The author sees this next to their draft."
        />
        <button type="submit" className="secondary">
          Return with comments
        </button>
      </Form>
    </div>
  );
}

/** One checkbox per value, however often it appears: clearing it clears every occurrence. */
function clearable(findings: ReadonlyArray<{ hash: string; type: string; text: string; field: string; reason: string | null }>) {
  const byHash = new Map<string, { first: (typeof findings)[number]; fields: Set<string>; count: number }>();
  for (const f of findings) {
    const entry = byHash.get(f.hash) ?? { first: f, fields: new Set<string>(), count: 0 };
    entry.fields.add(f.field);
    entry.count += 1;
    byHash.set(f.hash, entry);
  }
  return [...byHash.values()].map(({ first: f, fields, count }) => ({
    value: f.hash,
    label: `${f.type.toLowerCase()} “${f.text}” ${count === 1 ? "" : `(${count} places) `}in ${[...fields].join(", ")}. Author’s reason: ${f.reason ?? "none given"}`,
  }));
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
