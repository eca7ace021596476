import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, users } from "../../../db/schema";
import { startTestApp, type TestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, signIn } from "../../support/people";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const PASSWORD = "a calm and quiet harbour at dusk";

async function signUpWith(cookie: string | null) {
  const email = `zone-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  const r = await app.client().post("/signup", { email, displayName: "Mere", password: PASSWORD }, { headers });
  expect(r.status).toBe(302);
  const [row] = await app.db.select().from(users).where(eq(users.email, email));
  return row!.timeZone;
}

describe(`reader time zones (${testDriver()})`, () => {
  it("a new account takes the browser's zone from the page's cookie, and falls back to UTC without it or with nonsense", async () => {
    expect(await signUpWith("rn_tz=Pacific%2FAuckland")).toBe("Pacific/Auckland");
    expect(await signUpWith("rn_tz=America/Toronto")).toBe("America/Toronto");
    expect(await signUpWith(null)).toBe("UTC");
    expect(await signUpWith("rn_tz=Mars%2FOlympus")).toBe("UTC");
    expect(await signUpWith("rn_tz=%E0%A4%A")).toBe("UTC");
  });

  it("notifications show the reader's own time with the zone named, never UTC", async () => {
    const user = await createUser(app.db);
    await app.db.update(users).set({ timeZone: "Pacific/Auckland" }).where(eq(users.id, user.id));
    await app.db.insert(notifications).values({
      id: crypto.randomUUID(),
      userId: user.id,
      kind: "test",
      message: "Someone replied in a thread you follow",
      href: "/circles",
      createdAt: new Date("2026-01-15T06:00:00Z"),
    });
    const client = app.client();
    await signIn(client, user.email);
    const { html } = await client.html("/notifications");
    expect(html).toContain("15 Jan 2026, 19:00 (Pacific/Auckland)");
    expect(html).not.toContain("15 Jan 2026 06:00");
    expect(html).toContain('dateTime="2026-01-15T06:00:00.000Z"');
  });

  it("the audit log shows an admin's own zone", async () => {
    const admin = await createUser(app.db, { role: "admin" });
    await app.db.update(users).set({ timeZone: "America/Toronto" }).where(eq(users.id, admin.id));
    const client = app.client();
    await signIn(client, admin.email);
    const { html, status } = await client.html("/admin/audit");
    expect(status).toBe(200);
    expect(html).toMatch(/\d{2}:\d{2} \(America\/Toronto\)/);
  });

  it("a reader who is not signed in sees dates in the browser's zone from the cookie", async () => {
    const anonymous = await app.client().html("/privacy");
    expect(anonymous.status).toBe(200);
    const withZone = await fetch(new URL("/account/deleted", app.url), { headers: { Cookie: "rn_tz=Asia%2FTokyo" } });
    expect(withZone.status).toBe(200);
    // The zone reaches the page's data (used by every date shown): the root loader's readerZone.
    expect(await withZone.text()).toContain('"readerZone":"Asia/Tokyo"');
  });
});
