import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { DraftForm } from "~/learnings/components/DraftForm";
import { createDraft } from "~/learnings/drafts.server";
import { DraftFieldsSchema } from "~/learnings/schema.server";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { requireUser } from "~/utils/auth.server";
import { AlreadySubmitted, formKey, newFormToken, orAlreadySubmitted } from "~/utils/form-token.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta(
    "Write a case learning · Restorative Network",
    "Write a case learning around the four restorative questions; it is de-identified and reviewed before anyone sees it.",
  ),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  return json({ formToken: newFormToken() });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const values = formValues(await request.formData());
  const parsed = parseForm(DraftFieldsSchema, values);
  if (!parsed.ok) return formInvalid(parsed);
  const id = await orAlreadySubmitted(createDraft(user.id, parsed.data, formKey(values, user.id, "learning.draft")));
  if (id instanceof AlreadySubmitted) return redirect(id.resultId ? `/learnings/drafts/${id.resultId}?saved=1` : "/learnings/mine");
  return redirect(`/learnings/drafts/${id}?saved=1`);
}

export default function NewLearning() {
  const { formToken } = useLoaderData<typeof loader>();
  const { errors, values } = useFormReply();
  return (
    <div className="page narrow">
      <p>
        <Link to="/learnings/mine">← My learnings</Link>
      </p>
      <h1>Write a case learning</h1>
      <p className="lead">Tell what happened and what was learned, following the restorative questions. Take your time; your draft is kept as you go.</p>
      <Visibility>
        only you, while it is a draft. Once you submit it, two reviewers read it. It is published only after both approve it and every identifier has been
        replaced or cleared.
      </Visibility>
      <DraftForm values={values ?? {}} errors={errors} kind="new" formToken={formToken} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
