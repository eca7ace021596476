import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { sessions } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { linkFromMail, readMailbox } from "../../support/mail";
import { createUser, signIn, TEST_PASSWORD } from "../../support/people";

const app = useTestApp();
afterEach(() => {
  globalThis.__restorativeClock = undefined;
});

/** Every reset token mailed to this address, oldest first. */
async function resetTokens(email: string) {
  return (await readMailbox(app.dataDir))
    .filter((m) => m.to === email)
    .map((m) => m.text.match(/reset-password\?token=([\w-]+)/)?.[1])
    .filter((t): t is string => !!t);
}

describe(`password reset (${testDriver()})`, () => {
  it("says the same thing whether or not the email has an account, and mails only real accounts", async () => {
    const user = await createUser(app.db);
    const known = await (await app.client().post("/forgot-password", { email: user.email })).text();
    const unknown = await (await app.client().post("/forgot-password", { email: "nobody-here@example.org" })).text();
    const message = "If that address has an account, a link is on its way.";
    expect(known).toContain(message);
    expect(unknown).toContain(message);
    expect((await readMailbox(app.dataDir)).some((m) => m.to === "nobody-here@example.org")).toBe(false);
  });

  it("uses a link once, ends every session, and the new password works", async () => {
    const user = await createUser(app.db);
    const other = app.client();
    await signIn(other, user.email);
    await app.client().post("/forgot-password", { email: user.email });
    const link = await linkFromMail(app.dataDir, user.email, "/reset-password");
    const token = new URL(link, app.url).searchParams.get("token")!;
    const client = app.client();
    const done = await client.post("/reset-password", { token, password: "a brand new morning light", confirm: "a brand new morning light" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/login?reset=1");
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expect((await other.get("/account")).status).toBe(302);
    const reused = await client.post("/reset-password", { token, password: "yet another new password", confirm: "yet another new password" });
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain("expired or has already been used");
    await signIn(app.client(), user.email, "a brand new morning light");
  });

  it("refuses a link after one hour", async () => {
    const user = await createUser(app.db);
    await app.client().post("/forgot-password", { email: user.email });
    const token = new URL(await linkFromMail(app.dataDir, user.email, "/reset-password"), app.url).searchParams.get("token")!;
    const later = Date.now() + 61 * 60_000;
    globalThis.__restorativeClock = () => new Date(later);
    const response = await app.client().post("/reset-password", { token, password: "too late for this one", confirm: "too late for this one" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("expired or has already been used");
  });

  it("an older, unused link stops working once the password is reset with a newer one", async () => {
    const user = await createUser(app.db);
    await app.client().post("/forgot-password", { email: user.email });
    await app.client().post("/forgot-password", { email: user.email });
    const [older, newer] = await resetTokens(user.email);
    const done = await app.client().post("/reset-password", { token: newer!, password: "a brand new morning light", confirm: "a brand new morning light" });
    expect(done.status).toBe(302);
    const stale = await app.client().post("/reset-password", { token: older!, password: "an attacker's own choice", confirm: "an attacker's own choice" });
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain("expired or has already been used");
    await signIn(app.client(), user.email, "a brand new morning light");
  });

  it("refuses a weak new password next to the field and keeps the link usable", async () => {
    const user = await createUser(app.db, { email: "weak-reset@example.org" });
    await app.client().post("/forgot-password", { email: user.email });
    const [token] = await resetTokens(user.email);
    for (const weak of ["weak-reset@example.org", " ".repeat(12), "qwertyuiop[]"]) {
      const response = await app.client().post("/reset-password", { token: token!, password: weak, confirm: weak });
      expect(response.status, weak).toBe(400);
      expect(await response.text()).toMatch(/easy to guess|email address|common passwords/);
    }
    expect(
      (await app.client().post("/reset-password", { token: token!, password: "a harbour after the storm", confirm: "a harbour after the storm" })).status,
    ).toBe(302);
  });

  it("changing the password while signed in keeps this session, ends the others and retires reset links", async () => {
    const user = await createUser(app.db);
    const here = app.client();
    const elsewhere = app.client();
    await signIn(here, user.email);
    await signIn(elsewhere, user.email);
    await app.client().post("/forgot-password", { email: user.email });
    const [token] = await resetTokens(user.email);
    const wrong = await here.post("/account", {
      intent: "change-password",
      current: "not my password at all",
      password: "a harbour after the storm",
      confirm: "a harbour after the storm",
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("That is not your current password.");
    const changed = await here.post("/account", {
      intent: "change-password",
      current: TEST_PASSWORD,
      password: "a harbour after the storm",
      confirm: "a harbour after the storm",
    });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("Your password is changed.");
    expect((await here.get("/account")).status).toBe(200);
    expect((await elsewhere.get("/account")).status).toBe(302);
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
    const stale = await app.client().post("/reset-password", { token: token!, password: "an attacker's own choice", confirm: "an attacker's own choice" });
    expect(stale.status).toBe(400);
    await signIn(app.client(), user.email, "a harbour after the storm");
  });

  it("keeps the form and explains a mismatched confirmation", async () => {
    const response = await app.client().post("/reset-password", { token: "x", password: "first version here", confirm: "second version here" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("The two passwords are not the same.");
  });
});
