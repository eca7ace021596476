import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { sessions } from "../../../db/schema";
import { useTestApp, type TestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, signIn } from "../../support/people";

const app = useTestApp();
afterEach(() => {
  globalThis.__restorativeClock = undefined;
});

const DAY = 86_400_000;
const tokenOf = (client: ReturnType<TestApp["client"]>) => client.cookieHeader().match(/rn_session=([^;]+)/)![1]!;

describe(`sessions (${testDriver()})`, () => {
  it("puts a random 256-bit token in the cookie and stores only its SHA-256", async () => {
    const user = await createUser(app.db);
    const client = app.client();
    await signIn(client, user.email);
    const token = tokenOf(client);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows = await app.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("refuses the stored hash used as a cookie, and clears an unknown cookie", async () => {
    const user = await createUser(app.db);
    const client = app.client();
    await signIn(client, user.email);
    const [row] = await app.db.select().from(sessions).where(eq(sessions.userId, user.id));
    for (const value of [row!.id, "not-a-token", "a".repeat(43)]) {
      const response = await app.client().get("/account", { headers: { Cookie: `rn_session=${value}` } });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/login/);
    }
    const cleared = await app.client().get("/", { headers: { Cookie: `rn_session=${"b".repeat(43)}` } });
    expect(cleared.headers.getSetCookie().some((c) => c.startsWith("rn_session=;") && /Max-Age=0/.test(c))).toBe(true);
  });

  it("slides: a session past half its 14 days is renewed with a new cookie, and one past 14 days of no use ends", async () => {
    const user = await createUser(app.db);
    const client = app.client();
    await signIn(client, user.email);
    const start = Date.now();
    globalThis.__restorativeClock = () => new Date(start + 8 * DAY);
    const renewed = await client.get("/account");
    expect(renewed.status).toBe(200);
    const cookie = renewed.headers.getSetCookie().find((c) => c.startsWith("rn_session="))!;
    expect(cookie).toMatch(/Max-Age=1209600/);
    const [row] = await app.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(new Date(row!.expiresAt).getTime()).toBeGreaterThan(start + 21 * DAY);
    // Used on day 8, it now lasts to day 22; unused until day 23, it is gone.
    globalThis.__restorativeClock = () => new Date(start + 23 * DAY);
    expect((await client.get("/account")).status).toBe(302);
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it("ends at 30 days from sign-in however often it is used", async () => {
    const user = await createUser(app.db);
    const client = app.client();
    await signIn(client, user.email);
    const start = Date.now();
    for (const day of [8, 16, 24]) {
      globalThis.__restorativeClock = () => new Date(start + day * DAY);
      expect((await client.get("/account")).status, `day ${day}`).toBe(200);
    }
    globalThis.__restorativeClock = () => new Date(start + 31 * DAY);
    expect((await client.get("/account")).status).toBe(302);
  });
});
