import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { howToGet } from "~/library/access";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { getResourceForViewer, listRevisions } from "~/library/resources.server";
import { facetValueLabel } from "~/search/labels";
import { AUDIENCES, labelOf } from "~/taxonomy";
import { getUser } from "~/utils/auth.server";
import { notFound, requiredParam } from "~/utils/guards.server";
import { renderMarkdown, renderPublishedMarkdown } from "~/utils/markdown.server";
import { canEditResources, canSeeResourceHistory } from "~/utils/policy.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.resource.title} · Resource library · Restorative Network` : "Resource · Restorative Network" },
  ...(data ? [{ name: "description", content: data.resource.summary.slice(0, 300) }] : []),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  const resource = (await getResourceForViewer(user, requiredParam(params, "slug"))) ?? notFound("We could not find that resource.");
  const revisions = canSeeResourceHistory(user) ? await listRevisions(resource.id) : null;
  return json({
    resource: {
      slug: resource.slug,
      title: resource.title,
      summary: resource.summary,
      url: resource.url,
      type: resource.type,
      topics: resource.topics,
      audiences: resource.audiences,
      countries: resource.countries,
      language: resource.language,
      year: resource.year,
      authors: resource.authors,
      publisher: resource.publisher,
      accessNote: resource.accessNote,
      status: resource.status,
      version: resource.version,
    },
    bodyHtml: resource.body ? (resource.status === "published" ? renderPublishedMarkdown : renderMarkdown)(resource.body) : null,
    revisions,
    editor: canEditResources(user),
  });
}

export default function ResourcePage() {
  const { resource: r, bodyHtml, revisions, editor } = useLoaderData<typeof loader>();
  return (
    <div className="page narrow resource-page">
      <p>
        <Link to="/resources">← Resource library</Link>
      </p>
      <p className="result-kind">{facetValueLabel("type", r.type)}</p>
      <h1 lang={r.language}>{r.title}</h1>
      {r.status === "withdrawn" ? (
        <p className="notice" role="status">
          This resource is withdrawn: only editors can see it, and it is not in search or the feed.
        </p>
      ) : null}
      <Visibility>everyone, without signing in.{editor ? " The revision history below is seen only by editors." : ""}</Visibility>
      {/* Content in another language than the site's is marked, so screen readers pronounce it right. */}
      <p className="lead" lang={r.language}>
        {r.summary}
      </p>
      {r.url ? (
        <p>
          <a className="button" href={r.url} rel="noopener noreferrer nofollow">
            Open the resource<span className="visually-hidden"> (on another website)</span>
          </a>
        </p>
      ) : (
        <p className="notice access-note">
          <strong>How to get it: </strong>
          {howToGet(r)}
        </p>
      )}
      {bodyHtml ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          {/* Rendered on the server by renderMarkdown: marked, then sanitize-html. */}
          <div className="prose" lang={r.language} dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        </section>
      ) : null}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <dl className="resource-details">
          {r.authors.length ? (
            <>
              <dt>Authors</dt>
              <dd>{r.authors.join(", ")}</dd>
            </>
          ) : null}
          {r.publisher ? (
            <>
              <dt>Published by</dt>
              <dd>{r.publisher}</dd>
            </>
          ) : null}
          {r.year ? (
            <>
              <dt>Year</dt>
              <dd>{r.year}</dd>
            </>
          ) : null}
          <dt>Language</dt>
          <dd>{facetValueLabel("language", r.language)}</dd>
          <dt>Countries</dt>
          <dd>{r.countries.length ? r.countries.map((c) => facetValueLabel("country", c)).join(", ") : "International"}</dd>
          {r.audiences.length ? (
            <>
              <dt>For</dt>
              <dd>{r.audiences.map((a) => labelOf(AUDIENCES, a)).join(", ")}</dd>
            </>
          ) : null}
          {r.accessNote ? (
            <>
              <dt>Access</dt>
              <dd>{r.accessNote}</dd>
            </>
          ) : null}
        </dl>
        <ul className="tag-list" aria-label="Topics">
          {r.topics.map((t) => (
            <li key={t}>
              <Link className="tag" to={`/resources?topic=${encodeURIComponent(t)}`}>
                {facetValueLabel("topic", t)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {editor ? (
        <p>
          <Link to={`/resources/${r.slug}/edit`}>Edit this resource</Link>
        </p>
      ) : null}
      {revisions ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Revision history</h2>
          <ol className="revision-list" reversed>
            {revisions.map((rev) => (
              <li key={rev.version}>
                <strong>Version {rev.version}</strong> · {new Date(rev.createdAt).toISOString().slice(0, 10)} · {rev.editorName ?? "a former editor"}
                {rev.version === 1 ? " · added to the library" : rev.changedFields.length ? ` · changed: ${rev.changedFields.join(", ")}` : ""}
                {rev.note ? <span className="muted"> · “{rev.note}”</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
