import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { learningReflectionFlags, learningReflections, users } from "../../../db/schema";
import { canReviewReflections, reviewableReflectionsSql } from "../../../app/utils/policy/moderation";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { publishClean } from "../learnings/helpers";
import { auditFor, notificationsOf, signedIn, type Person } from "../circles/circle-helpers";

// Reflections on published case learnings are reviewed in the site-wide queue, beside circle posts.

const app = useTestApp();
let author: Person;
let firstReviewer: Person;
let secondReviewer: Person;
let moderator: Person;
let facilitator: Person;
let writer: Person;
let bystander: Person;
let flaggers: Person[];
let slug: string;
const TITLE = "Listening after a missed referral";

beforeAll(async () => {
  author = await signedIn(app, { displayName: "Learning Author Sione" });
  firstReviewer = await signedIn(app, { role: "moderator", displayName: "Reviewer Amara" });
  secondReviewer = await signedIn(app, { role: "moderator", displayName: "Reviewer Johan" });
  moderator = await signedIn(app, { role: "moderator", displayName: "Moderator Priya" });
  facilitator = await signedIn(app, { role: "facilitator", displayName: "Facilitator Wiremu" });
  writer = await signedIn(app, { displayName: "Reflection Writer Hana" });
  bystander = await signedIn(app, { displayName: "Reader Olu" });
  flaggers = [];
  for (const name of ["Flagger Bettina", "Flagger Kwame", "Flagger Ayesha", "Flagger Tavita"]) flaggers.push(await signedIn(app, { displayName: name }));
  ({ slug } = await publishClean({ author: author.client, first: firstReviewer.client, second: secondReviewer.client }, { title: TITLE }));
});

let counter = 0;
async function reflect(text?: string) {
  counter += 1;
  const body = text ?? `Reflection ${counter}: I now slow down at handover and ask one more question.`;
  expect((await writer.client.post(`/learnings/${slug}`, { intent: "reflect", body })).status).toBe(200);
  const [row] = await app.db.select().from(learningReflections).where(eq(learningReflections.body, body));
  expect(row?.status).toBe("visible");
  return { id: row!.id, body };
}

const flag = (who: Person, reflectionId: string, reason: string) => who.client.post(`/learnings/${slug}`, { intent: "flag", reflectionId, reason });
const decide = (who: Person, reflectionId: string, decision: string, reason = "") =>
  who.client.post("/moderation", { intent: "reflection", reflectionId, decision, reason });
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const reflectionStatus = async (id: string) => (await app.db.select().from(learningReflections).where(eq(learningReflections.id, id)))[0]?.status ?? null;

/** Everything the reflection's author can read about what happened. */
async function whatTheWriterSees() {
  const notes = await notificationsOf(app, writer.user.id);
  return [(await writer.client.html("/notifications")).html, ...notes.map((n) => `${n.message} ${n.href}`)].join("\n");
}

function expectNoFlaggerNames(text: string) {
  for (const f of flaggers) {
    expect(text).not.toContain(f.user.displayName);
    expect(text).not.toContain(f.user.email);
  }
}

describe(`reflections in the site-wide moderation queue (${testDriver()})`, () => {
  it("a flagged reflection appears for moderators, with its learning and reasons, and not for members or facilitators", async () => {
    const { id, body } = await reflect("Reflection with <em>markup</em>: we now read the referral aloud together.");
    expect((await flag(flaggers[0]!, id, "It seems to point at one nurse")).status).toBe(200);

    const queue = await moderator.client.html("/moderation");
    expect(queue.status).toBe(200);
    expect(queue.html).toContain("Reflections on case learnings");
    expect(queue.html).toContain(TITLE);
    expect(queue.html).toContain(escapeHtml(body));
    expect(queue.html).not.toContain("<em>markup</em>");
    expect(queue.html).toContain("It seems to point at one nurse");
    expect(queue.html).toContain("Flagged 1 time");
    expect(queue.html).toContain(`value="${id}"`);
    expectNoFlaggerNames(queue.html);

    expect((await writer.client.get("/moderation")).status).toBe(403);
    expect((await facilitator.client.get("/moderation")).status).toBe(403);
    expect((await decide(facilitator, id, "delete", "Not theirs to remove")).status).toBe(403);
    expect(await reflectionStatus(id)).toBe("visible");
  });

  it("the per-person rule and the queue's SQL filter agree", async () => {
    const admin = await signedIn(app, { role: "admin" });
    for (const who of [admin, moderator, facilitator, writer]) {
      const [actor] = await app.db.select().from(users).where(eq(users.id, who.user.id));
      const listed = await app.db.select({ id: learningReflections.id }).from(learningReflections).where(reviewableReflectionsSql(actor!));
      const total = await app.db.select({ id: learningReflections.id }).from(learningReflections);
      expect(listed.length > 0 && listed.length === total.length, who.user.displayName).toBe(canReviewReflections(actor!));
      expect((await who.client.get("/moderation")).status, who.user.displayName).toBe(canReviewReflections(actor!) ? 200 : 403);
    }
  });

  it("approving clears the flags, keeps the reflection visible, audits and tells the author", async () => {
    const { id, body } = await reflect();
    expect((await flag(flaggers[1]!, id, "Possibly off topic")).status).toBe(200);
    expect((await moderator.client.html("/moderation")).html).toContain(escapeHtml(body));

    const r = await decide(moderator, id, "approve");
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("The reflection is approved");
    expect(await reflectionStatus(id)).toBe("visible");
    expect(
      await app.db
        .select()
        .from(learningReflectionFlags)
        .where(and(eq(learningReflectionFlags.reflectionId, id), isNull(learningReflectionFlags.resolvedAt))),
    ).toHaveLength(0);
    expect((await moderator.client.html("/moderation")).html).not.toContain(escapeHtml(body));
    expect((await bystander.client.html(`/learnings/${slug}`)).html).toContain(escapeHtml(body));

    const audit = await auditFor(app, "learning.reflection_approved", id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(moderator.user.id);
    const notes = await notificationsOf(app, writer.user.id, "reflection_approved");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain("stays visible");
    expectNoFlaggerNames(await whatTheWriterSees());
  });

  it("hiding needs a reason, keeps what was typed on an error, then hides, audits and tells the author why", async () => {
    const { id, body } = await reflect();
    expect((await flag(flaggers[2]!, id, "Names a ward colleague")).status).toBe(200);

    const missing = await decide(moderator, id, "hide", "");
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Give a short reason: the author will read it.");
    expect(await reflectionStatus(id)).toBe("visible");

    expect((await decide(moderator, id, "hide", "It could identify a colleague")).status).toBe(200);
    expect(await reflectionStatus(id)).toBe("hidden");
    expect((await bystander.client.html(`/learnings/${slug}`)).html).not.toContain(escapeHtml(body));
    expect((await moderator.client.html("/moderation")).html).not.toContain(escapeHtml(body));

    const audit = await auditFor(app, "learning.reflection_hidden", id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.reason).toBe("It could identify a colleague");
    const notes = await notificationsOf(app, writer.user.id, "reflection_hidden");
    expect(notes.some((n) => n.message.includes("Why: It could identify a colleague"))).toBe(true);
    expectNoFlaggerNames(await whatTheWriterSees());
  });

  it("deleting needs a reason, removes the reflection, audits and tells the author why", async () => {
    const { id, body } = await reflect();
    expect((await flag(flaggers[3]!, id, "Feels unkind")).status).toBe(200);

    expect((await decide(moderator, id, "delete", "")).status).toBe(400);
    expect((await decide(moderator, id, "delete", "It was unkind to a named team")).status).toBe(200);
    expect(await reflectionStatus(id)).toBeNull();
    expect((await bystander.client.html(`/learnings/${slug}`)).html).not.toContain(escapeHtml(body));
    expect((await moderator.client.html("/moderation")).html).not.toContain(escapeHtml(body));
    expect((await decide(moderator, id, "delete", "Again")).status).toBe(404);

    const audit = await auditFor(app, "learning.reflection_deleted", id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.reason).toBe("It was unkind to a named team");
    const notes = await notificationsOf(app, writer.user.id, "reflection_deleted");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain("Why: It was unkind to a named team");
    expect(notes[0]!.message).not.toContain(body);
    expectNoFlaggerNames(await whatTheWriterSees());
  });

  it("hides a reflection once three different members flag it, until a moderator reviews it", async () => {
    const { id, body } = await reflect();
    const [a, b, c] = flaggers as [Person, Person, Person];
    expect((await flag(a, id, "First concern")).status).toBe(200);
    expect((await flag(a, id, "Same person again")).status).toBe(200);
    expect((await flag(b, id, "Second concern")).status).toBe(200);
    expect(await reflectionStatus(id)).toBe("visible");
    expect((await bystander.client.html(`/learnings/${slug}`)).html).toContain(escapeHtml(body));

    expect((await flag(c, id, "Third concern")).status).toBe(200);
    expect(await reflectionStatus(id)).toBe("hidden");
    expect((await bystander.client.html(`/learnings/${slug}`)).html).not.toContain(escapeHtml(body));
    expect(await auditFor(app, "learning.reflection_hidden_by_flags", id)).toHaveLength(1);
    expect(await notificationsOf(app, writer.user.id, "reflection_hidden_pending_review")).toHaveLength(1);
    expectNoFlaggerNames(await whatTheWriterSees());

    const queue = await moderator.client.html("/moderation");
    expect(queue.html).toContain(escapeHtml(body));
    expect(queue.html).toContain("Flagged 3 times");
    expect(queue.html).toContain("Hidden until reviewed");
    expect(queue.html).not.toContain("Same person again");
    expectNoFlaggerNames(queue.html);

    expect((await decide(moderator, id, "approve")).status).toBe(200);
    expect(await reflectionStatus(id)).toBe("visible");
    expect((await bystander.client.html(`/learnings/${slug}`)).html).toContain(escapeHtml(body));
    const approved = await notificationsOf(app, writer.user.id, "reflection_approved");
    expect(approved.some((n) => n.message.includes("others can now read it"))).toBe(true);
  });
});

describe("a reflection that reads as distress", () => {
  it("is saved, goes to the moderators' queue with an automatic note, and asks the peer supporters to look in, without a server error", async () => {
    const peer = await signedIn(app, { role: "peer_supporter", displayName: "Peer Supporter Losa" });
    const body = "Reading this I realised I can't keep going anymore. I want it all to stop.";
    const res = await writer.client.post(`/learnings/${slug}`, { intent: "reflect", body });
    expect(res.status).toBe(200);
    const [row] = await app.db.select().from(learningReflections).where(eq(learningReflections.body, body));
    expect(row).toBeTruthy();
    const flags = await app.db.select().from(learningReflectionFlags).where(eq(learningReflectionFlags.reflectionId, row!.id));
    expect(flags.some((f) => f.flaggerId === null && /may need support/.test(f.reason))).toBe(true);
    const notes = await notificationsOf(app, peer.user.id, "care.alert");
    expect(notes.length).toBe(1);
    expect(notes[0].href).toBe(`/learnings/${slug}`);
    // The notification carries nothing the author wrote.
    expect(notes[0].message).not.toContain("keep going");
    expect(await auditFor(app, "care.reflection_distress", row!.id)).toHaveLength(1);
  });
});
