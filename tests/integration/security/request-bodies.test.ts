import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { circlePosts } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, signIn } from "../../support/people";
import { createCircle, joinOpen, startThread } from "../circles/circle-helpers";

// The HTTP layer reads every body before Remix does: only web forms, within a size limit, parseable.
// These are the requests that answered 500 before.

const app = useTestApp();

const post = (path: string, body: BodyInit | undefined, contentType?: string) =>
  app.client().request(path, { method: "POST", body, headers: contentType ? { "Content-Type": contentType } : {}, signal: AbortSignal.timeout(20_000) });

describe(`request bodies (${testDriver()})`, () => {
  it("answers 415 with a plain message to JSON and text bodies on sign-in, sign-up and password reset", async () => {
    for (const path of ["/login", "/signup", "/forgot-password", "/reset-password"]) {
      for (const [body, type] of [
        [JSON.stringify({ email: "a@example.org", password: "x" }), "application/json"],
        ["email=a@example.org", "text/plain"],
      ] as const) {
        const response = await post(path, body, type);
        expect(response.status, `${path} ${type}`).toBe(415);
        expect(await response.text()).toContain("did not come as a web form");
      }
    }
  });

  it("treats a body without a content type as a form, and a broken multipart body as a 400", async () => {
    const noType = await post("/login", "", undefined);
    expect(noType.status).toBe(400);
    expect(await noType.text()).toContain('name="email"');
    const broken = await post("/signup", '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nabc', "multipart/form-data; boundary=XYZ");
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain("arrived incomplete or damaged");
  });

  it("refuses a 25 MB upload with 413 before reading it, and a 10 MB form sent in chunks while reading it", async () => {
    const { user } = { user: await createUser(app.db, { role: "facilitator" }) };
    const client = app.client();
    await signIn(client, user.email);
    const form = new FormData();
    form.append("name", "A course");
    form.append("evidence", new Blob([new Uint8Array(25 * 1024 * 1024)], { type: "application/pdf" }), "scan.pdf");
    const started = Date.now();
    const upload = await client.request("/facilitators/me/training", { method: "POST", body: form, signal: AbortSignal.timeout(30_000) });
    expect(upload.status).toBe(413);
    expect(await upload.text()).toContain("larger than 8 MB");
    expect(Date.now() - started).toBeLessThan(15_000);
    const bytes = Buffer.from(`email=${"x".repeat(10 * 1024 * 1024)}`);
    const chunked = await app.client().request("/login", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new ReadableStream({
        start: (c) => {
          for (let i = 0; i < bytes.length; i += 65536) c.enqueue(bytes.subarray(i, i + 65536));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it("answers a 100 KB display name at sign-up with 400 and keeps what was typed in the form", async () => {
    const response = await app
      .client()
      .post("/signup", { email: "kept-address@example.org", displayName: "a".repeat(100 * 1024), password: "a calm and quiet harbour" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('value="kept-address@example.org"');
    expect(html).toMatch(/class="[^"]*error[^"]*"|role="alert"|aria-invalid="true"/);
  });

  it("saves a post with control characters in it, without them (PostgreSQL refuses NUL and answered 500)", async () => {
    const { slug } = await createCircle(app);
    const member = await joinOpen(app, slug);
    const { response, threadId } = await startThread(member.client, slug, {
      title: "A title\u0000 with a null",
      body: "Some words\u0000 and a bell\u0007 and\ttab\nnew line",
    });
    expect(response.status).toBe(302);
    const [opener] = await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadId!));
    expect(opener!.body).toBe("Some words and a bell and\ttab\nnew line");
  });

  it("ignores a redirect target with characters that cannot go into a Location header", async () => {
    const { slug } = await createCircle(app);
    const member = await joinOpen(app, slug);
    const { threadId } = await startThread(member.client, slug, { title: "Somewhere to land", body: "Hello there, this is the opening post." });
    const base = `/circles/${slug}/threads/${threadId}`;
    const response = await member.client.post(base, { intent: "follow", redirectTo: `${base}\u202E\u00e9` });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(base);
    const support = await member.client.post(base, { intent: "support", postId: "x\u202Ey" });
    expect(support.status).toBeLessThan(500);
  });
});
