import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormMessage, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { FindingValue } from "~/learnings/components/FindingValue";
import { HighlightedField } from "~/learnings/components/HighlightedField";
import { acceptAllPlaceholders, acceptPlaceholder, checkDraft, draftText, loadDraft, markNotIdentifying, undoNotIdentifying } from "~/learnings/drafts.server";
import { groupFindings } from "~/learnings/findings.server";
import { FindingActionSchema } from "~/learnings/schema.server";
import { CHECKED_FIELDS, fieldLabel } from "~/learnings/sections";
import { requireUser } from "~/utils/auth.server";
import { notFound, requiredParam } from "~/utils/guards.server";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { canEditDraft } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Check for identifiers · Restorative Network", "Check your draft for names, dates, places and other details that could identify someone."),
];

async function authorsDraft(request: Request, context: LoaderFunctionArgs["context"], id: string) {
  const user = await requireUser(request, context);
  const bundle = await loadDraft(id);
  if (!bundle || !canEditDraft(user, bundle.learning, bundle.draft)) notFound();
  return { user, bundle };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { bundle } = await authorsDraft(request, context, requiredParam(params, "id"));
  const { findings } = await checkDraft(bundle);
  const text = draftText(bundle.draft);
  const fields = CHECKED_FIELDS.map((field) => ({ field, text: text[field], findings: findings.filter((f) => f.field === field) })).filter(
    (f) => f.findings.length > 0,
  );
  const decided = new Map(findings.map((f) => [f.hash, f.decision]));
  // One entry per value: a choice covers every place it appears.
  const values = groupFindings(findings).map((g) => ({
    ...g,
    decision: decided.get(g.hash) ?? null,
    where: [...new Set(g.occurrences.map((o) => fieldLabel(o.field)))],
  }));
  return json({ id: bundle.learning.id, fields, values, places: findings.length, open: values.filter((v) => !v.decision).length });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, bundle } = await authorsDraft(request, context, requiredParam(params, "id"));
  const form = formValues(await request.formData());
  const parsed = parseForm(FindingActionSchema, form);
  // Messages are kept under the value's hash, so each shows next to its own value's form.
  const key = form.hash ?? "";
  if (!parsed.ok)
    return formInvalid({
      errors: { [key]: parsed.errors.reason ?? "Something was missing from that choice. Please try again." },
      values: { reason: form.reason ?? "" },
      key,
    });
  const input = parsed.data;
  const back = `/learnings/drafts/${bundle.learning.id}/check`;
  if (input.intent === "accept-all") {
    const n = await acceptAllPlaceholders(user.id, bundle);
    return redirect(`${back}?replaced=${n}#values`);
  }
  if (input.intent === "undo") {
    await undoNotIdentifying(user.id, bundle.learning.id, input.hash);
    return redirect(`${back}#values`);
  }
  const outcome = input.intent === "accept" ? await acceptPlaceholder(user.id, bundle, input) : await markNotIdentifying(user.id, bundle, input);
  if (!outcome.ok) return formInvalid({ errors: { form: outcome.message }, values: { reason: "" }, key }, 409);
  return redirect(`${back}${"count" in outcome ? `?replaced=${outcome.count}` : ""}#values`);
}

export default function CheckPage() {
  const { id, fields, values, places, open } = useLoaderData<typeof loader>();
  const key = useActionData<typeof action>()?.key;
  const { errors, values: typed } = useFormReply<{ reason: string }>();
  const replaced = Number(useSearchParams()[0].get("replaced") ?? "");
  const total = values.length;
  return (
    <div className="page">
      <p>
        <Link to={`/learnings/drafts/${id}`}>← Back to the draft</Link>
      </p>
      <h1>Check for identifiers</h1>
      <p className="lead">
        The de-identifier looked for names, dates, ages over 89, numbers, phone numbers, addresses, places, organisations and facilities. Each value found is
        listed once, however often it appears: use its placeholder everywhere, or say once why it does not identify anyone. Reviewers then check every choice.
      </p>
      <Visibility>
        only you. Reviewers see the draft and your reasons once you submit it. Found text and reasons are deleted when the learning is published.
      </Visibility>
      <FormMessage error={errors.form} success={replaced > 0 ? `Replaced in ${replaced} ${replaced === 1 ? "place" : "places"}.` : null} />
      {total === 0 ? (
        <p className="notice success">
          Nothing was found. Reviewers will still read it carefully, including for details that could identify someone indirectly.
        </p>
      ) : (
        <>
          <p role="status" className="check-count">
            {open === 0
              ? `All ${total} ${total === 1 ? "value is" : "values are"} dealt with.`
              : `${open} of ${total} ${total === 1 ? "value" : "values"} still ${open === 1 ? "needs" : "need"} a choice (${places} ${places === 1 ? "place" : "places"} in the text in all).`}
          </p>
          {open > 0 ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="accept-all" />
              <button type="submit">Use every remaining placeholder</button>
            </Form>
          ) : null}
          <section id="values" aria-labelledby="values-heading">
            <h2 id="values-heading">Values found</h2>
            <ol className="finding-list">
              {values.map((v, i) => (
                <FindingValue
                  key={v.hash}
                  value={v}
                  n={i + 1}
                  error={key === v.hash ? errors[v.hash] : undefined}
                  reason={key === v.hash ? typed?.reason : undefined}
                />
              ))}
            </ol>
          </section>
          <section aria-labelledby="context-heading">
            <h2 id="context-heading">Where they appear</h2>
            {fields.map((f) => (
              <section key={f.field} className="check-field card" aria-labelledby={`field-${f.field}`}>
                <h3 id={`field-${f.field}`}>{fieldLabel(f.field)}</h3>
                <HighlightedField text={f.text} findings={f.findings} />
              </section>
            ))}
          </section>
        </>
      )}
      <p>
        <Link to={`/learnings/drafts/${id}`} className="button secondary">
          Back to the draft to submit it
        </Link>
      </p>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
