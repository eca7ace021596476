import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { linkFromMail, readMailbox } from "../../support/mail";
import { testDriver } from "../../support/database";

const app = useTestApp();

describe(`sign-up (${testDriver()})`, () => {
  it("shows a specific message next to each invalid field and keeps what was typed", async () => {
    const response = await app.client().post("/signup", { email: "not-an-email", displayName: "", password: "short" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Enter an email address like name@example.org.");
    expect(html).toContain("Enter the name you would like others to see.");
    expect(html).toContain('value="not-an-email"');
    expect(html).toMatch(/aria-invalid="true"/);
  });

  it("refuses a password shorter than 12 characters", async () => {
    const response = await app.client().post("/signup", { email: "short@example.org", displayName: "Short", password: "eleven-char" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Use at least 12 characters");
  });

  it("refuses a password from the common-password list with a clear message", async () => {
    const response = await app.client().post("/signup", { email: "common@example.org", displayName: "Common", password: "password1234" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("appears in lists of common passwords");
    const [row] = await app.db.select({ n: count() }).from(users).where(eq(users.email, "common@example.org"));
    expect(row!.n).toBe(0);
  });

  it("refuses guessable passwords (12 spaces, 12 × a, keyboard walks, the person's own email) next to the field", async () => {
    const email = "walk@example.org";
    for (const password of [" ".repeat(12), "a".repeat(12), "qwertyuiop[]", "zxcvbnmasdfgh", email, "Walk Example 1"]) {
      const response = await app.client().post("/signup", { email, displayName: "Walk Example", password });
      expect(response.status, JSON.stringify(password)).toBe(400);
      const html = await response.text();
      expect(html, JSON.stringify(password)).toMatch(/would be easy to guess|do not use your email address|common passwords/);
      expect(html).toContain('value="walk@example.org"');
      expect(html).toContain('value="Walk Example"');
    }
    const [row] = await app.db.select({ n: count() }).from(users).where(eq(users.email, email));
    expect(row!.n).toBe(0);
  });

  it("after sign-up shows 'Check your email' (not the sign-up form) with the address ready to resend", async () => {
    const client = app.client();
    const response = await client.post("/signup", { email: "Manaia@Example.org", displayName: "Manaia", password: "river stones in winter" });
    expect(response.headers.get("location")).toBe("/signup/check-email");
    const { status, html } = await client.html("/signup/check-email");
    expect(status).toBe(200);
    expect(html).toContain("<h1>Check your email</h1>");
    expect(html).not.toContain("Join the network");
    expect(html).not.toContain("Create account");
    expect(html).toContain('value="manaia@example.org"');
    expect(html).toContain("Send the link again");
  });

  it("resends the confirmation link, at most three times an hour for one address", async () => {
    const client = app.client();
    await client.post("/signup", { email: "resend@example.org", displayName: "Resend", password: "another quiet evening" });
    const firstLink = await linkFromMail(app.dataDir, "resend@example.org", "/verify-email");
    for (let i = 0; i < 3; i++) {
      const again = await client.post("/signup/check-email", { email: "resend@example.org" }, { headers: { "X-Forwarded-For": `192.0.2.${i + 10}` } });
      expect(again.status).toBe(200);
      expect(await again.text()).toContain("a new link is on its way");
    }
    const mails = (await readMailbox(app.dataDir)).filter((m) => m.to === "resend@example.org" && m.subject.startsWith("Confirm your email"));
    expect(mails).toHaveLength(4);
    const limited = await client.post("/signup/check-email", { email: "resend@example.org" }, { headers: { "X-Forwarded-For": "192.0.2.99" } });
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain("We have sent several links to this address in the last hour.");
    expect((await readMailbox(app.dataDir)).filter((m) => m.to === "resend@example.org")).toHaveLength(4);
    // An unknown address gets the same answer and no mail.
    const unknown = await app.client().post("/signup/check-email", { email: "nobody-resend@example.org" });
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain("a new link is on its way");
    expect((await readMailbox(app.dataDir)).some((m) => m.to === "nobody-resend@example.org")).toBe(false);
    // Every link sent still works once.
    expect((await app.client().get(firstLink)).status).toBe(302);
  });

  it("creates an account, emails a verification link, and the link verifies and signs in once", async () => {
    const client = app.client();
    const response = await client.post("/signup", { email: "Aroha@Example.org", displayName: "Aroha", password: "tides that turn slowly" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/signup/check-email");
    const link = await linkFromMail(app.dataDir, "aroha@example.org", "/verify-email");
    const verified = await client.get(link);
    expect(verified.status).toBe(302);
    expect(verified.headers.get("location")).toBe("/account?verified=1");
    const [row] = await app.db.select().from(users).where(eq(users.email, "aroha@example.org"));
    expect(row!.emailVerifiedAt).not.toBeNull();
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const again = await app.client().get(link);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("expired or was already used");
  });

  it("answers a duplicate email exactly like a new one, creates no row, and tells the owner by email", async () => {
    const first = await app.client().post("/signup", { email: "twice@example.org", displayName: "First", password: "river stones in winter" });
    const second = await app.client().post("/signup", { email: "twice@example.org", displayName: "Second", password: "another quiet evening" });
    expect(second.status).toBe(first.status);
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    const rows = await app.db.select().from(users).where(eq(users.email, "twice@example.org"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.displayName).toBe("First");
    const mail = (await readMailbox(app.dataDir)).filter((m) => m.to === "twice@example.org");
    expect(mail.map((m) => m.subject)).toContain("Someone tried to create an account with your email");
  });
});
