// Writes are whole: a failure midway through a write leaves no content row, no audit row and no outbox row
// (notifications are the email outbox). The failure is real: a trigger the test installs makes the
// database refuse one insert near the end of the unit of work, as a full disk or a lost connection would,
// after the content and the notices were already written in the same transaction.
import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  circleGatherings,
  circlePosts,
  circleThreadFollows,
  circleThreads,
  formSubmissions,
  learningDrafts,
  moderationActions,
  notifications,
} from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { AHEAD } from "../../support/dates";
import { createUser, signIn } from "../../support/people";
import { createCircle, joinOpen, reply, startThread } from "../circles/circle-helpers";
import { cleanFields, startDraft, submitDraft } from "../learnings/helpers";

const app = useTestApp();
let triggers = 0;

beforeAll(async () => {
  await app.db.execute(
    sql.raw(`create or replace function rollback_test_refuse() returns trigger language plpgsql as $$
    begin raise exception 'rollback test: an insert into % was refused', tg_table_name; end $$`),
  );
});
afterAll(async () => {
  await app.db.execute(sql.raw("drop function if exists rollback_test_refuse() cascade"));
});

/** Runs `act` while the database refuses inserts into `table` that match `when` (SQL over NEW), then lifts the refusal. */
async function whileRefusing<T>(table: string, when: string, act: () => Promise<T>): Promise<T> {
  const name = `rollback_test_${(triggers += 1)}`;
  await app.db.execute(sql.raw(`create trigger ${name} before insert on ${table} for each row when (${when}) execute function rollback_test_refuse()`));
  try {
    return await act();
  } finally {
    await app.db.execute(sql.raw(`drop trigger ${name} on ${table}`));
  }
}

const audits = (action: string, targetId?: string) =>
  app.db
    .select()
    .from(auditLog)
    .where(targetId ? and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)) : eq(auditLog.action, action));
const noticesOf = (userId: string, kind: string) =>
  app.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

describe(`a write that fails midway leaves nothing behind (${testDriver()})`, () => {
  it("post a reply: refusing its audit row leaves no post, no follower notice and no form claim; the same form then saves once", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug);
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Rollback reply thread", body: "Opening words." });
    const body = "Rollback-reply marker words.";
    const token = crypto.randomUUID();
    const repliesAudited = (await audits("circle.reply_created")).length;
    const failed = await whileRefusing("audit_log", "new.action = 'circle.reply_created'", () =>
      reply(member.client, c.slug, threadId!, body, { formToken: token }),
    );
    expect(failed.status).toBe(500);
    expect(await app.db.select().from(circlePosts).where(eq(circlePosts.body, body))).toHaveLength(0);
    expect(await noticesOf(c.facilitator.user.id, "circle.reply")).toHaveLength(0);
    expect(await audits("circle.reply_created")).toHaveLength(repliesAudited);
    expect(await app.db.select().from(formSubmissions).where(eq(formSubmissions.token, token))).toHaveLength(0);

    // Nothing was half-saved, so sending the same form again saves it, once, with its notice and audit row.
    expect((await reply(member.client, c.slug, threadId!, body, { formToken: token })).status).toBe(302);
    const [post] = await app.db.select().from(circlePosts).where(eq(circlePosts.body, body));
    expect(post).toBeDefined();
    expect(await noticesOf(c.facilitator.user.id, "circle.reply")).toHaveLength(1);
    expect(await audits("circle.reply_created", post!.id)).toHaveLength(1);
  });

  it("post a reply: refusing the follower's notice (the outbox) leaves no post and no audit row", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug);
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Rollback outbox thread", body: "Opening words." });
    const body = "Rollback-outbox marker words.";
    const repliesAudited = (await audits("circle.reply_created")).length;
    const failed = await whileRefusing("notifications", "new.kind = 'circle.reply'", () => reply(member.client, c.slug, threadId!, body));
    expect(failed.status).toBe(500);
    expect(await app.db.select().from(circlePosts).where(eq(circlePosts.body, body))).toHaveLength(0);
    expect(await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadId!))).toHaveLength(1); // the opener only
    expect(await noticesOf(c.facilitator.user.id, "circle.reply")).toHaveLength(0);
    expect(await audits("circle.reply_created")).toHaveLength(repliesAudited);
  });

  it("start a thread: refusing its audit row leaves no thread, no opening post and no follow", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug);
    const title = "Rollback thread marker";
    const threadsAudited = (await audits("circle.thread_created")).length;
    const failed = await whileRefusing("audit_log", "new.action = 'circle.thread_created'", () =>
      startThread(member.client, c.slug, { title, body: "Words that must not stay." }),
    );
    expect(failed.response.status).toBe(500);
    expect(await app.db.select().from(circleThreads).where(eq(circleThreads.title, title))).toHaveLength(0);
    expect(await app.db.select().from(circlePosts).where(eq(circlePosts.body, "Words that must not stay."))).toHaveLength(0);
    expect(await app.db.select().from(circleThreadFollows).where(eq(circleThreadFollows.userId, member.user.id))).toHaveLength(0);
    expect(await audits("circle.thread_created")).toHaveLength(threadsAudited);
  });

  it("a moderation decision: refusing its audit row leaves the post held, with no decision record and no notices", async () => {
    const c = await createCircle(app, { firstPostsHeld: 1 });
    const member = await joinOpen(app, c.slug);
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Rollback review thread", body: "Opening words." });
    expect((await reply(member.client, c.slug, threadId!, "A first reply that waits for approval.")).status).toBe(200);
    const [held] = await app.db.select().from(circlePosts).where(eq(circlePosts.body, "A first reply that waits for approval."));
    expect(held!.status).toBe("held");
    const failed = await whileRefusing("audit_log", "new.action = 'moderation.approve'", () =>
      c.facilitator.client.post(`/circles/${c.slug}/review`, { intent: "post", postId: held!.id, decision: "approve", reason: "", body: "" }),
    );
    expect(failed.status).toBe(500);
    const [after] = await app.db.select().from(circlePosts).where(eq(circlePosts.id, held!.id));
    expect(after!.status).toBe("held");
    expect(await app.db.select().from(moderationActions).where(eq(moderationActions.postId, held!.id))).toHaveLength(0);
    expect(await audits("circle.post_status_changed", held!.id)).toHaveLength(0);
    expect(await noticesOf(c.facilitator.user.id, "circle.reply")).toHaveLength(0);
    expect(await noticesOf(member.user.id, "moderation.approve")).toHaveLength(0);
  });

  it("a gathering change: refusing its audit row keeps the old details and tells no one", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug);
    const fields = {
      title: "Rollback gathering",
      startsLocal: `${AHEAD + 1}-05-01T18:00`,
      endsLocal: `${AHEAD + 1}-05-01T19:00`,
      onlineUrl: "",
      place: "The garden room",
      capacity: "",
    };
    const scheduled = await c.facilitator.client.post(`/circles/${c.slug}/gatherings/new`, fields);
    expect(scheduled.status).toBe(302);
    const id = scheduled.headers.get("location")!.split("/").pop()!;
    const path = `/circles/${c.slug}/gatherings/${id}`;
    expect((await member.client.post(path, { intent: "rsvp" })).status).toBe(302);
    const failed = await whileRefusing("audit_log", "new.action = 'circle.gathering_updated'", () =>
      c.facilitator.client.post(`${path}/edit`, { ...fields, intent: "save", title: "Rollback gathering, moved" }),
    );
    expect(failed.status).toBe(500);
    const [g] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, id));
    expect(g!.title).toBe("Rollback gathering");
    expect(g!.sequence).toBe(0);
    expect(await noticesOf(member.user.id, "circle.gathering_changed")).toHaveLength(0);
    expect(await audits("circle.gathering_updated", id)).toHaveLength(0);
  });

  it("a learning submission (outside the circles): refusing the reviewers' notice leaves it unsubmitted, with no audit row", async () => {
    const author = await createUser(app.db, { role: "member" });
    const reviewer = await createUser(app.db, { role: "moderator" });
    const client = app.client();
    await signIn(client, author.email);
    const fields = cleanFields({ title: "Rollback learning marker" });
    const id = await startDraft(client, fields);
    const failed = await whileRefusing("notifications", "new.kind = 'learning_review'", () => submitDraft(client, id, fields));
    expect(failed.status).toBe(500);
    const [draft] = await app.db.select().from(learningDrafts).where(eq(learningDrafts.learningId, id));
    expect(draft!.stage).toBe("editing");
    expect(draft!.submittedAt).toBeNull();
    expect(await audits("learning.submitted", id)).toHaveLength(0);
    expect(await noticesOf(reviewer.id, "learning_review")).toHaveLength(0);
    // The same submission goes through once the database accepts it again.
    expect((await submitDraft(client, id, fields)).status).toBe(302);
    expect(await audits("learning.submitted", id)).toHaveLength(1);
    expect(
      await app.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, reviewer.id), like(notifications.href, `%${id}%`))),
    ).toHaveLength(1);
  });
});
