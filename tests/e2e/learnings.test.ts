import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expect, expectNoAxeViolations, launchBrowser, newContext, signInAs } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const PLANTED = ["Mrs Aroha Ngata", "Aroha", "Ngata", "ZAC5361", "021 555 0143", "3 March 2023", "Riverside Hospital"];
const TITLE = "A second dose after a rushed handover";
const calm = "The ward team met with the family, listened without hurry, and agreed together on what would change.";

async function approveAll(page: Page) {
  for (const box of await page.locator('form.review-form input[name="checklist"]').all()) await box.check();
}

describe("case learnings in Chromium", () => {
  it("goes from a draft with planted identifiers, through the check and two reviews, to a public page without them", async () => {
    const authorContext = await newContext(browser);
    const author = await authorContext.newPage();
    await signInAs(author, "member@example.org");

    await author.goto("/learnings/new");
    await expectNoAxeViolations(author);
    await author.getByLabel("Title").fill(TITLE);
    await author.getByLabel("Care setting").selectOption("hospital_ward");
    await author.getByLabel("Kind of event").selectOption("medication");
    await author.getByLabel("Country").selectOption("NZ");
    await author.getByLabel("Year of the event").fill("2023");
    await author.getByLabel("Tags").fill("handover, medication");
    await author
      .getByLabel("What happened")
      .fill(
        `Mrs Aroha Ngata (NHI ZAC5361) was given a second dose of a blood thinner at Riverside Hospital on 3 March 2023. Ngata's daughter rang the ward on 021 555 0143.`,
      );
    for (const label of [
      "Who has been affected",
      "What were the impacts and needs",
      "Who was responsible for responding, and how they did",
      "What changed or was learned",
      "What would it look like to be free of this harm",
    ]) {
      await author.getByLabel(label, { exact: true }).fill(calm);
    }
    await author.getByLabel("Consent was obtained").check();
    await author.getByLabel("Patient or family who consented (by role)").fill("The patient's daughter");
    await author.getByLabel("When the patient or family consented").fill("2024-02-10");
    await author.getByRole("button", { name: "Start the draft" }).click();
    await author.waitForURL(/\/learnings\/drafts\/[^/]+\?saved=1/);
    await expect.poll(() => author.getByText("Your draft is saved.").count()).toBe(1);
    await expectNoAxeViolations(author);

    // With JavaScript, possible identifiers are listed while typing (debounced, from the findings resource route).
    await author.getByLabel("Who has been affected").fill(`${calm} The nurse's pager was 021 555 0143.`);
    await expect.poll(() => author.locator(".live-findings").textContent(), { timeout: 15_000 }).toContain("[PHONE 1]");
    await author.getByLabel("Who has been affected").fill(calm);
    await expectNoAxeViolations(author);

    await author.getByRole("button", { name: "Check for identifiers" }).click();
    await author.waitForURL(/\/check$/);
    await expect.poll(() => author.locator("mark.finding-mark").count()).toBeGreaterThanOrEqual(5);
    const checkText = (await author.locator("main").textContent()) ?? "";
    for (const placeholder of ["[PERSON 1]", "[ID 1]", "[PHONE 1]", "[DATE 1]", "[FACILITY 1]"]) expect(checkText).toContain(placeholder);
    await expectNoAxeViolations(author);
    await author.getByRole("button", { name: "Use every remaining placeholder" }).click();
    await expect.poll(() => author.getByText("Nothing was found.").count()).toBe(1);
    await expectNoAxeViolations(author);

    await author.getByRole("link", { name: "Back to the draft to submit it" }).click();
    await author.waitForURL(/\/learnings\/drafts\/[^/]+$/);
    await expect.poll(() => author.getByLabel("What happened").inputValue()).toContain("[PERSON 1]");
    await author.getByRole("button", { name: "Submit for review" }).click();
    await author.waitForURL(/submitted=1/);
    await expect.poll(() => author.getByText("Your learning is with the reviewers now").count()).toBe(1);
    await expectNoAxeViolations(author);

    for (const [email, button] of [
      ["moderator@example.org", "Approve as reviewer one"],
      ["moderator2@example.org", "Approve and publish"],
    ] as const) {
      const context = await newContext(browser);
      const reviewer = await context.newPage();
      await signInAs(reviewer, email);
      await reviewer.goto("/learnings/reviews");
      await expectNoAxeViolations(reviewer);
      await reviewer.getByRole("link", { name: TITLE }).click();
      await reviewer.waitForURL(/\/review$/);
      await expectNoAxeViolations(reviewer);
      await approveAll(reviewer);
      if (button === "Approve and publish") await reviewer.getByLabel("Everyone (public, in search and the feed)").check();
      await reviewer.getByRole("button", { name: button }).click();
      if (button === "Approve as reviewer one") {
        await reviewer.waitForURL(/\/learnings\/reviews\?done=approved/);
        expect(await reviewer.getByRole("link", { name: TITLE }).count()).toBe(0);
      } else {
        await reviewer.waitForURL(/\/learnings\/[^/]+\?published=1/);
      }
      await expectNoAxeViolations(reviewer);
      await context.close();
    }

    const readerContext = await newContext(browser);
    const reader = await readerContext.newPage();
    await reader.goto("/learnings");
    await reader.getByRole("link", { name: TITLE }).click();
    await reader.waitForURL(/\/learnings\/[^/?]+$/);
    await expect.poll(() => reader.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    expect(await reader.locator(".what-changed").count()).toBe(1);
    const html = await reader.content();
    const served = await (await reader.request.get(reader.url())).text();
    for (const identifier of PLANTED) {
      expect(html, identifier).not.toContain(identifier);
      expect(served, identifier).not.toContain(identifier);
    }
    expect(html).toContain("[PERSON 1]");
    await expectNoAxeViolations(reader);
    await reader.goto("/learnings");
    await expectNoAxeViolations(reader);
    await reader.goto("/learnings/discharge-from-mental-health-unit");
    await expect.poll(() => reader.getByText("Sign in to read this learning").count()).toBe(1);
    await expectNoAxeViolations(reader);
    await author.goto("/learnings/mine");
    await expectNoAxeViolations(author);
    await readerContext.close();
    await authorContext.close();
  });

  it("works without JavaScript: the members-only sign-in page, saving a draft and the check", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/learnings/discharge-from-mental-health-unit");
    await expect.poll(() => page.getByText("Sign in to read this learning").count()).toBe(1);
    await signInAs(page, "member2@example.org");
    await page.goto("/learnings/new");
    await page.getByLabel("Title").fill("A quiet draft");
    await page.getByLabel("What happened").fill("Dr James Patel rang on 021 555 0143.");
    await page.getByRole("button", { name: "Start the draft" }).click();
    await page.waitForURL(/saved=1/);
    await page.getByRole("button", { name: "Check for identifiers" }).click();
    await page.waitForURL(/\/check$/);
    await page.getByRole("button", { name: /^Use \[PHONE 1\]/ }).click();
    await page.waitForLoadState("load");
    await expect.poll(() => page.locator("main").textContent()).not.toContain("021 555 0143");
    await page.getByLabel(/Why “James Patel” does not identify anyone/).fill("x");
    await page.getByRole("button", { name: /Mark “James Patel” as not identifying/ }).click();
    await page.waitForLoadState("load");
    await expect.poll(() => page.getByText("Say briefly why this does not identify anyone.").count()).toBe(1);
    await context.close();
  });
});
