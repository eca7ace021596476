import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, circlePosts, users } from "../../../db/schema";
import { sendDailyDigest } from "../../../app/circles/gatherings.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { deliverPendingEmails, readMailbox } from "../../support/mail";
import { createCircle, joinOpen, notificationsOf, reply, signedIn, startThread } from "./circle-helpers";

const app = useTestApp();

const postIdOf = async (body: string) => (await app.db.select().from(circlePosts).where(eq(circlePosts.body, body)))[0]!.id;

describe(`conversation (${testDriver()})`, () => {
  it("renders Markdown and makes script payloads inert", async () => {
    const c = await createCircle(app);
    const body =
      'Some **bold** words.\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n\n<script>alert(\'boom\')</script>\n\n<a href="#" onclick="alert(2)">click</a>';
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Markdown check", body });
    const page = await c.facilitator.client.html(`/circles/${c.slug}/threads/${threadId}`);
    expect(page.html).toContain("<strong>bold</strong>");
    const article = page.html.slice(page.html.indexOf('class="prose post-body"'), page.html.indexOf("</article>"));
    expect(article).not.toMatch(/onerror|onclick|javascript:|<script|<img/i);
  });

  it("shows only the pseudonym, never the account, to members, facilitators, notifications and email", async () => {
    const c = await createCircle(app);
    const author = await joinOpen(app, c.slug, { pseudonym: "Willow Bark", displayName: "Ngaire Real-Name" });
    const reader = await joinOpen(app, c.slug, { displayName: "Reader Person" });
    await app.db.update(users).set({ emailPreference: "immediate" }).where(eq(users.id, reader.user.id));
    const { threadId } = await startThread(reader.client, c.slug, { title: "Who else struggles at night?", body: "I find nights hard." });
    const replyText = "Private-reply-words: nights are hard for me too.";
    expect((await reply(author.client, c.slug, threadId!, replyText)).status).toBe(302);
    for (const viewer of [reader.client, c.facilitator.client]) {
      for (const path of [`/circles/${c.slug}/threads/${threadId}`, `/circles/${c.slug}/members`, `/circles/${c.slug}`]) {
        const html = (await viewer.html(path)).html;
        expect(html).not.toContain("Ngaire Real-Name");
        expect(html).not.toContain(author.user.email);
        expect(html).not.toContain(author.user.id);
      }
      const thread = (await viewer.html(`/circles/${c.slug}/threads/${threadId}`)).html;
      expect(thread).toContain("Willow Bark");
      expect(thread).toContain(replyText);
    }
    const notes = (await reader.client.html("/notifications")).html;
    expect(notes).toContain("Someone replied in a thread you follow");
    expect(notes).not.toContain("Willow Bark");
    expect(notes).not.toContain("Ngaire Real-Name");
    expect(notes).not.toContain("Private-reply-words");
    await deliverPendingEmails();
    const mail = (await readMailbox(app.dataDir)).filter((m) => m.to === reader.user.email);
    expect(mail.length).toBeGreaterThan(0);
    for (const m of mail) {
      expect(m.subject + m.text).not.toMatch(/Private-reply-words|Willow Bark|Ngaire Real-Name|nights are hard/);
      expect(m.text).toContain(`/circles/${c.slug}/threads/${threadId}`);
    }
  });

  it("keeps pseudonyms unique within a circle, ignoring case and spaces", async () => {
    const c = await createCircle(app);
    await joinOpen(app, c.slug, { pseudonym: "Quiet Harbour" });
    const second = await signedIn(app);
    const r = await second.client.post(`/circles/${c.slug}`, { intent: "join", identity: "pseudonym", pseudonym: "quiet   HARBOUR" });
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain("looks very like, the name of someone in this circle");
    expect(html).toContain('value="quiet   HARBOUR"');
    // The same pseudonym in another circle is fine.
    const other = await createCircle(app);
    await joinOpen(app, other.slug, { pseudonym: "Quiet Harbour" });
  });

  it("keeps the edit history for moderators only", async () => {
    const c = await createCircle(app);
    const author = await joinOpen(app, c.slug);
    const reader = await joinOpen(app, c.slug);
    const { threadId } = await startThread(author.client, c.slug, { title: "Edit check", body: "First-version-words here." });
    const postId = await postIdOf("First-version-words here.");
    const edited = await author.client.post(`/circles/${c.slug}/posts/${postId}/edit`, { body: "Second-version-words here.", contentWarning: "" });
    expect(edited.status).toBe(302);
    const readerView = (await reader.client.html(`/circles/${c.slug}/threads/${threadId}`)).html;
    expect(readerView).toContain("Second-version-words");
    expect(readerView).toContain("edited");
    expect(readerView).not.toContain("First-version-words");
    const facilitatorView = (await c.facilitator.client.html(`/circles/${c.slug}/threads/${threadId}`)).html;
    expect(facilitatorView).toContain("Edit history (1 earlier version");
    expect(facilitatorView).toContain("First-version-words");
    // Others cannot edit someone else's post.
    expect((await reader.client.get(`/circles/${c.slug}/posts/${postId}/edit`)).status).toBe(404);
  });

  it("soft-deletes with a reason: the body is gone, a placeholder says who removed it", async () => {
    const c = await createCircle(app);
    const author = await joinOpen(app, c.slug);
    const reader = await joinOpen(app, c.slug);
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Delete check", body: "Opening." });
    await reply(author.client, c.slug, threadId!, "Words-I-regret-sharing.");
    await reply(reader.client, c.slug, threadId!, "Words-a-moderator-removes.");
    const mine = await postIdOf("Words-I-regret-sharing.");
    const theirs = await postIdOf("Words-a-moderator-removes.");
    const noReason = await author.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "delete", postId: mine, reason: "" });
    expect(noReason.status).toBe(400);
    expect((await author.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "delete", postId: mine, reason: "I said too much." })).status).toBe(
      302,
    );
    expect((await reader.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "delete", postId: mine, reason: "Not mine." })).status).toBe(403);
    expect(
      (await c.facilitator.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "delete", postId: theirs, reason: "Contained a workplace name." }))
        .status,
    ).toBe(302);
    const view = (await reader.client.html(`/circles/${c.slug}/threads/${threadId}`)).html;
    expect(view).not.toContain("Words-I-regret-sharing");
    expect(view).not.toContain("Words-a-moderator-removes");
    expect(view).toContain("This post was removed by its author.");
    expect(view).toContain("This post was removed by a moderator.");
    const [row] = await app.db.select().from(circlePosts).where(eq(circlePosts.id, mine));
    expect(row!.status).toBe("deleted");
    expect(row!.body).toBe("Words-I-regret-sharing."); // kept for moderators, never shown
    const [audit] = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "circle.post_deleted"), eq(auditLog.targetId, theirs)));
    expect(audit!.reason).toBe("Contained a workplace name.");
  });

  it("a removal without a reason keeps the form open beside that post, with the typed reason and the message next to it", async () => {
    const c = await createCircle(app);
    const author = await joinOpen(app, c.slug);
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Removal reason check", body: "Opening." });
    await reply(author.client, c.slug, threadId!, "Words-to-remove-later.");
    const postId = await postIdOf("Words-to-remove-later.");
    const r = await author.client.post(`/circles/${c.slug}/threads/${threadId}`, { intent: "delete", postId, reason: "ok" });
    expect(r.status).toBe(400);
    const html = (await r.text()).split("window.__remixContext")[0]!;
    const message = "Give a short reason; it is recorded and shown to the member.";
    const start = html.indexOf(`id="post-${postId}"`);
    const article = html.slice(start, html.indexOf("</article>", start));
    // Not at the top of the page: only inside this post's removal form, after the reason field.
    expect(html.slice(0, start)).not.toContain(message);
    expect(article).toMatch(/<details class="delete-post" open="">/);
    expect(article).toMatch(new RegExp(`<textarea[^>]*name="reason"[^>]*aria-invalid="true"[^>]*>ok</textarea><p class="field-error"[^>]*>${message}</p>`));
    const [row] = await app.db.select().from(circlePosts).where(eq(circlePosts.id, postId));
    expect(row!.status).toBe("visible");
  });

  it("counts support reactions, one per member, and lets a member take theirs back", async () => {
    const c = await createCircle(app);
    const a = await joinOpen(app, c.slug);
    const b = await joinOpen(app, c.slug);
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Support check", body: "Support-me-body." });
    const postId = await postIdOf("Support-me-body.");
    const path = `/circles/${c.slug}/threads/${threadId}`;
    await a.client.post(path, { intent: "support", postId });
    await b.client.post(path, { intent: "support", postId });
    expect((await a.client.html(path)).html).toContain('You support this <span class="support-count">(2)</span>');
    await a.client.post(path, { intent: "support", postId });
    expect((await a.client.html(path)).html).toContain('Support <span class="support-count">(1)</span>');
  });

  it("notifies followers of a reply (no text), not after they unfollow; the daily digest has no post text", async () => {
    const c = await createCircle(app);
    const follower = await joinOpen(app, c.slug);
    const writer = await joinOpen(app, c.slug);
    await app.db.update(users).set({ emailPreference: "digest" }).where(eq(users.id, follower.user.id));
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Follow check", body: "Opening." });
    const path = `/circles/${c.slug}/threads/${threadId}`;
    await follower.client.post(path, { intent: "follow" });
    expect((await follower.client.html(path)).html).toContain("Stop following this thread");
    await reply(writer.client, c.slug, threadId!, "Digest-secret-words in a reply.");
    const notes = await notificationsOf(app, follower.user.id, "circle.reply");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toBe("Someone replied in a thread you follow");
    expect(notes[0]!.href).toContain(path);
    expect(await notificationsOf(app, writer.user.id, "circle.reply")).toHaveLength(0);
    expect((await readMailbox(app.dataDir)).filter((m) => m.to === follower.user.email)).toHaveLength(0);
    await sendDailyDigest();
    const digest = (await readMailbox(app.dataDir)).filter((m) => m.to === follower.user.email);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain("Someone replied in a thread you follow");
    expect(digest[0]!.text).not.toContain("Digest-secret-words");
    await follower.client.post(path, { intent: "unfollow" });
    await reply(writer.client, c.slug, threadId!, "Another reply.");
    expect(await notificationsOf(app, follower.user.id, "circle.reply")).toHaveLength(1);
  });

  it("collapses a post behind its content warning and shows quotes", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug, { pseudonym: "Fern Gully" });
    const { threadId } = await startThread(member.client, c.slug, { title: "CW check", body: "Hard-to-read words.", contentWarning: "death of a patient" });
    const html = (await c.facilitator.client.html(`/circles/${c.slug}/threads/${threadId}`)).html;
    expect(html).toMatch(
      /<details class="content-warning"><summary>Content warning: <!-- -->death of a patient<!-- -->. Open to read.<\/summary><div class="prose post-body"><p>Hard-to-read words.<\/p>/,
    );
    const opener = await postIdOf("Hard-to-read words.");
    const form = (await c.facilitator.client.html(`/circles/${c.slug}/threads/${threadId}?quote=${opener}`)).html;
    expect(form).toContain(`name="quoteOf" value="${opener}"`);
    await reply(c.facilitator.client, c.slug, threadId!, "Thank you for sharing.", { quoteOf: opener });
    const after = (await member.client.html(`/circles/${c.slug}/threads/${threadId}`)).html;
    expect(after).toMatch(
      /<blockquote class="post-quote"><p class="small"><a href="#post-[^"]+">Fern Gully<!-- --> wrote<\/a>:<\/p><p>Hard-to-read words.<\/p><\/blockquote>/,
    );
  });
});
