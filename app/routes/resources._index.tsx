import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { FacetFilters } from "~/library/FacetFilters";
import { listResources } from "~/library/listing.server";
import { listQueryFromUrl } from "~/library/schema.server";
import { facetValueLabel } from "~/search/labels";
import { getUser } from "~/utils/auth.server";
import { canEditResources, canSuggestResource } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta("Resource library · Restorative Network", "A searchable library of research, guides and tools on restorative responses to harm in healthcare."),
];
export const links: LinksFunction = () => [{ rel: "alternate", type: "application/atom+xml", title: "New resources (Atom)", href: "/resources.atom" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  const query = listQueryFromUrl(new URL(request.url));
  const list = await listResources(user, query);
  return json({ ...list, query, editor: canEditResources(user), canSuggest: canSuggestResource(user) });
}

function pageHref(query: ReturnType<typeof listQueryFromUrl>, page: number, cursor?: { after: string } | { before: string }) {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  for (const key of ["type", "topic", "country", "language"] as const) for (const v of query[key]) p.append(key, v);
  if (query.yearFrom) p.set("yearFrom", String(query.yearFrom));
  if (query.yearTo) p.set("yearTo", String(query.yearTo));
  if (page > 1) p.set("page", String(page));
  if (page > 1 && cursor) for (const [k, v] of Object.entries(cursor)) p.set(k, v);
  const qs = p.toString();
  return qs ? `/resources?${qs}` : "/resources";
}

export default function Resources() {
  const { resources, total, page, totalPages, nextCursor, previousCursor, facets, query, editor, canSuggest } = useLoaderData<typeof loader>();
  const reversed = !!query.yearFrom && !!query.yearTo && query.yearFrom > query.yearTo;
  const filtered = !!(query.q || query.type.length || query.topic.length || query.country.length || query.language.length || query.yearFrom || query.yearTo);
  return (
    <div className="page">
      <h1>Resource library</h1>
      <p className="lead">Papers, policies, frameworks, toolkits and guides on restorative responses to harm in healthcare, chosen by the network's editors.</p>
      <Visibility>everyone, without signing in. Editors choose what is listed; members can suggest additions.</Visibility>
      <ul className="library-actions">
        <li>
          <Link to="/search?kind=resource">Search the library</Link>
        </li>
        {canSuggest ? (
          <li>
            <Link to="/resources/suggest">Suggest a resource</Link>
          </li>
        ) : (
          <li>
            <Link to="/login?redirectTo=/resources/suggest">Sign in to suggest a resource</Link>
          </li>
        )}
        <li>
          <a href="/resources.atom">Feed of new resources (Atom)</a>
        </li>
        {editor ? (
          <>
            <li>
              <Link to="/resources/new">Add a resource</Link>
            </li>
            <li>
              <Link to="/resources/import">Import from CSV or JSON</Link>
            </li>
            <li>
              <Link to="/resources/queue">Suggestions waiting</Link>
            </li>
          </>
        ) : null}
      </ul>
      <div className="search-layout">
        <section className="search-filters" aria-labelledby="library-filters">
          <h2 id="library-filters">Narrow the list</h2>
          <Form method="get" action="/resources">
            {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
            <FacetFilters
              facets={facets}
              selected={{
                kind: [],
                type: query.type,
                topic: query.topic,
                country: query.country,
                language: query.language,
                yearFrom: query.yearFrom ? String(query.yearFrom) : "",
                yearTo: query.yearTo ? String(query.yearTo) : "",
              }}
              params={["type", "topic", "country", "language"]}
            />
            <button type="submit" className="secondary small">
              Show resources
            </button>
          </Form>
          {filtered ? (
            <p>
              <Link to="/resources">Clear all filters</Link>
            </p>
          ) : null}
        </section>
        <section className="search-results" aria-labelledby="library-list">
          <h2 id="library-list">
            {total} {total === 1 ? "resource" : "resources"}
          </h2>
          {reversed ? (
            <p className="notice" role="status">
              The years run backwards (from {query.yearFrom} to {query.yearTo}), so nothing can match.{" "}
              <Link to={pageHref({ ...query, yearFrom: query.yearTo, yearTo: query.yearFrom }, 1)}>
                Show {query.yearTo} to {query.yearFrom} instead
              </Link>
              .
            </p>
          ) : total === 0 ? (
            <p>
              Nothing matches these filters. <Link to="/resources">Show the whole library</Link>, or <Link to="/resources/suggest">suggest a resource</Link>.
            </p>
          ) : null}
          <ol className="result-list">
            {resources.map((r) => (
              <li key={r.id} className="result">
                <p className="result-kind">
                  {facetValueLabel("type", r.type)}
                  {r.status === "withdrawn" ? " · withdrawn (editors only)" : ""}
                </p>
                <h3>
                  <Link to={`/resources/${r.slug}`}>{r.title}</Link>
                </h3>
                <p className="result-summary">{r.summary}</p>
                <p className="result-meta small muted">
                  {[
                    r.year,
                    r.publisher || null,
                    r.countries.map((c) => facetValueLabel("country", c)).join(", ") || "International",
                    facetValueLabel("language", r.language),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ol>
          {totalPages > 1 ? (
            <nav className="pagination" aria-label="Pages of resources">
              {previousCursor && page > 1 ? (
                <Link to={pageHref(query, page - 1, { before: previousCursor })} rel="prev">
                  ← Previous page
                </Link>
              ) : null}
              <span>
                Page {page} of {totalPages}
              </span>
              {nextCursor ? (
                <Link to={pageHref(query, page + 1, { after: nextCursor })} rel="next">
                  Next page →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
