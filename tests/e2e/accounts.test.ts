import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { linkFromMail } from "../support/mail";
import { e2eDataDir, expect, expectNoAxeViolations, launchBrowser, newContext, signInAs, signOut } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("accounts in Chromium", () => {
  it("signs up, verifies through the mailbox, signs out, signs in, resets the password and signs in with the new one", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = `kahu.${Date.now()}@example.org`;

    await page.goto("/signup");
    await expectNoAxeViolations(page);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Display name").fill("Kahu");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => page.getByText("Use at least 12 characters").count()).toBe(1);
    await expect.poll(() => page.getByLabel("Email").inputValue()).toBe(email);
    await expectNoAxeViolations(page);
    await page.getByLabel("Password").fill("the tide comes in gently");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/signup/check-email");
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Check your email" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Create account" }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // Signed in before confirming: every page says why some things wait; joining a circle is refused kindly.
    await signInAs(page, email, "the tide comes in gently");
    await expect.poll(() => page.getByText("Please confirm your email address.").count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.goto("/circles/after-a-medication-error");
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Please confirm your email address" }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.goto("/");
    await signOut(page);

    await page.goto(await linkFromMail(e2eDataDir(), email, "/verify-email"));
    await page.waitForURL("**/account?verified=1");
    await expect.poll(() => page.getByText("Your email is confirmed").count()).toBe(1);
    await expectNoAxeViolations(page);

    await signOut(page);
    await expectNoAxeViolations(page);

    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("the tide comes in gently");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    await signOut(page);

    await page.goto("/forgot-password");
    await expectNoAxeViolations(page);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect.poll(() => page.getByText("a link is on its way").count()).toBe(1);
    await page.goto(await linkFromMail(e2eDataDir(), email, "/reset-password"));
    await expectNoAxeViolations(page);
    await page.getByLabel("New password").fill("a new song for the morning");
    await page.getByLabel("Type it again").fill("a new song for the morning");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.waitForURL("**/login?reset=1");
    await expectNoAxeViolations(page);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a new song for the morning");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    await page.goto("/account");
    await expect.poll(() => page.getByText(`Signed in as ${email}`).count()).toBe(1);
    await context.close();
  });

  it("works with JavaScript disabled: sign-up errors, sign-in and sign-out", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/signup");
    await page.getByLabel("Email").fill("not an email");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForLoadState("load");
    expect(await page.getByText("Enter an email address like name@example.org.").count()).toBe(1);
    expect(await page.getByLabel("Email").inputValue()).toBe("not an email");

    await page.goto("/login");
    await page.getByLabel("Email").fill("member@example.org");
    await page.getByLabel("Password").fill("healing-together-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    await page.goto("/account");
    expect(await page.getByText("Signed in as member@example.org").count()).toBe(1);
    await signOut(page);
    await page.goto("/account");
    await page.waitForURL((u) => u.pathname === "/login");
    await context.close();
  });

  it("has zero axe violations on the main pages, signed out and signed in as admin", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const path of ["/", "/circles", "/learnings", "/facilitators", "/resources", "/search?q=harm", "/support", "/login"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await page.goto("/login");
    await page.getByLabel("Email").fill("admin@example.org");
    await page.getByLabel("Password").fill("healing-together-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    for (const path of ["/account", "/notifications", "/admin", "/admin/audit"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await page.goto("/admin?q=member");
    await page.getByRole("link", { name: "Sam Whitford" }).click();
    await page.waitForURL("**/admin/users/**");
    await expectNoAxeViolations(page);
    await context.close();
  });
});
