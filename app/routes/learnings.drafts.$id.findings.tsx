import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { loadDraft } from "~/learnings/drafts.server";
import { scanDraft, type DraftText } from "~/learnings/findings.server";
import { DraftFieldsSchema } from "~/learnings/schema.server";
import { SECTION_KEYS } from "~/learnings/sections";
import { requireUser } from "~/utils/auth.server";
import { notFound, requiredParam } from "~/utils/guards.server";
import { formValues, parseForm } from "~/utils/forms";
import { canEditDraft } from "~/utils/policy.server";

/**
 * Findings as JSON for the text being typed (the draft page calls it, debounced). POST, so the text never
 * lands in a URL or an access log.
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const bundle = await loadDraft(requiredParam(params, "id"));
  if (!bundle || !canEditDraft(user, bundle.learning, bundle.draft)) notFound();
  const parsed = parseForm(DraftFieldsSchema, formValues(await request.formData()));
  if (!parsed.ok) return json({ findings: [] }, { status: 400 });
  const text = { title: parsed.data.title, tags: parsed.data.tags } as DraftText;
  for (const key of SECTION_KEYS) text[key] = parsed.data[key];
  const findings = scanDraft(bundle.learning.id, text).map(({ field, start, end, type, text: found, placeholder }) => ({
    field,
    start,
    end,
    type,
    text: found,
    placeholder,
  }));
  return json({ findings }, { headers: { "Cache-Control": "no-store" } });
}

export async function loader() {
  throw new Response("Not found", { status: 404 });
}
