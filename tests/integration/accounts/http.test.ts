import { describe, expect, it } from "vitest";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, signIn } from "../../support/people";

const app = useTestApp();

describe(`the HTTP layer (${testDriver()})`, () => {
  it("refuses a cross-site POST with 403 and accepts the same POST from this site", async () => {
    const user = await createUser(app.db);
    const client = app.client();
    await signIn(client, user.email);
    const crossSite = await client.post("/account", { intent: "sign-out-everywhere" }, { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect((await client.get("/account")).status).toBe(200);
    const bySecFetch = await client.post("/account", { intent: "sign-out-everywhere" }, { origin: null, headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(bySecFetch.status).toBe(403);
    const nullOrigin = await client.post("/logout", {}, { origin: "null" });
    expect(nullOrigin.status).toBe(403);
    const sameSite = await client.post("/logout", {});
    expect(sameSite.status).toBe(302);
  });

  it("sends the security headers with a fresh script nonce on each page", async () => {
    const a = await app.client().get("/");
    const b = await app.client().get("/");
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const nonce = csp.match(/'nonce-([^']+)'/)![1]!;
    expect(b.headers.get("content-security-policy")).not.toContain(nonce);
    expect(await a.text()).toContain(`nonce="${nonce}"`);
    expect(a.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("reports health as JSON", async () => {
    // A search first, so the engine is running and its state is known: "ok" (no outbox is failing here).
    expect((await app.client().get("/search?q=harm")).status).toBe(200);
    const response = await app.client().get("/healthz");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", db: "ok", version: expect.any(String) });
    expect(body.search).toBe("ok");
  });

  it("serves a real favicon and a robots.txt that keeps private areas out of crawlers", async () => {
    const icon = await app.client().get("/favicon.ico");
    expect(icon.status).toBe(200);
    const bytes = new Uint8Array(await icon.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
    const robots = await app.client().get("/robots.txt");
    expect(robots.status).toBe(200);
    expect(await robots.text()).toMatch(/^Disallow: \/circles$/m);
    expect(await (await app.client().get("/")).text()).toContain('href="/favicon.svg"');
  });

  it("answers 404 for the dev mailbox in production", async () => {
    expect((await app.client().get("/dev/mail")).status).toBe(404);
  });

  it("serves every section's page with 200, with landmarks, a skip link and the support link", async () => {
    for (const path of ["/", "/circles", "/learnings", "/facilitators", "/resources", "/search?q=harm", "/support", "/login", "/signup"]) {
      const { status, html } = await app.client().html(path);
      expect(status, path).toBe(200);
      expect(html, path).toContain('href="#main"');
      expect(html, path).toContain('<main id="main"');
      expect(html, path).toContain('aria-label="Main"');
      expect(html, path).toContain("Need support now?");
    }
  });

  it("lists support lines for at least NZ, AU, CA, US, GB and IE", async () => {
    const { html } = await app.client().html("/support");
    for (const country of ["New Zealand", "Australia", "Canada", "United States", "United Kingdom", "Ireland"]) expect(html).toContain(country);
    expect(html).toContain("988");
    expect(html).toContain("116 123");
  });
});
