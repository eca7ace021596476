import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expect, expectNoAxeViolations, launchBrowser, newContext, signInAs } from "../support/browser";

// The demo seed: Claire Tremblay (facilitator@example.org) owns a Canadian profile that works in French
// and English, in person, online and hybrid; Grace Nkosi (org@example.org) belongs to Harbourside Health Service.
const CLAIRE_EMAIL = "claire.tremblay@example.org";
const CLAIRE_PHONE = "+1 416 555 0173";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("facilitator directory in Chromium", () => {
  it("an organisation member filters, sends a request; the facilitator accepts; both see each other's details", async () => {
    const orgContext = await newContext(browser);
    const org = await orgContext.newPage();
    await signInAs(org, "org@example.org");

    await org.goto("/facilitators");
    await expectNoAxeViolations(org);
    await org.getByLabel("Country", { exact: true }).selectOption("CA");
    await org.getByLabel("Language", { exact: true }).selectOption("fr");
    await org.getByLabel("Way of meeting", { exact: true }).selectOption("hybrid");
    await org.getByRole("button", { name: "Show facilitators" }).click();
    await org.waitForURL(
      (u) => u.searchParams.get("country") === "CA" && u.searchParams.get("language") === "fr" && u.searchParams.get("modality") === "hybrid",
    );
    await expect.poll(() => org.getByRole("heading", { name: /facilitators? match(es)? your filters/ }).count()).toBe(1);
    await expectNoAxeViolations(org);
    expect(await org.content()).not.toContain(CLAIRE_EMAIL);

    await org.getByRole("link", { name: "Claire Tremblay" }).click();
    await org.waitForURL("**/facilitators/claire-tremblay");
    await expect.poll(() => org.getByText(/Training verified, valid until/).count()).toBe(1);
    await expect.poll(() => org.getByText(/Usually responds within/).count()).toBe(1);
    expect(await org.content()).not.toContain(CLAIRE_EMAIL);
    await expectNoAxeViolations(org);

    await org.getByRole("link", { name: "Send a request" }).click();
    await org.waitForURL("**/facilitators/claire-tremblay/request");
    await expectNoAxeViolations(org);
    await org.getByLabel("Kind of harm").selectOption("communication");
    await org.getByLabel("Care setting").selectOption("emergency");
    await org.getByLabel("Preferred way of meeting").selectOption("hybrid");
    await org.getByLabel("Timeframe").selectOption("within_month");
    // First with a patient identifier: refused, with the text kept.
    const withPhone = "Our emergency team would like help after a family complaint. Their number is 021 555 0199.";
    await org.getByLabel("A short message").fill(withPhone);
    await org.getByRole("button", { name: "Send the request" }).click();
    await expect.poll(() => org.getByText("Please remove details that could identify a patient").count()).toBe(1);
    await expect.poll(() => org.getByLabel("A short message").inputValue()).toBe(withPhone);
    await expectNoAxeViolations(org);
    await org
      .getByLabel("A short message")
      .fill("Our emergency team would like help preparing a restorative conversation with a family after a difficult night.");
    await org.getByRole("button", { name: "Send the request" }).click();
    await org.waitForURL("**/requests/**");
    await expect.poll(() => org.getByText("Your request is on its way").count()).toBe(1);
    await expectNoAxeViolations(org);
    const requestUrl = new URL(org.url());
    expect(await org.content()).not.toContain(CLAIRE_EMAIL);

    const facilitatorContext = await newContext(browser);
    const facilitator = await facilitatorContext.newPage();
    await signInAs(facilitator, "facilitator@example.org");
    await facilitator.goto("/requests/inbox");
    await expectNoAxeViolations(facilitator);
    await facilitator.getByRole("row").filter({ hasText: "Waiting for an answer" }).first().getByRole("link", { name: "Harbourside Health Service" }).click();
    await facilitator.waitForURL(`**${requestUrl.pathname}`);
    expect(await facilitator.content()).not.toContain("org@example.org");
    await expectNoAxeViolations(facilitator);
    await facilitator.getByRole("button", { name: "Accept and share contact details" }).click();
    await expect.poll(() => facilitator.getByText("You accepted").count()).toBe(1);
    await expect.poll(() => facilitator.getByRole("link", { name: "org@example.org" }).count()).toBe(1);
    await expectNoAxeViolations(facilitator);

    await org.goto(requestUrl.pathname);
    await expect.poll(() => org.getByRole("link", { name: CLAIRE_EMAIL }).count()).toBe(1);
    await expect.poll(() => org.getByText(CLAIRE_PHONE).count()).toBe(1);
    await expectNoAxeViolations(org);
    await org.goto("/requests");
    await expectNoAxeViolations(org);
    await orgContext.close();
    await facilitatorContext.close();
  });

  it("filters without JavaScript, as a plain form with linkable results", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/facilitators");
    await page.getByLabel("Country", { exact: true }).selectOption("NZ");
    await page.getByRole("button", { name: "Show facilitators" }).click();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).searchParams.get("country")).toBe("NZ");
    expect(await page.getByRole("link", { name: "Aroha Te Whata" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Claire Tremblay" }).count()).toBe(0);
    // (axe-core needs JavaScript in the page, so accessibility is checked in the other tests.)
    await context.close();
  });

  it("has zero axe violations on the facilitator's own pages and the admin's", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, "facilitator@example.org");
    for (const path of ["/facilitators/me", "/facilitators/me/training", "/facilitators/claire-tremblay"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await context.close();
    const adminContext = await newContext(browser);
    const admin = await adminContext.newPage();
    await signInAs(admin, "admin@example.org");
    for (const path of [
      "/facilitators/concerns",
      "/facilitators/claire-tremblay/verify",
      "/facilitators/claire-tremblay",
      "/facilitators/aroha-te-whata/concern",
    ]) {
      await admin.goto(path);
      await expectNoAxeViolations(admin);
    }
    await adminContext.close();
  });
});
