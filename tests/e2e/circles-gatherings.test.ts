import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expect, expectNoAxeViolations, launchBrowser, newContext, signInAs } from "../support/browser";
import { AHEAD, weekdayOf } from "../support/dates";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const CIRCLE = "/circles/after-a-medication-error";

describe("circles and gatherings in Chromium", () => {
  it("a facilitator schedules a gathering; a member RSVPs and downloads the .ics; no axe violations on any page", async () => {
    const title = `Evening circle ${Date.now()}`;
    const facilitatorContext = await newContext(browser);
    const facilitator = await facilitatorContext.newPage();
    await signInAs(facilitator, "facilitator@example.org");
    for (const path of ["/circles", CIRCLE, `${CIRCLE}/rules`, `${CIRCLE}/members`]) {
      await facilitator.goto(path);
      await expectNoAxeViolations(facilitator);
    }
    await facilitator.goto(CIRCLE);
    await facilitator.getByRole("link", { name: "I gave the wrong dose and I can't stop replaying it" }).click();
    await facilitator.waitForURL("**/threads/**");
    await expectNoAxeViolations(facilitator);

    await facilitator.goto(CIRCLE);
    await facilitator.getByRole("link", { name: "Schedule a gathering" }).click();
    await facilitator.waitForURL("**/gatherings/new");
    await expectNoAxeViolations(facilitator);
    await facilitator.getByLabel("Title").fill(title);
    await facilitator.getByRole("button", { name: "Schedule the gathering" }).click();
    await expect.poll(() => facilitator.getByText("Enter the start date and time.").count()).toBe(1);
    await expect.poll(() => facilitator.getByLabel("Title").inputValue()).toBe(title);
    await expectNoAxeViolations(facilitator);
    await facilitator.getByLabel(/^Starts/).fill(`${AHEAD}-05-04T19:00`);
    await facilitator.getByLabel(/^Ends/).fill(`${AHEAD}-05-04T20:15`);
    await facilitator.getByLabel("Online link").fill("https://meet.example.org/evening-circle");
    await facilitator.getByLabel("Capacity (optional)").fill("8");
    await facilitator.getByRole("button", { name: "Schedule the gathering" }).click();
    await facilitator.waitForURL(/\/gatherings\/[0-9a-f-]{36}$/);
    const gatheringPath = new URL(facilitator.url()).pathname;
    await expect.poll(() => facilitator.getByRole("heading", { level: 1, name: title }).count()).toBe(1);
    await expectNoAxeViolations(facilitator);
    await facilitatorContext.close();

    const memberContext = await newContext(browser);
    const member = await memberContext.newPage();
    await signInAs(member, "member@example.org");
    await member.goto("/notifications");
    await expectNoAxeViolations(member);
    await member.goto(CIRCLE);
    await expectNoAxeViolations(member);
    await member.getByRole("link", { name: title }).click();
    await member.waitForURL(`**${gatheringPath}`);
    await expectNoAxeViolations(member);
    // The member lives in London; the circle meets in Auckland time: 19:00 NZST is 08:00 BST the same day.
    await expect.poll(() => member.getByText(`${weekdayOf(AHEAD, 5, 4)}, 4 May ${AHEAD}, 08:00–09:15 (Europe/London)`).count()).toBe(1);
    await member.getByRole("button", { name: "I will come" }).click();
    await expect.poll(() => member.getByText("You are going.").count()).toBe(1);
    await expectNoAxeViolations(member);

    const [download] = await Promise.all([member.waitForEvent("download"), member.getByRole("link", { name: /Add to your calendar/ }).click()]);
    const ics = readFileSync((await download.path())!, "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n /g, "")).toContain(`SUMMARY:${title} (After a medication error)`);
    expect(ics).toContain(`DTSTART:${AHEAD}0504T070000Z`);

    await member.goto("/account");
    await member.getByRole("button", { name: "Create my calendar link" }).click();
    await expect.poll(() => member.getByText("Your new private calendar link").count()).toBe(1);
    await expectNoAxeViolations(member);
    await memberContext.close();
  });

  it("a facilitator changes, then cancels, a gathering; the pages stay accessible", async () => {
    const title = `Morning circle ${Date.now()}`;
    const context = await newContext(browser);
    const facilitator = await context.newPage();
    await signInAs(facilitator, "facilitator@example.org");
    await facilitator.goto(`${CIRCLE}/gatherings/new`);
    await facilitator.getByLabel("Title").fill(title);
    await facilitator.getByLabel(/^Starts/).fill(`${AHEAD}-06-04T09:00`);
    await facilitator.getByLabel(/^Ends/).fill(`${AHEAD}-06-04T10:00`);
    await facilitator.getByLabel("Place").fill("The reading room");
    await facilitator.getByRole("button", { name: "Schedule the gathering" }).click();
    await facilitator.waitForURL(/\/gatherings\/[0-9a-f-]{36}$/);
    await facilitator.getByRole("link", { name: "Change or cancel this gathering" }).click();
    await facilitator.waitForURL("**/edit");
    await expect.poll(() => facilitator.getByRole("heading", { level: 1, name: "Change the gathering" }).count()).toBe(1);
    await expectNoAxeViolations(facilitator);
    await facilitator.getByLabel(/^Ends/).fill(`${AHEAD}-06-04T08:00`);
    await facilitator.getByRole("button", { name: "Save the changes" }).click();
    await expect.poll(() => facilitator.getByText("The end must be after the start.").count()).toBe(1);
    await expectNoAxeViolations(facilitator);
    await facilitator.getByRole("button", { name: "Cancel this gathering" }).click();
    // Cancelling asks first, because it cannot be undone.
    await expect.poll(() => facilitator.getByRole("button", { name: "Yes, cancel the gathering" }).count()).toBe(1);
    await expectNoAxeViolations(facilitator);
    await facilitator.getByRole("button", { name: "Yes, cancel the gathering" }).click();
    await expect.poll(() => facilitator.getByRole("heading", { level: 1, name: `Cancelled: ${title}` }).count()).toBe(1);
    await expectNoAxeViolations(facilitator);
    await context.close();
  });
});
