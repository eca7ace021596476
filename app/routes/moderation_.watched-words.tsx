import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { applyWatchedWordsForm } from "~/moderation/watched-words-actions.server";
import { listWatchedWords } from "~/moderation/watched-words.server";
import { WatchedWordsPage } from "~/moderation/WatchedWordsPage";
import { requireUserWith } from "~/utils/guards.server";
import { canManageSiteWatchedWords } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";
import { formValues, uploadedText } from "~/utils/forms";

export const meta: MetaFunction = () => [
  ...pageMeta("Site-wide watched words · Restorative Network", "Words and phrases watched across every circle: blocked, held or flagged for review."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWith(request, context, canManageSiteWatchedWords);
  return json({ entries: await listWatchedWords("site") });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canManageSiteWatchedWords);
  const form = await request.formData();
  const { status, reply } = await applyWatchedWordsForm(user, "site", { values: formValues(form), csvFile: await uploadedText(form, "file") });
  return json(reply, { status });
}

export default function SiteWatchedWords() {
  const { entries } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="page">
      <p>
        <Link to="/moderation">← Moderation</Link>
      </p>
      <h1>Site-wide watched words</h1>
      <p className="lead">These apply in every circle, alongside each circle's own list.</p>
      <Visibility>site moderators and admins. Members never see this list; they see a kind explanation when a post is refused or held.</Visibility>
      <WatchedWordsPage entries={entries} state={state} exportHref="/moderation/watched-words.csv" scopeLabel="the whole site" />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
