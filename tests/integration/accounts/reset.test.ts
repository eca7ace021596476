import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../../../db/schema";
import { startTestApp, type TestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { linkFromMail, readMailbox } from "../../support/mail";
import { createUser, signIn } from "../../support/people";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());
afterEach(() => {
  globalThis.__restorativeClock = undefined;
});

describe(`password reset (${testDriver()})`, () => {
  it("says the same thing whether or not the email has an account, and mails only real accounts", async () => {
    const user = await createUser(app.db);
    const known = await (await app.client().post("/forgot-password", { email: user.email })).text();
    const unknown = await (await app.client().post("/forgot-password", { email: "nobody-here@example.org" })).text();
    const message = "If that address has an account, a link is on its way.";
    expect(known).toContain(message);
    expect(unknown).toContain(message);
    expect(readMailbox(app.dataDir).some((m) => m.to === "nobody-here@example.org")).toBe(false);
  });

  it("uses a link once, ends every session, and the new password works", async () => {
    const user = await createUser(app.db);
    const other = app.client();
    await signIn(other, user.email);
    await app.client().post("/forgot-password", { email: user.email });
    const link = linkFromMail(app.dataDir, user.email, "/reset-password");
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
    const token = new URL(linkFromMail(app.dataDir, user.email, "/reset-password"), app.url).searchParams.get("token")!;
    const later = Date.now() + 61 * 60_000;
    globalThis.__restorativeClock = () => new Date(later);
    const response = await app.client().post("/reset-password", { token, password: "too late for this one", confirm: "too late for this one" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("expired or has already been used");
  });

  it("keeps the form and explains a mismatched confirmation", async () => {
    const response = await app.client().post("/reset-password", { token: "x", password: "first version here", confirm: "second version here" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("The two passwords are not the same.");
  });
});
