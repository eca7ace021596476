import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appeals, circlePostRevisions, moderationActions } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { deliverPendingEmails, readMailbox } from "../../support/mail";
import {
  auditFor,
  member,
  membershipOf,
  newCircle,
  notificationsOf,
  openThread,
  postStatus,
  signedIn,
  wantsImmediateEmail,
  type Person,
} from "../circles/circle-helpers";

const app = useTestApp();
let facilitator: Person;
let moderatorOne: Person;
let moderatorTwo: Person;
beforeAll(async () => {
  facilitator = await signedIn(app, { role: "facilitator", displayName: "Facilitator Aroha" });
  moderatorOne = await signedIn(app, { role: "moderator", displayName: "Moderator Ines" });
  moderatorTwo = await signedIn(app, { role: "moderator", displayName: "Moderator Tomas" });
});

/** React writes `checked` before `value` on server-rendered inputs. */
const checkedRadio = (value: string) => new RegExp(`<input type="radio"[^>]*checked=""[^>]*value="${value}"`);

const SECRET_BODY = "The night shift felt endless and I keep replaying one moment of it.";

async function circleWithPost() {
  const circle = await newCircle(app, facilitator);
  const author = await member(app, circle.slug, { pseudonym: "Quiet Harbour", displayName: "Author Real Name" });
  const readers = [] as Person[];
  for (const name of ["Reporter Kiri", "Reporter Lena", "Reporter Mateo", "Bystander Noor"])
    readers.push(await member(app, circle.slug, { displayName: name }));
  const thread = await openThread(app, author.client, circle.slug, "A long night", SECRET_BODY);
  expect(thread.postId).toBeTruthy();
  return { circle, author, readers, threadId: thread.threadId!, postId: thread.postId! };
}

describe(`flags and the review queue (${testDriver()})`, () => {
  it("hides a post after three different members flag it, and never tells the author who flagged", async () => {
    const { circle, author, readers, threadId, postId } = await circleWithPost();
    await wantsImmediateEmail(app, author.user.id);
    const [a, b, c, bystander] = readers as [Person, Person, Person, Person];
    const threadUrl = `/circles/${circle.slug}/threads/${threadId}`;

    expect((await author.client.post("/flags", { postId, reason: "spam" })).status).toBe(403);
    const first = await a.client.post("/flags", { postId, reason: "harassment", note: "" });
    expect(first.status).toBe(302);
    expect((await a.client.post("/flags", { postId, reason: "spam" })).status).toBe(409);
    expect((await b.client.post("/flags", { postId, reason: "unsafe" })).status).toBe(302);
    expect((await bystander.client.html(threadUrl)).html).toContain(SECRET_BODY);
    expect((await postStatus(app, postId)).status).toBe("visible");

    expect((await c.client.post("/flags", { postId, reason: "other", note: "It reads as a dig at someone" })).status).toBe(302);
    expect((await postStatus(app, postId)).status).toBe("hidden");
    expect((await bystander.client.html(threadUrl)).html).not.toContain(SECRET_BODY);
    expect((await author.client.html(threadUrl)).html).toContain(SECRET_BODY);

    const authorNotes = await notificationsOf(app, author.user.id);
    expect(authorNotes.some((n) => n.kind === "moderation.hidden_pending_review")).toBe(true);
    await deliverPendingEmails();
    const authorSees = [
      (await author.client.html(threadUrl)).html,
      (await author.client.html("/notifications")).html,
      ...(await readMailbox(app.dataDir)).filter((m) => m.to === author.user.email).map((m) => `${m.subject}\n${m.text}`),
    ].join("\n");
    for (const reporter of [a, b, c]) {
      expect(authorSees).not.toContain(reporter.user.displayName);
      expect(authorSees).not.toContain(reporter.user.email);
    }

    const queue = await facilitator.client.html(`/circles/${circle.slug}/review`);
    expect(queue.status).toBe(200);
    expect(queue.html).toContain(SECRET_BODY);
    expect(queue.html).toContain("Flagged 3 times");
    expect(queue.html).toContain("It reads as a dig at someone");
    expect(queue.html).toContain("Quiet Harbour");
    expect(queue.html).not.toContain("Author Real Name");
  });

  it("a flag with the reason “other” needs a note, and the form keeps what was typed", async () => {
    const { readers, postId } = await circleWithPost();
    const r = await readers[0]!.client.post(`/flags?postId=${postId}`, { postId, reason: "other", note: "" });
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain("Tell us a little about what is wrong.");
    expect(html).toMatch(checkedRadio("other"));
  });

  it("every reviewer decision writes an audit entry and tells the author why (email without post text)", async () => {
    const decisions = ["approve", "hide", "edit", "delete", "warn", "mute", "remove"] as const;
    for (const decision of decisions) {
      const { circle, author, readers, postId } = await circleWithPost();
      await wantsImmediateEmail(app, author.user.id);
      await readers[0]!.client.post("/flags", { postId, reason: "unsafe" });
      const reason = `Kind reason for ${decision}`;
      const r = await facilitator.client.post(`/circles/${circle.slug}/review`, {
        intent: "post",
        postId,
        decision,
        reason,
        body: "An edited, gentler version.",
        muteDays: "3",
      });
      expect(r.status, decision).toBe(200);
      expect(await r.text()).toContain("The author has been told why");
      const audit = await auditFor(app, `moderation.${decision}`, postId);
      expect(audit, decision).toHaveLength(1);
      expect(audit[0]!.actorId).toBe(facilitator.user.id);
      const told = await notificationsOf(app, author.user.id, `moderation.${decision}`);
      expect(told, decision).toHaveLength(1);
      if (decision !== "approve") expect(told[0]!.message).toContain(reason);
      expect(told[0]!.message).not.toContain(SECRET_BODY);
      await deliverPendingEmails();
      const mail = (await readMailbox(app.dataDir)).filter((m) => m.to === author.user.email);
      expect(mail.length, decision).toBeGreaterThan(0);
      expect(mail.map((m) => m.subject + m.text).join("\n")).not.toContain(SECRET_BODY);

      const after = await postStatus(app, postId);
      const membership = await membershipOf(app, circle.id, author.user.id);
      if (decision === "hide") expect(after.status).toBe("hidden");
      if (decision === "delete") expect(after.status).toBe("deleted");
      if (decision === "edit") {
        expect(after.body).toBe("An edited, gentler version.");
        const revisions = await app.db.select().from(circlePostRevisions).where(eq(circlePostRevisions.postId, postId));
        expect(revisions.map((x) => x.body)).toContain(SECRET_BODY);
      }
      if (decision === "mute") expect(membership.mutedUntil!.getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);
      if (decision === "remove") expect(membership.status).toBe("removed");
      // One message per decision: the queue's, with the reason and the appeal link, not a second generic one.
      if (decision === "mute") expect(await notificationsOf(app, author.user.id, "circle.member_muted")).toHaveLength(0);
      if (decision === "remove") expect(await notificationsOf(app, author.user.id, "circle.member_removed")).toHaveLength(0);
      // The flag is dealt with: the post leaves the queue.
      expect((await facilitator.client.html(`/circles/${circle.slug}/review`)).html).not.toContain(SECRET_BODY);
    }
  }, 240_000); // seven full circles, each with its own readers and flags: minutes on a busy machine

  it("asks for a reason before hiding, keeping the reviewer's choice", async () => {
    const { circle, readers, postId } = await circleWithPost();
    await readers[0]!.client.post("/flags", { postId, reason: "spam" });
    const r = await facilitator.client.post(`/circles/${circle.slug}/review`, { intent: "post", postId, decision: "hide", reason: "", body: "" });
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain("Give a short reason: the author will read it.");
    expect(html).toMatch(checkedRadio("hide"));
    expect((await postStatus(app, postId)).status).toBe("visible");
  });

  it("keeps members, and facilitators of other circles, out of a circle's queue", async () => {
    const { circle, readers } = await circleWithPost();
    const otherFacilitator = await signedIn(app, { role: "facilitator" });
    await newCircle(app, otherFacilitator);
    expect((await readers[0]!.client.get(`/circles/${circle.slug}/review`)).status).toBe(403);
    expect((await otherFacilitator.client.get(`/circles/${circle.slug}/review`)).status).toBe(403);
    expect((await otherFacilitator.client.get("/moderation")).status).toBe(403);
    expect((await moderatorOne.client.get(`/circles/${circle.slug}/review`)).status).toBe(200);
  });

  it("sends an appeal to a moderator other than the one who acted; the author may appeal once", async () => {
    const { circle, author, readers, threadId, postId } = await circleWithPost();
    await readers[0]!.client.post("/flags", { postId, reason: "harassment" });
    const hidden = await moderatorOne.client.post("/moderation", { intent: "post", postId, decision: "hide", reason: "It may read as aimed at a colleague" });
    expect(hidden.status).toBe(200);
    const [action] = await app.db.select().from(moderationActions).where(eq(moderationActions.postId, postId));
    expect(action!.actorId).toBe(moderatorOne.user.id);

    const [note] = await notificationsOf(app, author.user.id, "moderation.hide");
    expect(note!.href).toBe(`/appeals/new?action=${action!.id}`);
    const page = await author.client.html(note!.href);
    expect(page.status).toBe(200);
    expect(page.html).toContain("It may read as aimed at a colleague");
    expect((await readers[1]!.client.get(note!.href)).status).toBe(404);

    const filed = await author.client.post(note!.href, { message: "It was about my own night, not about anyone else. Please look again." });
    expect(filed.status).toBe(200);
    const [appeal] = await app.db.select().from(appeals).where(eq(appeals.actionId, action!.id));
    expect(appeal!.assignedTo).toBeTruthy();
    expect(appeal!.assignedTo).not.toBe(moderatorOne.user.id);
    expect(await notificationsOf(app, appeal!.assignedTo!, "moderation.appeal_assigned")).toHaveLength(1);
    expect((await author.client.post(note!.href, { message: "And once more, please look again at this." })).status).toBe(409);

    // The moderator who acted cannot decide; a different one can, and restores the post.
    expect((await moderatorOne.client.html(`/appeals/${appeal!.id}`)).html).toContain("another moderator will decide");
    expect((await moderatorOne.client.post(`/appeals/${appeal!.id}`, { decision: "overturn", note: "Fine by me" })).status).toBe(403);
    expect((await postStatus(app, postId)).status).toBe("hidden");
    const decided = await moderatorTwo.client.post(`/appeals/${appeal!.id}`, {
      decision: "overturn",
      note: "Reading it again, it is about the author's own night.",
    });
    expect(decided.status).toBe(200);
    expect((await postStatus(app, postId)).status).toBe("visible");
    expect((await readers[2]!.client.html(`/circles/${circle.slug}/threads/${threadId}`)).html).toContain(SECRET_BODY);
    const outcome = await notificationsOf(app, author.user.id, "moderation.appeal_decided");
    expect(outcome[0]!.message).toContain("accepted and the decision reversed");
    expect(await auditFor(app, "moderation.appeal_overturned", appeal!.id)).toHaveLength(1);
  });

  it("approves and declines join requests from the queue, telling the requester", async () => {
    const circle = await newCircle(app, facilitator, { kind: "request" });
    const hopeful = await signedIn(app);
    const doubtful = await signedIn(app);
    for (const p of [hopeful, doubtful])
      expect(
        (
          await p.client.post(`/circles/${circle.slug}`, {
            intent: "join",
            identity: "display_name",
            pseudonym: "",
            message: "I am a midwife and would like to listen.",
          })
        ).status,
      ).toBe(302);
    const queue = await facilitator.client.html(`/circles/${circle.slug}/review`);
    expect(queue.html).toContain("Join requests (2)");
    const ids = [await membershipOf(app, circle.id, hopeful.user.id), await membershipOf(app, circle.id, doubtful.user.id)].map((m) => m.id);
    expect(
      (await facilitator.client.post(`/circles/${circle.slug}/review`, { intent: "join", membershipId: ids[0]!, decision: "approve_join", reason: "" })).status,
    ).toBe(200);
    expect(
      (
        await facilitator.client.post(`/circles/${circle.slug}/review`, {
          intent: "join",
          membershipId: ids[1]!,
          decision: "decline_join",
          reason: "The circle is full for now",
        })
      ).status,
    ).toBe(200);
    expect((await membershipOf(app, circle.id, hopeful.user.id)).status).toBe("active");
    expect((await membershipOf(app, circle.id, doubtful.user.id)).status).toBe("declined");
    expect((await notificationsOf(app, hopeful.user.id)).map((n) => n.message).join()).toContain("was accepted");
    expect((await notificationsOf(app, doubtful.user.id)).length).toBeGreaterThan(0);
  });

  it("approving a new member's held first post makes it visible and counts it", async () => {
    const circle = await newCircle(app, facilitator, { firstPostsHeld: 2 });
    const newcomer = await member(app, circle.slug, { pseudonym: "New Leaf" });
    const { postId } = await openThread(app, newcomer.client, circle.slug, "Hello", "I am new here and a little nervous.");
    expect((await postStatus(app, postId!)).status).toBe("held");
    const queue = await moderatorTwo.client.html("/moderation");
    expect(queue.html).toContain("I am new here and a little nervous.");
    expect((await moderatorTwo.client.post("/moderation", { intent: "post", postId: postId!, decision: "approve", reason: "" })).status).toBe(200);
    expect((await postStatus(app, postId!)).status).toBe("visible");
    expect((await membershipOf(app, circle.id, newcomer.user.id)).approvedPostCount).toBe(1);
  });
});
