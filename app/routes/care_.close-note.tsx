import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { closeCarePanel } from "~/moderation/care-panel.server";
import { CloseCareNoteSchema } from "~/moderation/schema.server";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/guards.server";
import { formValues, parseForm } from "~/utils/forms";

/** The author closes the private care note under their post; back to the thread they were reading. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const parsed = parseForm(CloseCareNoteSchema, formValues(await request.formData()));
  if (!parsed.ok) notFound();
  const outcome = await closeCarePanel(user, parsed.data);
  if (!outcome.ok) notFound(outcome.message);
  const back = parsed.data.returnTo ?? "";
  return redirect(/^\/circles\/[^/]+\/threads\/[^/?#]+$/.test(back) ? back : "/circles");
}

export function loader() {
  return redirect("/circles");
}
