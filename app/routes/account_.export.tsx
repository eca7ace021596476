import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { requireUser } from "~/utils/auth.server";

export const meta: MetaFunction = () => [
  { title: "Download your data · Restorative Network" },
  { name: "description", content: "Download everything Restorative Network holds about you, as one file." },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, { allowUnconfirmed: true });
  return json(null, { headers: { "Cache-Control": "private, no-store" } });
}

export default function ExportData() {
  return (
    <div className="page narrow">
      <h1>Download your data</h1>
      <p className="lead">You can take a copy of everything we hold about you, whenever you like.</p>
      <p>The file includes:</p>
      <ul>
        <li>your account details and settings;</li>
        <li>the circles you joined or asked to join, the pseudonyms you chose there, and the ground rules you accepted;</li>
        <li>every post and reply you wrote, and the threads you started;</li>
        <li>flags you raised, decisions about your posts, and your appeals;</li>
        <li>your case learnings (with the consent you recorded), reflections and library suggestions;</li>
        <li>your facilitator profile and the requests you sent, if any;</li>
        <li>your notifications, and the record of actions taken under your name.</li>
      </ul>
      <Visibility>only you. The file leaves out other people's names, pseudonyms and words, so you can keep it without holding anyone else's story.</Visibility>
      <p>
        It is a JSON file, a plain-text format that other services and most text editors can open. Keep it somewhere safe: it contains what you wrote in
        confidential circles.
      </p>
      {/* A plain form: the browser saves the file, with or without JavaScript. */}
      <form method="post" action="/account/export.json" className="stack">
        <button type="submit">Download my data</button>
      </form>
      <p>
        <Link to="/account">Back to your account</Link>
      </p>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
