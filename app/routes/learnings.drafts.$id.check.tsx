import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, TextArea } from "~/components/forms";
import { Visibility } from "~/components/page";
import { HighlightedField } from "~/learnings/components/HighlightedField";
import { acceptAllPlaceholders, acceptPlaceholder, checkDraft, draftText, loadDraft, markNotIdentifying, undoNotIdentifying } from "~/learnings/drafts.server";
import { FindingActionSchema, issuesByField } from "~/learnings/schema";
import { CHECKED_FIELDS, fieldLabel } from "~/learnings/sections";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/guards.server";
import { canEditDraft } from "~/utils/policy.server";

export const meta: MetaFunction = () => [{ title: "Check for identifiers · Restorative Network" }];

async function authorsDraft(request: Request, context: LoaderFunctionArgs["context"], id: string) {
  const user = await requireUser(request, context);
  const bundle = await loadDraft(id);
  if (!bundle || !canEditDraft(user, bundle.learning, bundle.draft)) notFound();
  return { user, bundle };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { bundle } = await authorsDraft(request, context, params.id!);
  const { findings } = await checkDraft(bundle);
  const text = draftText(bundle.draft);
  const fields = CHECKED_FIELDS.map((field) => ({ field, text: text[field], findings: findings.filter((f) => f.field === field) })).filter((f) => f.findings.length > 0);
  return json({ id: bundle.learning.id, fields, total: findings.length, open: findings.filter((f) => !f.decision).length });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, bundle } = await authorsDraft(request, context, params.id!);
  const form = Object.fromEntries(await request.formData());
  const parsed = FindingActionSchema.safeParse(form);
  const key = `${form.field}:${form.start}`;
  if (!parsed.success) return json({ errors: { [key]: issuesByField(parsed.error).reason ?? "Something was missing from that choice. Please try again." }, key, reason: String(form.reason ?? ""), message: null }, { status: 400 });
  const input = parsed.data;
  if (input.intent === "accept-all") {
    const n = await acceptAllPlaceholders(user.id, bundle);
    return redirect(`/learnings/drafts/${bundle.learning.id}/check?replaced=${n}`);
  }
  if (input.intent === "undo") {
    await undoNotIdentifying(user.id, bundle.learning.id, input.hash);
    return redirect(`/learnings/drafts/${bundle.learning.id}/check`);
  }
  const outcome = input.intent === "accept" ? await acceptPlaceholder(user.id, bundle, input) : await markNotIdentifying(user.id, bundle, input);
  if (!outcome.ok) return json({ errors: {} as Record<string, string>, key, reason: "", message: outcome.message }, { status: 409 });
  return redirect(`/learnings/drafts/${bundle.learning.id}/check`);
}

export default function CheckPage() {
  const { id, fields, total, open } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="page">
      <p><Link to={`/learnings/drafts/${id}`}>← Back to the draft</Link></p>
      <h1>Check for identifiers</h1>
      <p className="lead">The de-identifier looked for names, dates, ages over 89, numbers, phone numbers, addresses, places, organisations and facilities. For each finding, use its placeholder, or say why it does not identify anyone. Reviewers then check every choice.</p>
      <Visibility>only you. Reviewers see the draft and your reasons once you submit it. Found text and reasons are deleted when the learning is published.</Visibility>
      <FormMessage error={result?.message} />
      {total === 0 ? (
        <p className="notice success">Nothing was found. Reviewers will still read it carefully, including for details that could identify someone indirectly.</p>
      ) : (
        <>
          <p role="status">{open === 0 ? `All ${total} findings are dealt with.` : `${open} of ${total} findings still need a choice.`}</p>
          {open > 0 ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="accept-all" />
              <button type="submit">Use every remaining placeholder</button>
            </Form>
          ) : null}
          {fields.map((f) => (
            <section key={f.field} className="check-field card" aria-labelledby={`field-${f.field}`}>
              <h2 id={`field-${f.field}`}>{fieldLabel(f.field)}</h2>
              <HighlightedField text={f.text} findings={f.findings} />
              <ol className="finding-list">
                {f.findings.map((finding, i) => {
                  const key = `${finding.field}:${finding.start}`;
                  return (
                    <li key={key} id={`finding-${finding.field}-${i + 1}`} className="finding">
                      <p><span className="finding-type">{finding.type.toLowerCase()}</span> “{finding.text}” → <code>{finding.placeholder}</code></p>
                      {finding.decision ? (
                        <Form method="post" className="inline-form">
                          <p className="small">You marked this as not identifying: {finding.decision.reason}</p>
                          <input type="hidden" name="intent" value="undo" />
                          <input type="hidden" name="hash" value={finding.hash} />
                          <button type="submit" className="small secondary">Undo “not identifying” for “{finding.text}”</button>
                        </Form>
                      ) : (
                        <div className="finding-choices">
                          <Form method="post">
                            {hidden({ intent: "accept", field: finding.field, start: finding.start, end: finding.end, text: finding.text, type: finding.type })}
                            <button type="submit" className="small">Use {finding.placeholder} for “{finding.text}”</button>
                          </Form>
                          <Form method="post" className="not-identifying">
                            {hidden({ intent: "not-identifying", field: finding.field, start: finding.start, text: finding.text, type: finding.type })}
                            <TextArea label={`Why “${finding.text}” does not identify anyone`} name="reason" rows={2}
                              defaultValue={result?.key === key ? result.reason : undefined} error={result?.errors?.[key]} />
                            <button type="submit" className="small secondary">Mark “{finding.text}” as not identifying</button>
                          </Form>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </>
      )}
      <p><Link to={`/learnings/drafts/${id}`} className="button secondary">Back to the draft to submit it</Link></p>
    </div>
  );
}

function hidden(values: Record<string, string | number>) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}
