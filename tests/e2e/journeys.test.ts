import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expect, expectNoAxeViolations, launchBrowser, newContext, signInAs } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const CIRCLE = "/circles/after-a-medication-error";
const THREAD = "I gave the wrong dose and I can't stop replaying it";

describe("what people meet when they use it, in Chromium", () => {
  it("the reply box clears after a post, and a double click posts once (with JavaScript)", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, "member@example.org");
    await page.goto(CIRCLE);
    await page.getByRole("link", { name: THREAD }).click();
    await page.waitForURL("**/threads/**");
    const text = `Thank you for saying this out loud ${Date.now()}.`;
    await page.getByLabel("Your reply").fill(text);
    await page.getByRole("button", { name: "Post the reply" }).dblclick();
    await expect.poll(() => page.getByText(text).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByLabel("Your reply").inputValue()).toBe("");
    // A reload shows the one post, not two.
    await page.reload();
    await expect.poll(() => page.getByText(text).count()).toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("the check page lists each found value once and works from the keyboard alone", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, "member3@example.org");
    await page.goto("/learnings/new");
    await page.getByLabel("Title").fill("A handover at night");
    await page.getByLabel("What happened").fill("Dr James Patel rang the ward on 021 555 0143. Later Dr James Patel rang again.");
    await page.getByRole("button", { name: "Start the draft" }).click();
    await page.waitForURL(/saved=1/);
    await page.getByRole("button", { name: "Check for identifiers" }).click();
    await page.waitForURL(/\/check$/);
    await expect.poll(() => page.locator("#values li.finding").filter({ hasText: "“James Patel”" }).count()).toBe(1);
    const status = page.locator(".check-count");
    const before = (await status.textContent()) ?? "";
    expect(before).toMatch(/^(\d+) of \1 values still needs? a choice/);
    await expectNoAxeViolations(page);
    // Keyboard only: focus the reason, type it, Tab to the button, Enter.
    await page.getByLabel(/Why “James Patel” does not identify anyone \(one reason covers all 2 places\)/).focus();
    await page.keyboard.type("A made-up name for this story");
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("Mark “James Patel” as not identifying in all 2 places");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByText("You marked this as not identifying in all 2 places: A made-up name for this story").count(), { timeout: 15_000 })
      .toBe(1);
    const total = Number(before.match(/^\d+ of (\d+)/)![1]);
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^${total - 1} of ${total} values still needs? a choice`));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("Escape closes the account menu and returns focus to it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, "member4@example.org");
    const summary = page.locator(".account-menu summary");
    await summary.click();
    await expect.poll(() => page.locator(".account-menu details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".account-menu details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
    await context.close();
  });
});
