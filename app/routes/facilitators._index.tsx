import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { Select } from "~/components/forms";
import { Visibility } from "~/components/page";
import { findFacilitators } from "~/directory/directory.server";
import { buildFilterControls, directoryHref } from "~/directory/filters";
import { parseDirectoryQuery } from "~/directory/query";
import { FacilitatorCardItem } from "~/directory/ui";
import { getUser } from "~/utils/auth.server";
import { canHaveOwnFacilitatorProfile } from "~/utils/policy.server";

export const meta: MetaFunction = () => [
  { title: "Find a facilitator · Restorative Network" },
  { name: "description", content: "Trained restorative facilitators for healthcare, by country, language, way of meeting and specialty." },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const query = parseDirectoryQuery(new URL(request.url).searchParams);
  const [page, user] = await Promise.all([findFacilitators(query), getUser(request, context)]);
  return json({ query, page, isFacilitator: canHaveOwnFacilitatorProfile(user) });
}

export default function FacilitatorDirectory() {
  const { query, page, isFacilitator } = useLoaderData<typeof loader>();
  const controls = buildFilterControls(page.facets, query);
  const verifiedCount = page.facets.verified["1"] ?? 0;
  const busy = useNavigation().state === "loading";
  const filtered = directoryHref({ ...query, cursor: null }) !== "/facilitators";
  return (
    <div className="page directory">
      <h1>Find a facilitator</h1>
      <p className="lead">Trained restorative facilitators who help patients, families and healthcare teams meet and talk after harm.</p>
      <Visibility>
        profiles are public. Contact details are never shown here: a facilitator's email and phone are shared only with an organisation whose request they
        accept.
      </Visibility>
      {isFacilitator ? (
        <p>
          <Link to="/facilitators/me">Edit your own profile</Link>
        </p>
      ) : null}
      <div className="directory-layout">
        <Form method="get" className="directory-filters stack" aria-labelledby="filters-heading">
          <h2 id="filters-heading">Filter the directory</h2>
          <p className="hint">The number beside each choice is how many facilitators it would show with your other filters.</p>
          <div className="field">
            <label htmlFor="directory-q">Name, specialty or words from a bio</label>
            <input id="directory-q" type="search" name="q" defaultValue={query.q} />
          </div>
          {controls.map((c) => (
            <Select key={c.name} label={c.label} name={c.name} options={c.options} placeholder={c.placeholder} defaultValue={c.selected} />
          ))}
          <label className="checkbox">
            <input type="checkbox" name="verified" value="1" defaultChecked={query.verified} /> Training verified only ({verifiedCount})
          </label>
          <Select
            label="Order"
            name="sort"
            defaultValue={query.sort}
            options={[
              { value: "relevance", label: "Most relevant (equal matches take turns)" },
              { value: "verified", label: "Recently verified" },
            ]}
          />
          <button type="submit">Show facilitators</button>
          {filtered ? <Link to="/facilitators">Clear all filters</Link> : null}
        </Form>
        <section aria-labelledby="results-heading" className="directory-results" aria-busy={busy || undefined}>
          <h2 id="results-heading">
            {`${page.total === 1 ? "1 facilitator" : `${page.total} facilitators`}${filtered ? (page.total === 1 ? " matches your filters" : " match your filters") : ""}`}
          </h2>
          {page.results.length === 0 ? (
            <p>No facilitator matches all of these filters. Try removing one: the numbers beside each choice show what you would find.</p>
          ) : (
            <ul className="facilitator-list">
              {page.results.map((f) => (
                <FacilitatorCardItem key={f.id} card={f} />
              ))}
            </ul>
          )}
          <nav aria-label="More results" className="pagination">
            {query.cursor ? <Link to={directoryHref({ ...query, cursor: null })}>First page</Link> : null}
            {page.nextCursor ? <Link to={directoryHref(query, page.nextCursor)}>Next page</Link> : null}
          </nav>
        </section>
      </div>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
