import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { Field, Select } from "~/components/forms";
import { Visibility } from "~/components/page";
import { COUNTRY_OPTIONS } from "~/learnings/components/DraftForm";
import { listLearnings } from "~/learnings/published.server";
import { ListFiltersSchema } from "~/learnings/schema.server";
import { CARE_SETTINGS, COUNTRIES, EVENT_TYPES, labelOf } from "~/taxonomy";
import { getUser } from "~/utils/auth.server";
import { isLearningReviewer } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta(
    "Case learnings · Restorative Network",
    "De-identified case learnings from restorative responses to harm in healthcare, reviewed by two people before publication.",
  ),
];
export const links: LinksFunction = () => [{ rel: "alternate", type: "application/atom+xml", title: "Case learnings (Atom)", href: "/learnings.atom" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const filters = ListFiltersSchema.parse(query);
  const { items, next } = await listLearnings(user, filters);
  return json({ items, next, filters, signedIn: !!user, reviewer: isLearningReviewer(user) });
}

export default function Learnings() {
  const { items, next, filters, signedIn, reviewer } = useLoaderData<typeof loader>();
  const location = useLocation();
  const nextParams = new URLSearchParams(location.search);
  if (next) nextParams.set("after", next);
  const filtered = !!(filters.setting || filters.type || filters.country || filters.year);
  return (
    <div className="page">
      <h1>Case learnings</h1>
      <p className="lead">
        Practitioners share what happened and what was learned, written on the restorative questions, de-identified and reviewed by two people before
        publication.
      </p>
      <Visibility>
        {signedIn
          ? "you see public learnings and those shared with signed-in members."
          : "these are the public learnings. Members who sign in also see learnings shared with members only."}{" "}
        Drafts are never listed here.
      </Visibility>
      <p className="learning-links">
        {signedIn ? (
          <>
            <Link to="/learnings/new">Write a case learning</Link> · <Link to="/learnings/mine">My learnings</Link>
          </>
        ) : (
          <Link to="/login?redirectTo=/learnings/new">Sign in to write a case learning</Link>
        )}
        {reviewer ? (
          <>
            {" "}
            · <Link to="/learnings/reviews">Reviews</Link>
          </>
        ) : null}
        {" · "}
        <a href="/learnings.atom">Atom feed</a>
      </p>
      <Form method="get" className="inline-form learning-filters" aria-label="Filter learnings">
        <Select label="Care setting" name="setting" options={CARE_SETTINGS} placeholder="Any setting" defaultValue={filters.setting ?? ""} />
        <Select label="Kind of event" name="type" options={EVENT_TYPES} placeholder="Any kind" defaultValue={filters.type ?? ""} />
        <Select label="Country" name="country" options={COUNTRY_OPTIONS} placeholder="Any country" defaultValue={filters.country ?? ""} />
        <Field label="Year" name="year" inputMode="numeric" defaultValue={filters.year ?? ""} />
        <button type="submit">Show learnings</button>
        {filtered ? <Link to="/learnings">Clear filters</Link> : null}
      </Form>
      {items.length === 0 ? (
        <p>No learnings match{filtered ? " these filters" : " yet"}.</p>
      ) : (
        <ul className="learning-list">
          {items.map((l) => (
            <li key={l.id} className="card">
              <h2>
                <Link to={`/learnings/${l.slug}`}>{l.title}</Link>
              </h2>
              <p className="small muted">
                {labelOf(CARE_SETTINGS, l.setting)} · {labelOf(EVENT_TYPES, l.eventType)} · {COUNTRIES[l.country] ?? l.country} · {l.year}
                {l.visibility === "members" ? " · Members only" : ""}
                {l.version > 1 ? " · Updated" : ""}
              </p>
              <p>{l.excerpt}</p>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="More learnings" className="pagination">
        {filters.after ? (
          <Link
            to={`/learnings${filtered ? `?${new URLSearchParams(Object.entries({ setting: filters.setting ?? "", type: filters.type ?? "", country: filters.country ?? "", year: filters.year ? String(filters.year) : "" }).filter(([, v]) => v))}` : ""}`}
          >
            Back to the newest
          </Link>
        ) : null}
        {next ? <Link to={`/learnings?${nextParams}`}>Older learnings</Link> : null}
      </nav>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
