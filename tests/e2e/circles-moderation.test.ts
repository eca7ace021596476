import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expect, expectNoAxeViolations, launchBrowser, newContext, signInAs } from "../support/browser";

const CIRCLE = "/circles/midwives-after-a-difficult-birth";
const PSEUDONYM = "Sea Glass";
const TITLE = "The shift I cannot put down";
const BODY = "Three weeks on, I still replay the handover in my head. Writing it here is my first step.";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A fresh person in their own browser context, signed in with a demo account. */
async function as(email: string): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  await signInAs(page, email);
  return page;
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectNoAxeViolations(page);
}

describe("join, post, flag, review and appeal in Chromium", () => {
  it("runs a request-to-join circle from joining to an appeal decided by a different moderator", async () => {
    // (1) A member asks to join a request-to-join circle, under a pseudonym.
    const member = await as("member@example.org");
    await visit(member, CIRCLE);
    await member.getByLabel("Under a pseudonym").check();
    await member.getByLabel("Pseudonym (if you chose one)").fill(PSEUDONYM);
    await member.getByLabel("A short message to the facilitators").fill("I am a midwife and would value a quiet place to listen.");
    await member.getByRole("button", { name: "Send my request" }).click();
    await member.waitForURL(/requested=1/);
    await expectNoAxeViolations(member);

    // (2) The facilitator approves the request from the circle's review queue.
    const facilitator = await as("facilitator@example.org");
    await visit(facilitator, `${CIRCLE}/review`);
    const request = facilitator.getByRole("article", { name: `${PSEUDONYM} asks to join` });
    await request.getByRole("button", { name: "Approve request" }).click();
    await expect.poll(() => facilitator.getByText(/The request is approved/).count()).toBe(1);
    await expectNoAxeViolations(facilitator);

    // (3) The member accepts the ground rules and posts under the pseudonym (a first post waits for approval).
    await visit(member, `${CIRCLE}/rules`);
    // Wait for the acceptance to land (the circle page) before opening the form, or the form would still
    // send the member back to the rules.
    await Promise.all([member.waitForURL((u) => !u.pathname.endsWith("/rules")), member.getByRole("button", { name: "I accept these ground rules" }).click()]);
    await visit(member, `${CIRCLE}/threads/new`);
    await member.getByLabel("Title").fill(TITLE);
    await member.getByLabel("Your post").fill(BODY);
    await member.getByRole("button", { name: "Post the thread" }).click();
    // A new member's first post waits for a facilitator; the author is told gently and can open it.
    await expect.poll(() => member.getByText("Your thread is saved").count()).toBe(1);
    await expectNoAxeViolations(member);
    await member.getByRole("link", { name: "Go to your thread" }).click();
    await member.waitForURL((u) => u.pathname.includes("/threads/") && !u.pathname.endsWith("/new"));
    await expect.poll(() => member.getByText(BODY).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(member);
    const postId = (await member.locator("article[id^='post-']").first().getAttribute("id"))!.replace("post-", "");
    const threadPath = new URL(member.url()).pathname;

    await visit(facilitator, `${CIRCLE}/review`);
    const held = facilitator.getByRole("article", { name: TITLE });
    await held.getByLabel("Approve: show it to members").check();
    await held.getByRole("button", { name: "Apply decision" }).click();
    await expect.poll(() => facilitator.getByText(/The post is approved and visible/).count()).toBe(1);

    // (4) Three other members flag it, and it hides.
    for (const email of ["member2@example.org", "member3@example.org", "member4@example.org"]) {
      const other = await as(email);
      await visit(other, `/flags?postId=${postId}`);
      await other.getByLabel("Harassment").check();
      await other.getByRole("button", { name: "Flag this post" }).click();
      if (email === "member4@example.org") {
        // The third flag hides the opening post, so this member goes back to the circle with a kind note.
        await other.waitForURL((u) => u.searchParams.get("flagged") === "thread-hidden" && !u.pathname.includes("/threads/"));
        await expect.poll(() => other.getByText(/its thread is hidden until a facilitator has looked at it/).count()).toBe(1);
        await expect.poll(() => other.getByText(BODY).count()).toBe(0);
      } else {
        await other.waitForURL((u) => u.pathname.includes("/threads/"));
      }
      await expectNoAxeViolations(other);
      await other.context().close();
    }

    // (5) The facilitator reviews it and hides it with a reason.
    await visit(facilitator, `${CIRCLE}/review`);
    const flagged = facilitator.getByRole("article", { name: TITLE });
    await expect.poll(() => flagged.getByText("Flagged 3 times").count()).toBe(1);
    await flagged.getByLabel("Hide it").check();
    await flagged.getByLabel("Reason (the author reads this)").fill("Several members felt it pointed at a colleague; let us talk it through.");
    await flagged.getByRole("button", { name: "Apply decision" }).click();
    await expect.poll(() => facilitator.getByText(/The post is hidden\./).count()).toBe(1);
    await expectNoAxeViolations(facilitator);

    // (6) The author appeals from the notification, and a different moderator restores the post.
    await visit(member, "/notifications");
    await member
      .getByRole("link", { name: /A moderator hid one of your posts/ })
      .first()
      .click();
    await member.waitForURL(/\/appeals\/new/);
    await expectNoAxeViolations(member);
    await member.getByLabel("Your message to the moderator").fill("It was about my own shift and nobody else. Please look again.");
    await member.getByRole("button", { name: "Send appeal" }).click();
    await expect.poll(() => member.getByText(/Your appeal has been sent to a different moderator/).count()).toBe(1);
    await expectNoAxeViolations(member);

    const moderator = await as("moderator@example.org");
    await visit(moderator, "/appeals");
    await moderator
      .getByRole("link", { name: /A member asks you to look again/ })
      .first()
      .click();
    await moderator.waitForURL(/\/appeals\/[^/]+$/);
    await expectNoAxeViolations(moderator);
    await moderator.getByLabel("Reverse it (restore the post or membership)").check();
    await moderator.getByLabel("Note to the member").fill("Reading it again, it is about your own shift. The post is back.");
    await moderator.getByRole("button", { name: "Decide appeal" }).click();
    await expect.poll(() => moderator.getByText(/The decision is reversed/).count()).toBe(1);
    await expectNoAxeViolations(moderator);

    const reader = await as("member2@example.org");
    await visit(reader, threadPath);
    await expect.poll(() => reader.getByText(BODY).count()).toBeGreaterThan(0);
    await expect.poll(() => reader.getByText(PSEUDONYM).count()).toBeGreaterThan(0);
    await expect.poll(async () => (await reader.content()).includes("Sam Whitford")).toBe(false);
  });
});
