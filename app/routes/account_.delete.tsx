import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { keepAccount, requestAccountDeletion } from "~/accounts/deletion.server";
import { DELETION_GRACE_DAYS, DELETION_PHRASE, FORMER_MEMBER } from "~/accounts/deletion-policy";
import { Field, FormMessage, useFormReply } from "~/components/forms";
import { formInvalid } from "~/utils/forms.server";
import { blankSessionCookie, requireUser } from "~/utils/auth.server";
import { formatDayInZone } from "~/utils/time";

export const meta: MetaFunction = () => [
  { title: "Delete your account · Restorative Network" },
  { name: "description", content: "Delete your Restorative Network account: what is erased, what happens to your circle posts, and how to change your mind." },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, { allowUnconfirmed: true });
  return json({ dueOn: user.deletionDueAt ? formatDayInZone(user.deletionDueAt, user.timeZone) : null, posts: user.deletionPosts });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, { allowUnconfirmed: true });
  const form = await request.formData();
  if (form.get("intent") === "keep") {
    await keepAccount(user.id);
    return redirect("/account?kept=1");
  }
  const values = { phrase: String(form.get("phrase") ?? ""), posts: String(form.get("posts") ?? "") };
  const outcome = await requestAccountDeletion(user.id, { ...values, password: String(form.get("password") ?? "") });
  if (!outcome.ok) return formInvalid({ errors: outcome.errors, values });
  return redirect(`/account/deleted?on=${encodeURIComponent(formatDayInZone(outcome.dueAt, user.timeZone))}`, {
    headers: { "Set-Cookie": await blankSessionCookie() },
  });
}

export default function DeleteAccount() {
  const { dueOn } = useLoaderData<typeof loader>();
  const { errors, values } = useFormReply<{ phrase: string; posts: string }>();
  if (dueOn) {
    return (
      <div className="page narrow">
        <h1>Your account is due to be deleted</h1>
        <p>
          We will delete it on <strong>{dueOn}</strong>. If you would rather stay, you can keep it now; nothing will be lost.
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value="keep" />
          <button type="submit">Keep my account</button>
        </Form>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>Delete your account</h1>
      <p className="lead">We are sorry to see you go. Before you decide, here is exactly what happens.</p>
      <ul>
        <li>You are signed out on every device straight away.</li>
        <li>Your account waits {DELETION_GRACE_DAYS} days, in case you change your mind: sign in before then and choose “Keep my account”.</li>
        <li>
          Then we erase your email, name, country, settings, password, pseudonyms, notifications, draft learnings, reflections, facilitator profile and the
          gatherings and threads you followed.
        </li>
        <li>The activity record keeps its entries (ids and reasons only, never your words), now pointing to nobody.</li>
        <li>We send you one email now, and one when it is done.</li>
      </ul>
      <p>
        You might like to <Link to="/account/export">download your data</Link> first.
      </p>
      <Form method="post" noValidate className="stack">
        <FormMessage error={errors.form} />
        <fieldset className={`field${errors.posts ? " has-error" : ""}`} aria-describedby={errors.posts ? "posts-error" : undefined}>
          <legend>Your posts in circles</legend>
          <label className="checkbox">
            <input type="radio" name="posts" value="keep" defaultChecked={(values?.posts ?? "keep") === "keep"} /> Keep them, shown as “{FORMER_MEMBER}”, so the
            conversations still make sense to others
          </label>
          <label className="checkbox">
            <input type="radio" name="posts" value="remove" defaultChecked={values?.posts === "remove"} /> Remove them; others will see “removed by its author”
          </label>
          {errors.posts ? (
            <p className="field-error" id="posts-error">
              {errors.posts}
            </p>
          ) : null}
        </fieldset>
        <Field label={`To confirm, type “${DELETION_PHRASE}”`} name="phrase" autoComplete="off" required defaultValue={values?.phrase} error={errors.phrase} />
        <Field label="Your password" name="password" type="password" autoComplete="current-password" required error={errors.password} />
        <button type="submit" className="danger">
          Delete my account
        </button>
      </Form>
      <p>
        <Link to="/account">Keep my account and go back</Link>
      </p>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
