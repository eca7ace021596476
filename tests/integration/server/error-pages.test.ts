// A page that cannot be shown answers with its real status and a kind page inside the site's own layout
// (header, skip link, navigation), saying why in plain words: the guard's own sentence when it wrote one.
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../support/app";
import { createCircle, joinOpen } from "../circles/circle-helpers";

const app = useTestApp();

describe("error pages from nested routes", () => {
  it("a circle that does not exist is a 404 with the site's header and a way home", async () => {
    const page = await app.client().html("/circles/no-such-circle-anywhere");
    expect(page.status).toBe(404);
    expect(page.html).toContain('class="site-header"');
    expect(page.html).toContain("<h1>We could not find that page</h1>");
    expect(page.html).toContain('href="/support"');
  });

  it("a member opening the circle's review queue is told who may see it, with a 403", async () => {
    const circle = await createCircle(app);
    const member = await joinOpen(app, circle.slug);
    const page = await member.client.html(`/circles/${circle.slug}/review`);
    expect(page.status).toBe(403);
    expect(page.html).toContain('class="site-header"');
    expect(page.html).toContain("<h1>This is not available to you</h1>");
    expect(page.html).toContain("Only this circle&#x27;s facilitators and site moderators can see this page.");
  });
});
