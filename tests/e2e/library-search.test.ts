import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expect, expectNoAxeViolations, launchBrowser, newContext, signInAs } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const HUMANIZING = /Humanizing harm/;

async function narrowByTypeAndCountry(page: Page) {
  await page
    .getByRole("group", { name: "Type" })
    .getByRole("checkbox", { name: /^Article/ })
    .check();
  await page
    .getByRole("group", { name: "Country" })
    .getByRole("checkbox", { name: /^New Zealand/ })
    .check();
}

describe("search and the resource library in Chromium", () => {
  it("finds “Humanizing harm” as you type a typo, narrows by type and country, and opens it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/search");
    await expectNoAxeViolations(page);

    // Typing alone (no Enter) updates the results.
    await page.getByLabel("Search for").pressSequentially("humanzing", { delay: 40 });
    await page.waitForURL((u) => u.searchParams.get("q") === "humanzing");
    await expect.poll(() => page.getByRole("link", { name: HUMANIZING }).count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Search for").inputValue()).toBe("humanzing");
    await expectNoAxeViolations(page);

    await narrowByTypeAndCountry(page);
    await page.waitForURL((u) => u.searchParams.getAll("type").includes("article") && u.searchParams.getAll("country").includes("NZ"));
    await expect.poll(() => page.getByRole("link", { name: HUMANIZING }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: HUMANIZING }).click();
    await page.waitForURL("**/resources/humanizing-harm-restorative-approach");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(HUMANIZING);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("works without JavaScript: the header box, the filters button and the result", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    // axe-core runs as page script, so the same pages are checked with JavaScript on in the other tests.
    await page.goto("/");
    await page.getByLabel("Search the library, learnings and facilitators").fill("humanzing");
    await page.getByLabel("Search the library, learnings and facilitators").press("Enter");
    await page.waitForURL((u) => u.pathname === "/search" && u.searchParams.get("q") === "humanzing");
    expect(await page.getByRole("link", { name: HUMANIZING }).count()).toBeGreaterThan(0);

    await narrowByTypeAndCountry(page);
    await page.getByRole("button", { name: "Show results" }).click();
    await page.waitForURL((u) => u.searchParams.getAll("type").includes("article") && u.searchParams.getAll("country").includes("NZ"));
    expect(await page.getByRole("link", { name: HUMANIZING }).count()).toBe(1);

    await page.getByRole("link", { name: HUMANIZING }).click();
    await page.waitForURL("**/resources/humanizing-harm-restorative-approach");
    expect(await page.getByRole("link", { name: /Open the resource/ }).getAttribute("href")).toBe("https://doi.org/10.1111/hex.13478");
    await context.close();
  });

  it("shows a helpful empty state, the library with its facets, and a well-formed Atom feed", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/search?q=zzqqxxnothing");
    await expect.poll(() => page.getByText("We could not find anything").count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.goto("/resources");
    await expectNoAxeViolations(page);
    await page
      .getByRole("group", { name: "Language" })
      .getByRole("checkbox", { name: /^French/ })
      .check();
    await page.getByRole("button", { name: "Show resources" }).click();
    await page.waitForURL((u) => u.searchParams.get("language") === "fr");
    await expect.poll(() => page.locator(".result").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    const feed = await page.evaluate(async () => {
      const text = await (await fetch("/resources.atom")).text();
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length,
        entries: doc.getElementsByTagName("entry").length,
        root: doc.documentElement.namespaceURI,
      };
    });
    expect(feed).toEqual({ error: 0, entries: expect.any(Number), root: "http://www.w3.org/2005/Atom" });
    expect(feed.entries).toBeGreaterThanOrEqual(40);
    await context.close();
  });

  it("gives editors accessible forms: add with errors next to fields, the import page and the queue", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, "moderator@example.org");
    await page.goto("/resources/new");
    await expectNoAxeViolations(page);
    await page.getByLabel("Summary").fill("Kept while the title is missing.");
    await page.getByRole("button", { name: "Add to the library" }).click();
    await expect.poll(() => page.getByText("Give the resource a title.").count()).toBe(1);
    expect(await page.getByLabel("Summary").inputValue()).toBe("Kept while the title is missing.");
    await expectNoAxeViolations(page);

    await page.goto("/resources/import");
    await expectNoAxeViolations(page);
    await page.goto("/resources/queue");
    await expectNoAxeViolations(page);
    await page.goto("/resources/humanizing-harm-restorative-approach");
    await expect.poll(() => page.getByRole("heading", { name: "Revision history" }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
