import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimits, sessions } from "../../../db/schema";
import { attemptsUsed } from "../../../app/utils/rate-limit.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, signIn, TEST_PASSWORD } from "../../support/people";

const app = useTestApp();

describe(`sign-in (${testDriver()})`, () => {
  it("sets a session cookie that is HttpOnly, SameSite=Lax, Secure in production, with a 14-day expiry", async () => {
    const user = await createUser(app.db);
    const response = await app.client().post("/login", { email: user.email, password: TEST_PASSWORD });
    expect(response.status).toBe(302);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("rn_session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    const maxAge = cookie.match(/Max-Age=(\d+)/i);
    const expires = cookie.match(/Expires=([^;]+)/i);
    const days = maxAge ? Number(maxAge[1]) / 86_400 : (new Date(expires![1]!).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14.01);
  });

  it("gives the same generic message for an unknown email and a wrong password", async () => {
    const user = await createUser(app.db);
    const unknown = await (await app.client().post("/login", { email: "nobody@example.org", password: "whatever it may be" })).text();
    const wrong = await (await app.client().post("/login", { email: user.email, password: "not the right one" })).text();
    const message = "That email and password do not match an account.";
    expect(unknown).toContain(message);
    expect(wrong).toContain(message);
  });

  it("refuses the 11th attempt within 15 minutes, even with the right password, and counts in the database", async () => {
    const user = await createUser(app.db);
    const from = { headers: { "X-Forwarded-For": "198.51.100.11" } };
    for (let i = 0; i < 10; i++) {
      const r = await app.client().post("/login", { email: user.email, password: `wrong password ${i}` }, from);
      expect(r.status).toBe(400);
    }
    const eleventh = await app.client().post("/login", { email: user.email, password: TEST_PASSWORD }, from);
    expect(eleventh.status).toBe(429);
    expect(Number(eleventh.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(await eleventh.text()).toContain("Too many attempts");
    expect(await attemptsUsed(app.db, { scope: "sign-in:account", subject: user.email })).toBe(11);
    // The counters name what they count, but never hold the email address itself.
    const keys = (await app.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key).join(" ");
    expect(keys).toContain("sign-in:account:");
    expect(keys).not.toContain(user.email);
    // After the window the account opens again.
    const later = Date.now() + 16 * 60_000;
    globalThis.__restorativeClock = () => new Date(later);
    try {
      expect((await app.client().post("/login", { email: user.email, password: TEST_PASSWORD }, from)).status).toBe(302);
    } finally {
      globalThis.__restorativeClock = undefined;
    }
  });

  it("counts only failures: a right password gives its attempt back", async () => {
    const user = await createUser(app.db);
    const from = { headers: { "X-Forwarded-For": "198.51.100.12" } };
    for (let i = 0; i < 9; i++) expect((await app.client().post("/login", { email: user.email, password: `wrong ${i} again` }, from)).status).toBe(400);
    for (let i = 0; i < 3; i++) expect((await app.client().post("/login", { email: user.email, password: TEST_PASSWORD }, from)).status).toBe(302);
    expect((await app.client().post("/login", { email: user.email, password: "the tenth wrong one" }, from)).status).toBe(400);
    expect((await app.client().post("/login", { email: user.email, password: TEST_PASSWORD }, from)).status).toBe(429);
  });

  it("signs out with a POST and ends the session", async () => {
    const user = await createUser(app.db);
    const client = app.client();
    await signIn(client, user.email);
    expect((await client.get("/account")).status).toBe(200);
    const out = await client.post("/logout", {});
    expect(out.status).toBe(302);
    expect((await client.get("/account")).status).toBe(302);
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it("signs out of all devices", async () => {
    const user = await createUser(app.db);
    const phone = app.client();
    const laptop = app.client();
    await signIn(phone, user.email);
    await signIn(laptop, user.email);
    await laptop.post("/account", { intent: "sign-out-everywhere" });
    expect((await phone.get("/account")).status).toBe(302);
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it("ends a session older than the 30-day absolute cap even while it is still sliding", async () => {
    const user = await createUser(app.db);
    const client = app.client();
    await signIn(client, user.email);
    await app.db
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - 31 * 86_400_000) })
      .where(eq(sessions.userId, user.id));
    expect((await client.get("/account")).status).toBe(302);
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });
});
