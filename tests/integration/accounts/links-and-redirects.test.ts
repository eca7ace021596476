import http from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { readMailbox } from "../../support/mail";
import { createUser, TEST_PASSWORD } from "../../support/people";
import { createCircle, joinOpen, startThread } from "../circles/circle-helpers";
import { parseEnv } from "../../../app/utils/env.server";

// No PUBLIC_URL is configured here, as on the server where the poisoning was found: links must then use the
// built-in default (http://localhost:PORT), never the Host of the request.
const PUBLIC_URL = parseEnv({ ...process.env, PUBLIC_URL: undefined }).PUBLIC_URL;

const app = useTestApp();
beforeAll(async () => {
  delete process.env.PUBLIC_URL;
});

/** A raw HTTP POST, so the Host header can be forged the way an attacker's script would. */
function rawPost(path: string, body: string, headers: Record<string, string>) {
  const url = new URL(app.url);
  return new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode!, location: res.headers.location }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const BAD_TARGETS = [
  "/\t/evil.example",
  "//evil.example",
  "/\n/evil.example",
  "/\r/x",
  "https://evil.example",
  "javascript:alert(1)",
  "/\\evil.example",
  "/.//evil.example",
];

describe(`links in emails and redirects (${testDriver()})`, () => {
  it("builds the reset link from PUBLIC_URL even when Host or X-Forwarded-Host is forged", async () => {
    const user = await createUser(app.db);
    const body = new URLSearchParams({ email: user.email }).toString();
    const forged: Record<string, string>[] = [
      { Host: "evil.example", Origin: "http://evil.example" },
      { Host: "evil.example" },
      { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http" },
    ];
    for (const headers of forged) expect((await rawPost("/forgot-password", body, headers)).status).toBe(200);
    const links = (await readMailbox(app.dataDir)).filter((m) => m.to === user.email).map((m) => m.text.match(/https?:\/\/\S+/)![0]);
    expect(links).toHaveLength(forged.length);
    for (const link of links) {
      expect(link.startsWith(`${PUBLIC_URL}/reset-password?token=`), link).toBe(true);
      expect(link).not.toContain("evil.example");
      expect(link.startsWith(app.url)).toBe(false);
    }
  });

  it("builds the sign-up confirmation link from PUBLIC_URL too", async () => {
    const body = new URLSearchParams({ email: "forged-host@example.org", displayName: "Rua", password: "tides that turn slowly" }).toString();
    expect((await rawPost("/signup", body, { Host: "evil.example" })).status).toBe(302);
    const [mail] = (await readMailbox(app.dataDir)).filter((m) => m.to === "forged-host@example.org");
    expect(mail!.text).toContain(`${PUBLIC_URL}/verify-email?token=`);
    expect(mail!.text).not.toContain("evil.example");
  });

  it("after sign-in, follows a same-site redirectTo and refuses every other kind, never answering 500", async () => {
    const user = await createUser(app.db);
    const good = await app.client().post("/login", { email: user.email, password: TEST_PASSWORD, redirectTo: "/circles?page=2" });
    expect(good.status).toBe(302);
    expect(good.headers.get("location")).toBe("/circles?page=2");
    for (const redirectTo of BAD_TARGETS) {
      const response = await app.client().post("/login", { email: user.email, password: TEST_PASSWORD, redirectTo });
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(response.headers.get("location"), JSON.stringify(redirectTo)).toBe("/");
    }
  });

  it("renders the sign-in page for any redirectTo in the address, and a signed-in visit goes only to this site", async () => {
    for (const redirectTo of BAD_TARGETS) {
      const page = await app.client().get(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
      expect(page.status, JSON.stringify(redirectTo)).toBe(200);
    }
    const user = await createUser(app.db);
    const client = app.client();
    await client.post("/login", { email: user.email, password: TEST_PASSWORD });
    for (const redirectTo of BAD_TARGETS) {
      const visit = await client.get(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
      expect(visit.status).toBe(302);
      expect(visit.headers.get("location"), JSON.stringify(redirectTo)).toBe("/");
    }
    expect((await client.get("/login?redirectTo=%2Faccount")).headers.get("location")).toBe("/account");
  });

  it("keeps a thread's redirectTo inside the thread, without a 500 for control characters", async () => {
    const { slug } = await createCircle(app);
    const member = await joinOpen(app, slug);
    const { threadId } = await startThread(member.client, slug, { title: "Finding our feet", body: "A first post to start with." });
    const thread = `/circles/${slug}/threads/${threadId}`;
    const same = await member.client.post(thread, { intent: "follow", redirectTo: `${thread}?after=x` });
    expect(same.status).toBe(302);
    expect(same.headers.get("location")).toBe(`${thread}?after=x`);
    for (const redirectTo of [...BAD_TARGETS, `${thread}\r\nSet-Cookie: x=1`, `${thread}/../../../../account`]) {
      const response = await member.client.post(thread, { intent: "unfollow", redirectTo });
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(response.headers.get("location"), JSON.stringify(redirectTo)).toBe(thread);
    }
  });
});
