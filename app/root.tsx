import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form, Link, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration,
  useLoaderData, useRouteError, useRouteLoaderData,
} from "@remix-run/react";
import stylesheet from "~/styles/app.css";
import { AccountMenu } from "~/components/AccountMenu";
import { useNonce } from "~/components/nonce";
import { getUser } from "~/utils/auth.server";
import { canManageUsers, canSeeSiteQueue } from "~/utils/policy.server";
import { countUnreadNotifications } from "~/notifications/notifications.server";
import { ConfirmEmailNotice } from "~/accounts/ConfirmEmailNotice";
import { describeRouteError } from "~/components/RouteErrorBoundary";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
];

export const meta: MetaFunction = () => [
  { title: "Restorative Network" },
  { name: "description", content: "The international network on restorative responses to harm in healthcare." },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  return json({
    user: user
      ? { id: user.id, displayName: user.displayName, emailVerified: !!user.emailVerifiedAt, mayAdminister: canManageUsers(user), mayModerateSite: canSeeSiteQueue(user) }
      : null,
    unread: user ? await countUnreadNotifications(user.id) : 0,
  });
}

export type RootData = typeof loader;

const NAV = [
  { to: "/circles", label: "Circles" },
  { to: "/learnings", label: "Learnings" },
  { to: "/facilitators", label: "Facilitators" },
  { to: "/resources", label: "Resources" },
];

function Document({ children, title }: { children: React.ReactNode; title?: string }) {
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {title ? <title>{title}</title> : null}
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Header() {
  const data = useRouteLoaderData<RootData>("root");
  const user = data?.user ?? null;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">Skip to main content</a>
      <div className="header-inner">
        <Link to="/" className="brand">
          <span aria-hidden="true" className="brand-mark">◯</span> Restorative Network
        </Link>
        <nav aria-label="Main">
          <ul className="main-nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} prefetch="intent">{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <form method="get" action="/search" role="search" className="header-search">
          <label htmlFor="site-search" className="visually-hidden">Search the library, learnings and facilitators</label>
          <input id="site-search" type="search" name="q" placeholder="Search" />
          <button type="submit">Search</button>
        </form>
        <div className="account-menu">
          {user ? (
            <AccountMenu summary={<>
              {user.displayName}
              {data?.unread ? <span className="badge" aria-label={`${data.unread} unread notifications`}>{data.unread}</span> : null}
            </>}>
              <ul>
                <li><Link to="/notifications">Notifications{data?.unread ? ` (${data.unread} new)` : ""}</Link></li>
                <li><Link to="/account">Your account</Link></li>
                {user.mayAdminister ? <li><Link to="/admin">Administration</Link></li> : null}
                {user.mayModerateSite ? <li><Link to="/moderation">Moderation</Link></li> : null}
                <li>
                  <Form method="post" action="/logout">
                    <button type="submit" className="link-button">Sign out</button>
                  </Form>
                </li>
              </ul>
            </AccountMenu>
          ) : (
            <ul className="signed-out">
              <li><Link to="/login">Sign in</Link></li>
              <li><Link to="/signup" className="button small">Join</Link></li>
            </ul>
          )}
        </div>
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer className="site-footer">
      <div className="footer-inner">
        <section aria-labelledby="who-sees-what">
          <h2 id="who-sees-what">Who can see what</h2>
          <ul>
            <li><strong>Circles:</strong> posts, thread titles and member names are seen only by members of that circle who have accepted its ground rules. Site moderators may see them only to keep the circle safe. Circle content is never in search, feeds or emails.</li>
            <li><strong>Case learnings:</strong> published only after de-identification and two reviewers; drafts are seen by their author and reviewers.</li>
            <li><strong>Facilitator directory and resource library:</strong> public. Contact details are shared only when a facilitator accepts a request.</li>
          </ul>
        </section>
        <p className="support-link">
          <Link to="/support">Need support now?</Link> Crisis and support lines by country.
        </p>
        <p className="small muted">Restorative Network: healing and learning after harm in healthcare.</p>
      </div>
    </footer>
  );
}

export default function App() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <Document>
      <Header />
      <main id="main" tabIndex={-1}>
        {user && !user.emailVerified ? <ConfirmEmailNotice /> : null}
        <Outlet />
      </main>
      <Footer />
    </Document>
  );
}

export function ErrorBoundary() {
  const { unconfirmed, title, text } = describeRouteError(useRouteError());
  return (
    <Document title={`${title} · Restorative Network`}>
      <Header />
      <main id="main" tabIndex={-1}>
        <div className="page narrow">
          {unconfirmed ? <ConfirmEmailNotice asPage /> : <><h1>{title}</h1><p>{text}</p></>}
          <p><Link to="/">Go to the home page</Link> or <Link to="/support">find support lines</Link>.</p>
        </div>
      </main>
      <Footer />
    </Document>
  );
}
