import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Visibility, TableScroll } from "~/components/page";
import { myLearnings } from "~/learnings/published.server";
import { requireUser } from "~/utils/auth.server";
import { pageMeta } from "~/components/meta";
import { LocalTime } from "~/components/LocalTime";

export const meta: MetaFunction = () => [
  ...pageMeta("My learnings · Restorative Network", "The case learnings you wrote: drafts, those in review, and those published."),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return json({ items: await myLearnings(user.id) });
}

function stateOf(item: { status: string; stage: string | null; kind: string | null; returnedAt: string | null; visibility: string | null }) {
  const correction = item.kind === "correction" ? "Correction: " : "";
  if (item.stage === "editing") return `${correction}${item.returnedAt ? "Returned with comments" : "Draft"}`;
  if (item.stage === "awaiting_first") return `${correction}Waiting for reviewer one`;
  if (item.stage === "awaiting_second") return `${correction}Waiting for reviewer two`;
  if (item.status === "withdrawn") return "Withdrawn";
  return item.visibility === "members" ? "Published for members" : "Published";
}

export default function MyLearnings() {
  const { items } = useLoaderData<typeof loader>();
  return (
    <div className="page narrow">
      <h1>My learnings</h1>
      <p>
        <Link to="/learnings/new" className="button">
          Write a case learning
        </Link>
      </p>
      <Visibility>only you. Drafts are private to you until you submit them to reviewers.</Visibility>
      {items.length === 0 ? (
        <p>You have not started a learning yet.</p>
      ) : (
        <TableScroll label="Your learnings">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Learning</th>
                <th scope="col">State</th>
                <th scope="col">Last change</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    {item.stage ? (
                      <Link to={`/learnings/drafts/${item.id}`}>{item.draftTitle || "Untitled draft"}</Link>
                    ) : item.status === "published" && item.slug ? (
                      <Link to={`/learnings/${item.slug}`}>{item.publishedTitle}</Link>
                    ) : (
                      (item.publishedTitle ?? "Untitled")
                    )}
                  </td>
                  <td>{stateOf(item)}</td>
                  <td>
                    <LocalTime at={item.updatedAt} day />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
