import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { listDevMail } from "~/utils/email.server";
import { isProduction } from "~/utils/env.server";
import { notFound } from "~/utils/guards.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Dev mailbox · Restorative Network", "Emails the site would have sent, shown in development only.")];

/** The development mailbox: mail that would have been sent, when SMTP_URL is not set. Never in production. */
export async function loader(_: LoaderFunctionArgs) {
  if (isProduction()) notFound();
  return json({ messages: await listDevMail() });
}

export default function DevMail() {
  const { messages } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>Development mailbox</h1>
      <Visibility>this page exists only in development, for testing. It answers 404 in production.</Visibility>
      {messages.length === 0 ? <p>No messages yet.</p> : null}
      {messages.map((m) => (
        <article key={m.id} className="card mail" aria-labelledby={`mail-${m.id}`}>
          <h2 id={`mail-${m.id}`}>{m.subject}</h2>
          <p className="muted small">
            To {m.to} · {m.sentAt}
          </p>
          <pre className="mail-body">{m.text}</pre>
        </article>
      ))}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
