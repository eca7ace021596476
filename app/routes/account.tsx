import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { signOutEverywhere } from "~/accounts/accounts.server";
import { changePassword } from "~/accounts/passwords.server";
import { ChangePasswordSchema } from "~/accounts/schema.server";
import { SettingsSchema, listTimeZones, updateSettings } from "~/accounts/settings.server";
import { DELETION_GRACE_DAYS } from "~/accounts/deletion-policy";
import { Field, FormMessage, Select, useFormReply } from "~/components/forms";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { Visibility } from "~/components/page";
import { COUNTRIES } from "~/taxonomy";
import { blankSessionCookie, getAuth, requireUser } from "~/utils/auth.server";
import { calendarFeedPath, hasCalendarFeed, regenerateCalendarToken } from "~/circles/calendar.server";
import { CalendarFeedSection } from "~/circles/CalendarFeedSection";
import { absoluteUrl } from "~/utils/email.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta(
    "Your account · Restorative Network",
    "Your Restorative Network account: display name, country, time zone, email notifications, calendar feed, password and devices.",
  ),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, { allowUnconfirmed: true });
  return json({
    user: {
      email: user.email,
      displayName: user.displayName,
      country: user.country ?? "",
      timeZone: user.timeZone,
      emailPreference: user.emailPreference,
      verified: !!user.emailVerifiedAt,
      role: user.role,
    },
    timeZones: listTimeZones(),
    hasCalendarFeed: await hasCalendarFeed(user.id),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, { allowUnconfirmed: true });
  const form = await request.formData();
  if (form.get("intent") === "sign-out-everywhere") {
    await signOutEverywhere(user.id);
    return redirect("/login", { headers: { "Set-Cookie": await blankSessionCookie() } });
  }
  if (form.get("intent") === "change-password") {
    // Passwords are never sent back to the page: only the messages return.
    const parsed = parseForm(ChangePasswordSchema, formValues(form));
    if (!parsed.ok) return formInvalid({ errors: parsed.errors, values: null });
    const { session } = await getAuth(request, context);
    const outcome = await changePassword(user, parsed.data, { id: session!.id, clientIp: context.clientIp });
    if (!outcome.ok) return formInvalid({ errors: outcome.errors, values: null }, outcome.status ?? 400);
    return json({ passwordChanged: true });
  }
  if (form.get("intent") === "calendar-feed") {
    const feedUrl = absoluteUrl(request, calendarFeedPath(await regenerateCalendarToken(user.id)));
    return json({ feedUrl });
  }
  const parsed = parseForm(SettingsSchema, formValues(form));
  if (!parsed.ok) return formInvalid(parsed);
  await updateSettings(user.id, parsed.data);
  return json({ values: parsed.values, saved: true });
}

const PREFERENCES = [
  { value: "off", label: "Off: in-app notifications only" },
  { value: "immediate", label: "Immediately: one email each time" },
  { value: "digest", label: "Daily digest: one email a day" },
];

export default function Account() {
  const { user, timeZones, hasCalendarFeed: hasFeed } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { errors, values } = useFormReply();
  const v = values ?? user;
  return (
    <div className="page narrow">
      <h1>Your account</h1>
      {params.get("verified") ? <FormMessage success="Thank you. Your email is confirmed." /> : null}
      {params.get("kept") ? <FormMessage success="Your account is staying. We will not delete it." /> : null}
      <p>
        Signed in as <strong>{user.email}</strong>.
      </p>
      <Visibility>
        only you and the site's administrators see your email, country and settings. Emails from us say that something happened and link to it; they never
        contain what anyone wrote.
      </Visibility>
      <Form method="post" noValidate className="stack">
        <FormMessage success={data && "saved" in data ? "Your settings are saved." : null} />
        <Field label="Display name" name="displayName" defaultValue={v.displayName} error={errors.displayName} />
        <Select
          label="Country"
          name="country"
          defaultValue={v.country}
          error={errors.country}
          placeholder="Not set"
          hint="Used to show you the right support lines."
          options={Object.entries(COUNTRIES).map(([value, label]) => ({ value, label }))}
        />
        <Select label="Time zone" name="timeZone" defaultValue={v.timeZone} error={errors.timeZone} options={timeZones.map((z) => ({ value: z, label: z }))} />
        <Select label="Email notifications" name="emailPreference" defaultValue={v.emailPreference} error={errors.emailPreference} options={PREFERENCES} />
        <button type="submit">Save settings</button>
      </Form>
      <CalendarFeedSection hasFeed={hasFeed} feedUrl={data && "feedUrl" in data ? data.feedUrl : null} />
      <h2>Password</h2>
      <Form method="post" noValidate className="stack">
        <input type="hidden" name="intent" value="change-password" />
        <FormMessage
          success={
            data && "passwordChanged" in data && data.passwordChanged
              ? "Your password is changed. You are still signed in here, and signed out everywhere else."
              : null
          }
        />
        <Field label="Current password" name="current" type="password" autoComplete="current-password" required error={errors.current} />
        <Field
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          error={errors.password}
          hint="At least 12 characters. A few unrelated words work well; not your name or email."
        />
        <Field label="Type the new password again" name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
        <p className="hint">Changing it signs you out on every other device, and any password-reset link we sent you stops working.</p>
        <button type="submit">Change password</button>
      </Form>
      <h2>Devices</h2>
      <Form method="post">
        <input type="hidden" name="intent" value="sign-out-everywhere" />
        <p>If you signed in on a shared or lost device, you can sign out everywhere, including here.</p>
        <button type="submit" className="secondary">
          Sign out of all devices
        </button>
      </Form>
      <h2>Your data</h2>
      <p>
        Our <Link to="/privacy">privacy page</Link> says what we keep and who can see it.
      </p>
      <ul>
        <li>
          <Link to="/account/export">Download your data</Link>: everything we hold about you, as one file.
        </li>
        <li>
          <Link to="/account/delete">Delete your account</Link>, with a {DELETION_GRACE_DAYS}-day grace period to change your mind.
        </li>
      </ul>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
