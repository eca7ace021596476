import { describe, expect, it } from "vitest";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { linkFromMail, readMailbox } from "../../support/mail";
import { acceptRules, createCircle } from "../circles/circle-helpers";

const app = useTestApp();

const PASSWORD = "tides that turn slowly";

/** Signs up through the form and signs in without opening the confirmation link. */
async function unconfirmedPerson(email: string) {
  const client = app.client();
  expect((await client.post("/signup", { email, displayName: "Tama", password: PASSWORD })).status).toBe(302);
  const signIn = await client.post("/login", { email, password: PASSWORD });
  expect(signIn.status).toBe(302);
  return client;
}

describe(`accounts whose email is not confirmed (${testDriver()})`, () => {
  it("can sign in and read, and every page says why some things wait, with a way to get a new link", async () => {
    const client = await unconfirmedPerson("tama.reads@example.org");
    for (const path of ["/", "/circles", "/account"]) {
      const { status, html } = await client.html(path);
      expect(status, path).toBe(200);
      expect(html, path).toContain("Please confirm your email address");
      expect(html, path).toContain('action="/signup/check-email"');
    }
  });

  it("cannot join a circle until the email is confirmed, then can", async () => {
    const { slug } = await createCircle(app);
    const client = await unconfirmedPerson("tama.joins@example.org");
    const join = { intent: "join", identity: "display_name", pseudonym: "" };
    const refused = await client.post(`/circles/${slug}`, join);
    expect(refused.status).toBe(403);
    const html = await refused.text();
    expect(html).toContain("<h1>Please confirm your email address</h1>");
    expect(html).toContain("you cannot join circles, post, or contact facilitators");
    expect(html).toContain("Send the link again");

    const resent = await client.post("/signup/check-email", {});
    expect(resent.status).toBe(200);
    expect((await readMailbox(app.dataDir)).filter((m) => m.to === "tama.joins@example.org")).toHaveLength(2);
    expect((await client.get(await linkFromMail(app.dataDir, "tama.joins@example.org", "/verify-email"))).status).toBe(302);

    const joined = await client.post(`/circles/${slug}`, join);
    expect(joined.status).toBe(302);
    await acceptRules(client, slug);
    expect((await client.html(`/circles/${slug}`)).html).not.toContain("Please confirm your email address");
  });

  it("cannot start a thread or create a circle, but may still change its own settings", async () => {
    const { slug } = await createCircle(app);
    const client = await unconfirmedPerson("tama.posts@example.org");
    for (const [path, fields] of [
      [`/circles/${slug}/threads/new`, { title: "Hello", body: "Hello all", contentWarning: "" }],
      ["/circles/new", { name: "Mine", slug: "mine-circle" }],
      ["/notifications", { intent: "read-all" }],
    ] as const) {
      const refused = await client.post(path, fields);
      expect(refused.status, path).toBe(403);
      expect(await refused.text(), path).toContain("Please confirm your email address");
    }
    const settings = await client.post("/account", { displayName: "Tama R", country: "NZ", timeZone: "Pacific/Auckland", emailPreference: "off" });
    expect(settings.status).toBe(200);
    expect(await settings.text()).toContain("Your settings are saved.");
  });
});
