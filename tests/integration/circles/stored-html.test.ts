import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { circlePosts } from "../../../db/schema";
import { rerenderStalePostBodies } from "../../../app/circles/post-html.server";
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from "../../../app/utils/markdown.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createCircle, joinOpen, startThread } from "./circle-helpers";

const app = useTestApp();
let member: Awaited<ReturnType<typeof joinOpen>>;
let threadPath: string;
let postId: string;

const BODY = "I am **still** thinking about it.\n\n<script>alert(1)</script> [a link](https://example.org)";

beforeAll(async () => {
  const c = await createCircle(app);
  member = await joinOpen(app, c.slug);
  const { threadId } = await startThread(member.client, c.slug, { title: "Thinking it over", body: BODY });
  threadPath = `/circles/${c.slug}/threads/${threadId}`;
  const [opener] = await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadId!));
  postId = opener!.id;
});

const postRow = async () => (await app.db.select().from(circlePosts).where(eq(circlePosts.id, postId)))[0]!;
const pageHtml = async () => (await member.client.html(threadPath)).html;

describe(`post bodies are rendered once and stored (${testDriver()})`, () => {
  it("stores the sanitized HTML when the post is written", async () => {
    const row = await postRow();
    expect(row.bodyHtml).toBe(renderMarkdown(BODY));
    expect(row.bodyHtml).toContain("<strong>still</strong>");
    expect(row.bodyHtml).not.toContain("<script");
    expect(row.bodyHtmlVersion).toBe(MARKDOWN_RENDERER_VERSION);
  });

  it("serves the stored HTML on read instead of rendering again", async () => {
    await app.db.update(circlePosts).set({ bodyHtml: "<p>Stored rendering marker</p>" }).where(eq(circlePosts.id, postId));
    expect(await pageHtml()).toContain("Stored rendering marker");
  });

  it("forgets stored HTML when the body changes without it, so a redaction always shows", async () => {
    await app.db.update(circlePosts).set({ body: "A redacted *body*." }).where(eq(circlePosts.id, postId));
    const row = await postRow();
    expect(row.bodyHtml).toBeNull();
    const html = await pageHtml();
    expect(html).not.toContain("Stored rendering marker");
    expect(html).toContain("A redacted <em>body</em>.");
  });

  it("ignores HTML from an older renderer until the re-render command stores it afresh", async () => {
    await app.db
      .update(circlePosts)
      .set({ bodyHtml: "<p>Old renderer marker</p>", bodyHtmlVersion: MARKDOWN_RENDERER_VERSION - 1 })
      .where(eq(circlePosts.id, postId));
    expect(await pageHtml()).not.toContain("Old renderer marker");
    const rendered = await rerenderStalePostBodies(app.db, { batchSize: 1 });
    expect(rendered).toBeGreaterThanOrEqual(1);
    const row = await postRow();
    expect(row.bodyHtml).toBe(renderMarkdown("A redacted *body*."));
    expect(row.bodyHtmlVersion).toBe(MARKDOWN_RENDERER_VERSION);
    expect(await rerenderStalePostBodies(app.db)).toBe(0);
  });

  it("stores fresh HTML when the author edits the post", async () => {
    const r = await member.client.post(`${threadPath.replace(/\/threads\/.*/, "")}/posts/${postId}/edit`, { body: "Edited with `code`.", contentWarning: "" });
    expect(
      r.status,
      await r
        .clone()
        .text()
        .then((t) => t.slice(0, 200)),
    ).toBe(302);
    const row = await postRow();
    expect(row.bodyHtml).toBe(renderMarkdown("Edited with `code`."));
    expect(row.bodyHtmlVersion).toBe(MARKDOWN_RENDERER_VERSION);
  });
});
