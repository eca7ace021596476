import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, useLoaderData, useRouteError, useRouteLoaderData } from "@remix-run/react";
import stylesheet from "~/styles/app.css";
import { AccountMenu } from "~/components/AccountMenu";
import { useNonce } from "~/components/nonce";
import { getUser } from "~/utils/auth.server";
import { ConfirmEmailNotice } from "~/accounts/ConfirmEmailNotice";
import { accountMenuLinks, loadHeaderFacts } from "~/accounts/menu.server";
import { RememberBrowserZone } from "~/components/LocalTime";
import { formatDayInZone, zoneFromCookie } from "~/utils/time";
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
  const browserZone = zoneFromCookie(request.headers.get("Cookie"));
  if (!user) return json({ user: null, unread: 0, menu: null, deletionDueOn: null, readerZone: browserZone ?? "UTC" });
  const { unread, ...facts } = await loadHeaderFacts(user.id);
  return json({
    user: { id: user.id, displayName: user.displayName, role: user.role, emailVerified: !!user.emailVerifiedAt, timeZone: user.timeZone },
    unread,
    menu: accountMenuLinks(user, facts),
    deletionDueOn: user.deletionDueAt ? formatDayInZone(user.deletionDueAt, user.timeZone) : null,
    readerZone: user.timeZone,
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
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <div className="header-inner">
        <Link to="/" className="brand">
          <span aria-hidden="true" className="brand-mark">
            ◯
          </span>{" "}
          Restorative Network
        </Link>
        <nav aria-label="Main">
          <ul className="main-nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} prefetch="intent">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <form method="get" action="/search" role="search" className="header-search">
          <label htmlFor="site-search" className="visually-hidden">
            Search the library, learnings and facilitators
          </label>
          <input id="site-search" type="search" name="q" placeholder="Search" />
          <button type="submit">Search</button>
        </form>
        <div className="account-menu">
          {user ? (
            <AccountMenu
              summary={
                <>
                  {user.displayName}
                  {data?.unread ? (
                    <span className="badge" aria-label={`${data.unread} unread notifications`}>
                      {data.unread}
                    </span>
                  ) : null}
                </>
              }
            >
              <div className="menu-panel">
                <ul aria-label="Your pages">
                  {data?.menu?.personal.map((link) => (
                    <li key={link.to}>
                      <Link to={link.to}>
                        {link.label}
                        {link.to === "/notifications" && data.unread ? ` (${data.unread} new)` : ""}
                      </Link>
                    </li>
                  ))}
                </ul>
                {data?.menu?.work.length ? (
                  <ul aria-label="Your work" className="menu-work">
                    {data.menu.work.map((link) => (
                      <li key={link.to}>
                        <Link to={link.to}>{link.label}</Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <ul>
                  <li>
                    <Form method="post" action="/logout">
                      <button type="submit" className="link-button">
                        Sign out
                      </button>
                    </Form>
                  </li>
                </ul>
              </div>
            </AccountMenu>
          ) : (
            <ul className="signed-out">
              <li>
                <Link to="/login">Sign in</Link>
              </li>
              <li>
                <Link to="/signup" className="button small">
                  Join
                </Link>
              </li>
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
            <li>
              <strong>Circles:</strong> posts, thread titles and member names are seen only by members of that circle who have accepted its ground rules. Site
              moderators may see them only to keep the circle safe. Circle content is never in search, feeds or emails.
            </li>
            <li>
              <strong>Case learnings:</strong> published only after de-identification and two reviewers; drafts are seen by their author and reviewers.
            </li>
            <li>
              <strong>Facilitator directory and resource library:</strong> public. Contact details are shared only when a facilitator accepts a request.
            </li>
          </ul>
        </section>
        <p className="support-link">
          <Link to="/support">Need support now?</Link> Crisis and support lines by country.
        </p>
        <nav aria-label="About the network" className="footer-links">
          <ul>
            <li>
              <Link to="/privacy">Privacy</Link>
            </li>
            <li>
              <Link to="/terms">Terms of use</Link>
            </li>
            <li>
              <Link to="/support">Support lines</Link>
            </li>
          </ul>
        </nav>
        <p className="small muted">Restorative Network: healing and learning after harm in healthcare.</p>
      </div>
    </footer>
  );
}

/** Shown on every page while a deletion is scheduled, so the person can still change their mind. */
function DeletionNotice({ dueOn }: { dueOn: string }) {
  return (
    <div className="notice" role="status">
      <p>
        Your account is due to be deleted on <strong>{dueOn}</strong>. If you would rather stay, you can keep it.
      </p>
      <Form method="post" action="/account/delete">
        <input type="hidden" name="intent" value="keep" />
        <button type="submit" className="small">
          Keep my account
        </button>
      </Form>
    </div>
  );
}

export default function App() {
  const { user, deletionDueOn } = useLoaderData<typeof loader>();
  return (
    <Document>
      <Header />
      <main id="main" tabIndex={-1}>
        {user && !user.emailVerified ? <ConfirmEmailNotice /> : null}
        {deletionDueOn ? <DeletionNotice dueOn={deletionDueOn} /> : null}
        <Outlet />
      </main>
      <Footer />
      <RememberBrowserZone />
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
          {unconfirmed ? (
            <ConfirmEmailNotice asPage />
          ) : (
            <>
              <h1>{title}</h1>
              <p>{text}</p>
            </>
          )}
          <p>
            <Link to="/">Go to the home page</Link> or <Link to="/support">find support lines</Link>.
          </p>
        </div>
      </main>
      <Footer />
    </Document>
  );
}
