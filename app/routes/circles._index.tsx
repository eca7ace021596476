import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { decodeCircleCursor, listCircles } from "~/circles/circles.server";
import { KIND_SHORT } from "~/circles/ui";
import { LANGUAGES } from "~/taxonomy";
import { getUser } from "~/utils/auth.server";
import { canCreateCircle } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Circles · Restorative Network", "Confidential, moderated peer-support circles for healthcare workers affected by harm in care."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 200);
  const page = await listCircles(user, {
    q,
    after: decodeCircleCursor(url.searchParams.get("after")),
    before: decodeCircleCursor(url.searchParams.get("before")),
  });
  return json({ signedIn: !!user, canCreate: canCreateCircle(user), q, ...page });
}

const STATUS_NOTE: Record<string, string> = { active: "You are a member", pending: "Your request is waiting", removed: "", left: "", declined: "" };

export default function Circles() {
  const { signedIn, canCreate, q, circles, previousCursor, nextCursor } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>Peer-support circles</h1>
      <p className="lead">Small, moderated, confidential circles where healthcare workers who were involved in harm can speak and be heard by peers.</p>
      <Visibility>
        this list of circles is public. What is said inside a circle (thread titles, posts, who the members are) is seen only by its members who have accepted
        its ground rules, and by site moderators only to keep it safe.
      </Visibility>
      {!signedIn ? (
        <section aria-labelledby="how-heading" className="card">
          <h2 id="how-heading">How circles work</h2>
          <p>
            Each circle has a purpose, ground rules about confidentiality and respect, and trained facilitators. Some circles are open, some ask for a short
            message first, and some are by invitation only. You can take part under your own name or under a pseudonym that no one in the circle can link to
            you.
          </p>
          <p>
            <Link to="/signup">Create an account</Link> or <Link to="/login?redirectTo=/circles">sign in</Link> to join a circle.
          </p>
        </section>
      ) : null}
      {canCreate ? (
        <p>
          <Link className="button" to="/circles/new">
            Create a circle
          </Link>
        </p>
      ) : null}
      <h2 id="circles-heading">Circles</h2>
      <Form method="get" className="stack" role="search" aria-labelledby="circles-heading">
        <div className="field">
          <label htmlFor="circles-q">Find a circle by words in its name or purpose</label>
          <input id="circles-q" type="search" name="q" defaultValue={q} maxLength={200} />
        </div>
        <p>
          <button type="submit">Find circles</button>
          {q ? (
            <>
              {" "}
              <Link to="/circles">Show all circles</Link>
            </>
          ) : null}
        </p>
      </Form>
      {circles.length === 0 ? (
        <p>{q ? `No circle's name or purpose holds “${q}”. Try fewer or different words.` : "There are no circles yet."}</p>
      ) : (
        <ul className="circle-list">
          {circles.map((c) => (
            <li key={c.id} className="card">
              <h3>
                <Link to={`/circles/${c.slug}`}>{c.name}</Link>
              </h3>
              <p>{c.purpose}</p>
              <p className="circle-facts">
                <span className="tag">{KIND_SHORT[c.kind]}</span>
                <span className="tag">{LANGUAGES[c.language] ?? c.language}</span>
                {c.memberCount !== null ? <span className="tag">{`${c.memberCount} ${c.memberCount === 1 ? "member" : "members"}`}</span> : null}
                {c.myStatus && STATUS_NOTE[c.myStatus] ? <span className="tag">{STATUS_NOTE[c.myStatus]}</span> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <CirclePager q={q} previousCursor={previousCursor} nextCursor={nextCursor} />
    </div>
  );
}

/** Plain links, so paging works without JavaScript. */
function CirclePager({ q, previousCursor, nextCursor }: { q: string; previousCursor: string | null; nextCursor: string | null }) {
  if (!previousCursor && !nextCursor) return null;
  const query = (key: string, cursor: string) => `/circles?${new URLSearchParams(q ? { q, [key]: cursor } : { [key]: cursor })}`;
  return (
    <nav className="pagination" aria-label="Pages of circles">
      {previousCursor ? <Link to={query("before", previousCursor)}>← Previous circles</Link> : null}
      {nextCursor ? <Link to={query("after", nextCursor)}>More circles →</Link> : null}
    </nav>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
