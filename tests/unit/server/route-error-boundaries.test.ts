// Every page route that loads or acts has its own error boundary, so a 403, 404 or failure shows a kind
// page inside the site's layout; and what that page says never includes an exception's own words.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeRouteError } from "~/components/RouteErrorBoundary";

const ROUTES = path.resolve(import.meta.dirname, "../../../app/routes");
const pageRoutes = readdirSync(ROUTES)
  .filter((f) => f.endsWith(".tsx"))
  .map((f) => ({ file: f, source: readFileSync(path.join(ROUTES, f), "utf8") }))
  .filter((r) => /^export default/m.test(r.source) && /export (async )?function (loader|action)\b/.test(r.source));

/** What Remix hands a boundary for a thrown `json(data, { status })`. */
const thrown = (status: number, data: unknown) => ({ status, statusText: "", internal: false, data });

describe("route error boundaries", () => {
  it("every page route with a loader or action exports an ErrorBoundary", () => {
    expect(pageRoutes.length).toBeGreaterThan(40);
    expect(pageRoutes.filter((r) => !/export (function ErrorBoundary|\{ RouteErrorBoundary as ErrorBoundary \})/.test(r.source)).map((r) => r.file)).toEqual(
      [],
    );
  });

  it("a 404 and a 403 say so plainly, with the guard's own words when it wrote some", () => {
    expect(describeRouteError(thrown(404, { message: "Not found" }))).toMatchObject({ title: "We could not find that page", unconfirmed: false });
    expect(describeRouteError(thrown(404, { message: "Not found" })).text).toMatch(/may have moved/);
    const own = describeRouteError(thrown(403, { message: "Only this circle's facilitators and site moderators can see this page." }));
    expect(own).toMatchObject({
      status: 403,
      title: "This is not available to you",
      text: "Only this circle's facilitators and site moderators can see this page.",
    });
  });

  it("an unconfirmed account is recognised, so the page can offer to send the link again", () => {
    expect(describeRouteError(thrown(403, { reason: "unconfirmed-email", message: "Please confirm" })).unconfirmed).toBe(true);
  });

  it("an exception shows the generic kind sentence, never its message or stack", () => {
    const error = new Error('relation "circle_posts" does not exist at line 12');
    const shown = describeRouteError(error);
    expect(shown.status).toBe(500);
    expect(shown.title).toBe("Something went wrong");
    expect(shown.text).not.toContain("circle_posts");
    expect(describeRouteError(thrown(500, { message: "internal detail" })).text).not.toContain("internal detail");
  });
});
