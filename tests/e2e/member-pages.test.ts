import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expect, expectNoAxeViolations, launchBrowser, newContext, signInAs } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const PHONE = { width: 390, height: 844 };

async function phonePage(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  return { context, page };
}

/** How far the page reaches sideways at 390 px; more than 390 means the reader has to scroll sideways. */
const pageWidth = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

async function menuLinks(page: Page) {
  await page.locator(".account-menu summary").click();
  const links = await page
    .locator(".account-menu .menu-panel a")
    .evaluateAll((as) => as.map((a) => ({ label: a.textContent?.trim() ?? "", href: a.getAttribute("href") ?? "" })));
  await page.keyboard.press("Escape");
  return links;
}

// What each role must reach from its menu (issue 13.14), and what it must not be offered.
const ROLES = [
  {
    email: "member@example.org",
    has: ["Your account", "Notifications", "Your learnings"],
    not: ["Care queue", "Request inbox", "Moderation", "Administration", "Your requests to facilitators"],
  },
  { email: "peer@example.org", has: ["Care queue"], not: ["Moderation", "Administration", "Request inbox"] },
  { email: "facilitator@example.org", has: ["Request inbox", "Your facilitator profile", "Learnings to review"], not: ["Moderation", "Administration"] },
  { email: "org@example.org", has: ["Your requests to facilitators"], not: ["Care queue", "Moderation", "Administration"] },
  {
    email: "moderator@example.org",
    has: ["Moderation", "Appeals", "Reveal requests", "Care queue", "Library suggestions"],
    not: ["Administration", "Audit log"],
  },
  { email: "admin@example.org", has: ["Administration", "Audit log", "Moderation", "Concerns about facilitators"], not: [] },
];

const PUBLIC_PAGES = ["/", "/circles", "/learnings", "/facilitators", "/resources", "/support", "/privacy", "/terms", "/search?q=apology", "/login", "/signup"];

describe("pages for every role, on a 390 px phone", () => {
  it("anyone: the public pages never scroll sideways, and privacy and terms are linked from the footer and sign-up", async () => {
    const { context, page } = await phonePage();
    for (const path of PUBLIC_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      expect(await pageWidth(page), `${path} scrolls sideways`).toBeLessThanOrEqual(PHONE.width);
    }
    await page.goto("/signup");
    await expect.poll(() => page.locator("main a[href='/terms']").count()).toBe(1);
    await expect.poll(() => page.locator("main a[href='/privacy']").count()).toBe(1);
    await expect.poll(() => page.locator("footer a[href='/privacy']").count()).toBe(1);
    for (const path of ["/privacy", "/terms"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });

  for (const role of ROLES) {
    it(`${role.email}: the menu offers this role's work, every menu page answers, and none scrolls sideways`, async () => {
      const { context, page } = await phonePage();
      await signInAs(page, role.email);
      const links = await menuLinks(page);
      const labels = links.map((l) => l.label.replace(/\s*\(\d+ new\)$/, ""));
      for (const label of role.has) expect(labels, role.email).toContain(label);
      for (const label of role.not) expect(labels, role.email).not.toContain(label);
      for (const link of links) {
        const response = await page.goto(link.href);
        expect(response?.status(), `${role.email} → ${link.href}`).toBe(200);
        await expect.poll(() => page.locator("h1").count(), { timeout: 10_000 }).toBeGreaterThan(0);
        expect(await pageWidth(page), `${link.href} scrolls sideways for ${role.email}`).toBeLessThanOrEqual(PHONE.width);
      }
      await context.close();
    });
  }

  it("an admin reading a facilitator's profile is not offered an “Edit profile” link that would refuse them", async () => {
    const { context, page } = await phonePage();
    await signInAs(page, "admin@example.org");
    await page.goto("/facilitators");
    const profile = await page.locator("main a[href^='/facilitators/']").first().getAttribute("href");
    await page.goto(profile!);
    expect(await page.getByRole("link", { name: "Edit profile" }).count()).toBe(0);
    await context.close();
  });

  it("a member's account, export and delete pages are calm, accessible and fit the phone", async () => {
    const { context, page } = await phonePage();
    await signInAs(page, "member2@example.org");
    for (const path of ["/account", "/account/export", "/account/delete"]) {
      await page.goto(path);
      expect(await pageWidth(page), path).toBeLessThanOrEqual(PHONE.width);
      await expectNoAxeViolations(page);
    }
    await page.goto("/account/export");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download my data" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^restorative-network-data-\d{4}-\d{2}-\d{2}\.json$/);
    await context.close();
  });

  it("without JavaScript, a mistyped confirmation keeps what was typed and says what to fix; nothing is deleted", async () => {
    const { context, page } = await phonePage({ javaScriptEnabled: false });
    await signInAs(page, "member3@example.org");
    await page.goto("/account/delete");
    await page.getByLabel("Remove them").check();
    await page.getByLabel(/To confirm, type/).fill("delete my acount");
    await page.getByLabel("Your password").fill("healing-together-2026");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.waitForLoadState();
    await expect.poll(() => page.getByText("Please type the words “delete my account” to confirm.").count()).toBe(1);
    expect(await page.getByLabel(/To confirm, type/).inputValue()).toBe("delete my acount");
    expect(await page.getByLabel("Remove them").isChecked()).toBe(true);
    await page.goto("/account");
    expect(page.url()).toMatch(/\/account$/);
    await context.close();
  });
});

describe("every page describes itself", () => {
  it("each page reached from the admin's and a member's pages has one meta description, and no two routes share one", async () => {
    const byDescription = new Map<string, string>();
    const problems: string[] = [];
    for (const email of ["admin@example.org", "member@example.org"]) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signInAs(page, email);
      const queue = ["/", "/account", "/account/export", "/account/delete", "/privacy", "/terms", ...PUBLIC_PAGES];
      const seen = new Set<string>();
      const routesSeen = new Set<string>();
      while (queue.length && seen.size < 90) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        const response = await page.goto(path);
        if (!response || response.status() >= 400 || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
        // The route's id is read from the router, which exists only once the page has hydrated (on a busy machine,
        // some time after "load").
        await page.waitForFunction(() => !!(window as unknown as { __remixRouter?: unknown }).__remixRouter, undefined, { timeout: 15_000 });
        const routeId = await page.evaluate(() => {
          const w = window as unknown as { __remixRouter?: { state: { matches: Array<{ route: { id: string } }> } } };
          return w.__remixRouter?.state.matches.at(-1)?.route.id ?? "";
        });
        const descriptions = await page.locator('head meta[name="description"]').evaluateAll((ms) => ms.map((m) => m.getAttribute("content") ?? ""));
        if (descriptions.length !== 1 || !descriptions[0]!.trim()) problems.push(`${path} (${routeId}): ${descriptions.length} descriptions`);
        const description = descriptions[0] ?? "";
        const owner = byDescription.get(description);
        if (owner && owner !== routeId) problems.push(`${path} (${routeId}) shares its description with ${owner}`);
        byDescription.set(description, routeId);
        // One page of each route is enough to follow links from.
        if (routesSeen.has(routeId)) continue;
        routesSeen.add(routeId);
        const hrefs = await page.locator("a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
        for (const href of hrefs) {
          const clean = href.split("#")[0]!;
          if (!clean || /\.(ics|csv|atom|json)(\?|$)|^\/(logout|dev\/)|^\/calendar\//.test(clean)) continue;
          if (!seen.has(clean)) queue.push(clean);
        }
      }
      expect(seen.size, `${email} reached too few pages to mean anything`).toBeGreaterThan(25);
      await context.close();
    }
    expect(problems).toEqual([]);
    expect(byDescription.size).toBeGreaterThan(30);
  });
});
