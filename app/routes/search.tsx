import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Visibility } from "~/components/page";
import { FacetFilters } from "~/library/FacetFilters";
import { KIND_LABELS, facetValueLabel, hitUrl } from "~/search/labels";
import { hasFilters, searchFormFromUrl, searchHref, searchQueryFromForm } from "~/search/query";
import { searchSite } from "~/search/search.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    data?.form.q ? `“${data.form.q}” · Search · Restorative Network` : "Search · Restorative Network",
    data?.form.q
      ? `Resources, case learnings and facilitators matching “${data.form.q}”.`
      : "Search the resource library, published case learnings and the facilitator directory.",
  ),
];

export async function loader({ request }: LoaderFunctionArgs) {
  const form = searchFormFromUrl(new URL(request.url));
  if (!form.q.trim() && !hasFilters(form)) return json({ form, result: null }, { headers: { "Cache-Control": "no-store" } });
  const result = await searchSite(searchQueryFromForm(form));
  return json(
    {
      form,
      result: {
        hits: result.hits.map((h) => ({
          id: h.doc.id,
          kind: h.doc.kind,
          url: hitUrl(h.doc),
          type: h.doc.type ?? null,
          year: h.doc.year ?? null,
          countries: h.doc.countries,
          titleHtml: h.highlight.title,
          summaryHtml: h.highlight.summary,
        })),
        totalHits: result.totalHits,
        totalHitsEstimated: result.totalHitsEstimated === true,
        page: result.page,
        totalPages: result.totalPages,
        facets: result.facets,
        reduced: result.mode === "reduced",
      },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

const SUGGESTED = ["restorative conference", "second victim", "open disclosure", "just culture", "hohou te rongo"];

export default function Search() {
  const { form, result } = useLoaderData<typeof loader>();
  const submit = useSubmit();
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const queryRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const searching = navigation.state === "loading" && navigation.location?.pathname === "/search";

  // Arriving from the header box (or back/forward) changes q without typing here: show it.
  useEffect(() => {
    const input = queryRef.current;
    if (input && document.activeElement !== input && input.value !== form.q) input.value = form.q;
  }, [form.q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // With JavaScript, results follow the typing (debounced) and each ticked filter, replacing the
  // history entry so Back leaves the search rather than stepping through every keystroke.
  function scheduleSearch(delayMs: number) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (formRef.current) submit(formRef.current, { replace: true, preventScrollReset: true });
    }, delayMs);
  }

  return (
    <div className="page search-page">
      <h1>Search</h1>
      <Visibility>
        search covers the public resource library, published case learnings and facilitators' public profiles. Circle posts, drafts and private details are
        never searchable.
      </Visibility>
      <Form
        method="get"
        action="/search"
        ref={formRef}
        className="search-form"
        onChange={(event) => scheduleSearch((event.target as HTMLInputElement).name === "q" ? 300 : 0)}
      >
        <div className="search-box">
          <label htmlFor="search-q">Search for</label>
          <div className="search-box-row">
            <input id="search-q" ref={queryRef} type="search" name="q" defaultValue={form.q} autoComplete="off" spellCheck={false} />
            <button type="submit">Search</button>
          </div>
        </div>
        <div className="search-layout">
          <section className="search-filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">Narrow the results</h2>
            {result ? (
              <FacetFilters facets={result.facets} selected={form} params={["kind", "type", "topic", "country", "language"]} />
            ) : (
              <p className="muted small">Filters appear once you search.</p>
            )}
            {result ? (
              <button type="submit" className="secondary small">
                Show results
              </button>
            ) : null}
            {result && hasFilters(form) ? (
              <p>
                <Link to={searchHref(form, { kind: [], type: [], topic: [], country: [], language: [], yearFrom: "", yearTo: "", page: 1 })}>
                  Clear all filters
                </Link>
              </p>
            ) : null}
          </section>
          <section className="search-results" aria-labelledby="results-heading" aria-busy={searching}>
            <h2 id="results-heading">Results</h2>
            {result?.reduced ? (
              <p className="notice quiet" role="status">
                Search is working in a simpler mode just now, so results may be fewer or less well ordered. Everything else on the site works as usual.
              </p>
            ) : null}
            {!result ? (
              <EmptyIntro />
            ) : (
              <>
                <p className="result-count" aria-live="polite">
                  {result.totalHits === 0
                    ? "Nothing found."
                    : `${result.totalHitsEstimated ? `About ${result.totalHits.toLocaleString("en")}` : result.totalHits} ${result.totalHits === 1 ? "result" : "results"}${form.q ? ` for “${form.q}”` : ""}${result.totalPages > 1 ? `, page ${result.page} of ${result.totalPages}` : ""}.`}
                </p>
                {result.totalHits === 0 ? (
                  <NoResults
                    q={form.q}
                    clearHref={
                      hasFilters(form)
                        ? searchHref(form, { kind: [], type: [], topic: [], country: [], language: [], yearFrom: "", yearTo: "", page: 1 })
                        : null
                    }
                  />
                ) : null}
                <ol className="result-list">
                  {result.hits.map((hit) => (
                    <li key={hit.id} className="result">
                      <p className="result-kind">{KIND_LABELS[hit.kind]}</p>
                      {/* Highlights come from the engine, which escapes the text before adding <mark>. */}
                      <h3>
                        <Link to={hit.url} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                      </h3>
                      <p className="result-summary" dangerouslySetInnerHTML={{ __html: hit.summaryHtml }} />
                      <p className="result-meta small muted">
                        {[
                          hit.type ? facetValueLabel("type", hit.type) : null,
                          hit.year,
                          hit.countries.map((c) => facetValueLabel("country", c)).join(", ") || null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    </li>
                  ))}
                </ol>
                {result.totalPages > 1 ? (
                  <nav className="pagination" aria-label="Pages of results">
                    {result.page > 1 ? (
                      <Link to={searchHref(form, { page: result.page - 1 })} rel="prev">
                        ← Previous page
                      </Link>
                    ) : null}
                    <span>
                      Page {result.page} of {result.totalPages}
                    </span>
                    {result.page < result.totalPages ? (
                      <Link to={searchHref(form, { page: result.page + 1 })} rel="next">
                        Next page →
                      </Link>
                    ) : null}
                  </nav>
                ) : null}
              </>
            )}
          </section>
        </div>
      </Form>
    </div>
  );
}

function EmptyIntro() {
  return (
    <div className="search-empty">
      <p>Search the resource library, published case learnings and the facilitator directory at once. Small spelling slips are fine.</p>
      <p>Some places to start:</p>
      <ul className="suggestions">
        {SUGGESTED.map((s) => (
          <li key={s}>
            <Link to={`/search?q=${encodeURIComponent(s)}`}>{s}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function NoResults({ q, clearHref }: { q: string; clearHref: string | null }) {
  return (
    <div className="search-empty">
      <p>We could not find anything{q ? ` for “${q}”` : ""}. You might:</p>
      <ul>
        {clearHref ? (
          <li>
            <Link to={clearHref}>remove the filters</Link> and search again,
          </li>
        ) : null}
        <li>try fewer or more general words, such as “disclosure” or “circle”,</li>
        <li>
          <Link to="/resources">browse the whole resource library</Link>, or
        </li>
        <li>
          <Link to="/resources/suggest">suggest a resource</Link> you think should be here.
        </li>
      </ul>
      <p className="small muted">
        If you are looking for support after harm, <Link to="/support">support lines by country</Link> are always available.
      </p>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
