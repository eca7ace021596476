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
});
