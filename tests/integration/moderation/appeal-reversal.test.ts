import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appeals, moderationActions, circlePosts } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { member, membershipOf, newCircle, openThread, postStatus, signedIn, type Person } from "../circles/circle-helpers";

const app = useTestApp();
let facilitator: Person;
let moderatorOne: Person;
let moderatorTwo: Person;
beforeAll(async () => {
  facilitator = await signedIn(app, { role: "facilitator" });
  moderatorOne = await signedIn(app, { role: "moderator" });
  moderatorTwo = await signedIn(app, { role: "moderator" });
});

const BODY = "The night shift felt endless and I keep replaying one moment of it.";
const DECISIONS = ["hide", "edit", "delete", "warn", "mute", "remove"] as const;
type Start = "flagged once" | "hidden by three flags" | "held as a first post";
const STARTS: Start[] = ["flagged once", "hidden by three flags", "held as a first post"];

/** A post in the state the review starts from, and the people around it. */
async function postIn(start: Start) {
  const circle = await newCircle(app, facilitator, { firstPostsHeld: start === "held as a first post" ? 1 : 0 });
  const author = await member(app, circle.slug);
  const readers: Person[] = [];
  for (let i = 0; i < 4; i++) readers.push(await member(app, circle.slug));
  const { threadId, postId } = await openThread(app, author.client, circle.slug, "A long night", BODY);
  if (start !== "held as a first post") {
    for (const r of readers.slice(0, start === "flagged once" ? 1 : 3))
      expect((await r.client.post("/flags", { postId: postId!, reason: "unsafe", note: "" })).status).toBe(302);
  }
  const expected = { "flagged once": "visible", "hidden by three flags": "hidden", "held as a first post": "held" }[start];
  expect((await postStatus(app, postId!)).status).toBe(expected);
  return { circle, author, readers, threadId: threadId!, postId: postId! };
}

/** Moderator one decides; the author appeals; moderator two decides the appeal. Returns the appeal's id. */
async function decideAndAppeal(setup: Awaited<ReturnType<typeof postIn>>, decision: (typeof DECISIONS)[number]) {
  const { circle, author, postId } = setup;
  const r = await moderatorOne.client.post(`/circles/${circle.slug}/review`, {
    intent: "post",
    postId,
    decision,
    reason: "Looked at with care",
    body: decision === "edit" ? "An edited, gentler version." : "",
    muteDays: "3",
  });
  expect(r.status, decision).toBeLessThan(400);
  const [action] = await app.db.select().from(moderationActions).where(eq(moderationActions.postId, postId));
  expect((await author.client.post(`/appeals/new?action=${action!.id}`, { message: "Please look again: it was about my own night." })).status).toBe(200);
  const [appeal] = await app.db.select().from(appeals).where(eq(appeals.actionId, action!.id));
  return appeal!.id;
}

describe(`an appeal that reverses a decision restores exactly what it changed (${testDriver()})`, () => {
  for (const start of STARTS) {
    for (const decision of DECISIONS) {
      it(`${decision}, on a post ${start}: reversed, the post reads as written and the author may post`, async () => {
        const setup = await postIn(start);
        const appealId = await decideAndAppeal(setup, decision);
        const decided = await moderatorTwo.client.post(`/appeals/${appealId}`, {
          decision: "overturn",
          note: "Reading it again, it is about the author's own night.",
        });
        expect(decided.status).toBe(200);
        expect(await postStatus(app, setup.postId)).toEqual({ status: "visible", body: BODY });
        // The page shows the HTML stored with the post (ADR 008): it must be the restored body's, not the edit's.
        const [stored] = await app.db.select({ bodyHtml: circlePosts.bodyHtml }).from(circlePosts).where(eq(circlePosts.id, setup.postId));
        expect(stored!.bodyHtml).toContain(BODY);
        const thread = (await setup.readers[3]!.client.html(`/circles/${setup.circle.slug}/threads/${setup.threadId}`)).html;
        expect(thread).toContain(BODY);
        const membership = await membershipOf(app, setup.circle.id, setup.author.user.id);
        expect(membership.status).toBe("active");
        expect(membership.mutedUntil === null || membership.mutedUntil.getTime() <= Date.now()).toBe(true);
      });
    }
  }

  it("an upheld appeal changes nothing", async () => {
    const setup = await postIn("hidden by three flags");
    const appealId = await decideAndAppeal(setup, "warn");
    expect((await moderatorTwo.client.post(`/appeals/${appealId}`, { decision: "uphold", note: "The decision stands, kindly." })).status).toBe(200);
    expect((await postStatus(app, setup.postId)).status).toBe("hidden");
  });

  it("a reversal undoes only its own decision: a later removal stays", async () => {
    const setup = await postIn("flagged once");
    const appealId = await decideAndAppeal(setup, "hide");
    const later = await moderatorOne.client.post(`/circles/${setup.circle.slug}/review`, {
      intent: "post",
      postId: setup.postId,
      decision: "delete",
      reason: "Named a colleague",
      body: "",
    });
    expect(later.status).toBeLessThan(400);
    expect((await postStatus(app, setup.postId)).status).toBe("deleted");
    expect((await moderatorTwo.client.post(`/appeals/${appealId}`, { decision: "overturn", note: "The hiding was not needed." })).status).toBe(200);
    expect((await postStatus(app, setup.postId)).status).toBe("deleted");
  });
});
