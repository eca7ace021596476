import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  circleGatherings,
  circlePosts,
  circles,
  circleThreads,
  contactRequests,
  facilitatorConcerns,
  learningReflections,
  learnings,
  resourceSuggestions,
} from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { AHEAD } from "../../support/dates";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { createUser, signIn } from "../../support/people";
import { FACILITATORS } from "../../../db/seed/data/facilitators";
import { RULES, createCircle, joinOpen, startThread } from "../circles/circle-helpers";
import { createOrganisationMember, seedDataFile } from "../directory/helpers";
import { cleanFields, publishClean } from "../learnings/helpers";

const app = useTestApp();

/** The token of the create form on a page (the first one, or the one after `after` in the HTML). */
async function tokenOn(client: HttpClient, path: string, after = "") {
  const html = (await client.html(path)).html.split("window.__remixContext")[0]!;
  const from = after ? html.indexOf(after) : 0;
  expect(from, `${after} on ${path}`).toBeGreaterThanOrEqual(0);
  const match = html.slice(from).match(/name="formToken" value="([^"]+)"/);
  expect(match, `a form token on ${path}`).not.toBeNull();
  return match![1]!;
}

/** Sends the same form twice in a row, then twice at once with a new token; returns the four responses. */
async function doubleSubmit(client: HttpClient, path: string, fields: Record<string, string | string[]>, tokens: [string, string]) {
  const first = await client.post(path, { ...fields, formToken: tokens[0] });
  const again = await client.post(path, { ...fields, formToken: tokens[0] });
  const together = await Promise.all([1, 2, 3].map(() => client.post(path, { ...fields, formToken: tokens[1] })));
  return { first, again, together };
}

const count = async (rows: Promise<unknown[]>) => (await rows).length;

describe(`a double submit makes one row (${testDriver()})`, () => {
  it("replies: sequential and concurrent repeats make one post each, and both land on that post", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug);
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Double reply check", body: "Opening." });
    const path = `/circles/${c.slug}/threads/${threadId}`;
    const t1 = await tokenOn(member.client, path, 'id="reply-heading"');
    const t2 = await tokenOn(member.client, path, 'id="reply-heading"');
    expect(t2).not.toBe(t1);
    const sent = await doubleSubmit(member.client, path, { intent: "reply", body: "Only-once-reply words.", contentWarning: "" }, [t1, t2]);
    expect(sent.first.status).toBe(302);
    expect(sent.again.status).toBe(302);
    expect(sent.again.headers.get("location")).toBe(sent.first.headers.get("location"));
    for (const r of sent.together) expect(r.status).toBe(302);
    const posts = await app.db.select().from(circlePosts).where(eq(circlePosts.body, "Only-once-reply words."));
    expect(posts).toHaveLength(2); // one for each rendering of the form, not five
    // Without JavaScript the redirect shows the thread with an empty reply box and a fresh token.
    const after = (await member.client.html(sent.first.headers.get("location")!)).html;
    const box = after.slice(after.indexOf('id="reply-heading"'));
    expect(box).toMatch(/<textarea[^>]*name="body"[^>]*><\/textarea>/);
    expect(box).not.toContain(t1);
  });

  it("threads, gatherings and circles", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug);
    const newThread = `/circles/${c.slug}/threads/new`;
    const threads = await doubleSubmit(member.client, newThread, { title: "One thread only", body: "Said once.", contentWarning: "" }, [
      await tokenOn(member.client, newThread),
      await tokenOn(member.client, newThread),
    ]);
    expect(threads.again.headers.get("location")).toBe(threads.first.headers.get("location"));
    expect(await count(app.db.select().from(circleThreads).where(eq(circleThreads.title, "One thread only")))).toBe(2);

    const newGathering = `/circles/${c.slug}/gatherings/new`;
    const gathering = {
      title: "One gathering only",
      startsLocal: `${AHEAD}-02-03T19:00`,
      endsLocal: `${AHEAD}-02-03T20:00`,
      onlineUrl: "https://meet.example.org/one",
      place: "",
      capacity: "",
    };
    const g = await doubleSubmit(c.facilitator.client, newGathering, gathering, [
      await tokenOn(c.facilitator.client, newGathering),
      await tokenOn(c.facilitator.client, newGathering),
    ]);
    expect(g.again.headers.get("location")).toBe(g.first.headers.get("location"));
    expect(await count(app.db.select().from(circleGatherings).where(eq(circleGatherings.title, "One gathering only")))).toBe(2);

    const token = await tokenOn(c.facilitator.client, "/circles/new");
    const fields = {
      name: "Circle made once",
      slug: `made-once-${Date.now()}`,
      purpose: "A calm place to be heard after harm, made with one click or two.",
      kind: "open",
      language: "en",
      timeZone: "Europe/London",
      capacity: "",
      firstPostsHeld: "0",
      rulesMarkdown: RULES,
      formToken: token,
    };
    const [a, b] = await Promise.all([c.facilitator.client.post("/circles/new", fields), c.facilitator.client.post("/circles/new", fields)]);
    expect([a.status, b.status]).toEqual([302, 302]);
    expect(a.headers.get("location")).toBe(b.headers.get("location"));
    expect(await count(app.db.select().from(circles).where(eq(circles.slug, fields.slug)))).toBe(1);
  });

  it("a refused submission keeps its token usable, so the corrected form goes through", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug);
    const newThread = `/circles/${c.slug}/threads/new`;
    const token = await tokenOn(member.client, newThread);
    const refused = await member.client.post(newThread, { title: "", body: "Kept-body words.", contentWarning: "", formToken: token });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Kept-body words.");
    const fixed = await member.client.post(newThread, { title: "Now with a title", body: "Kept-body words.", contentWarning: "", formToken: token });
    expect(fixed.status).toBe(302);
    expect(await count(app.db.select().from(circleThreads).where(eq(circleThreads.title, "Now with a title")))).toBe(1);
  });

  it("learning drafts and reflections", async () => {
    const author = await createUser(app.db, { role: "member" });
    const first = await createUser(app.db, { role: "moderator" });
    const second = await createUser(app.db, { role: "facilitator", permissions: ["reviewer"] });
    const clients = { author: app.client(), first: app.client(), second: app.client() };
    await signIn(clients.author, author.email);
    await signIn(clients.first, first.email);
    await signIn(clients.second, second.email);
    const fields = cleanFields({ title: "A draft written once" });
    const drafts = await doubleSubmit(clients.author, "/learnings/new", fields, [
      await tokenOn(clients.author, "/learnings/new"),
      await tokenOn(clients.author, "/learnings/new"),
    ]);
    expect(drafts.again.headers.get("location")).toBe(drafts.first.headers.get("location"));
    expect(await count(app.db.select().from(learnings).where(eq(learnings.authorId, author.id)))).toBe(2);

    const { id, slug } = await publishClean(clients, { title: "A learning to reflect on" });
    const reader = app.client();
    await signIn(reader, (await createUser(app.db, { role: "member" })).email);
    const path = `/learnings/${slug}`;
    const sent = await doubleSubmit(reader, path, { intent: "reflect", body: "A reflection sent once." }, [
      await tokenOn(reader, path),
      await tokenOn(reader, path),
    ]);
    expect(sent.first.status).toBe(200);
    expect(sent.again.status).toBe(200);
    expect(await sent.again.text()).toContain("Thank you for your reflection");
    expect(await count(app.db.select().from(learningReflections).where(eq(learningReflections.learningId, id)))).toBe(2);
  });

  it("contact requests, concerns (also when signed out) and resource suggestions", async () => {
    await seedDataFile(app);
    const aroha = FACILITATORS.find((f) => f.slug === "aroha-te-whata")!;
    const member = await createOrganisationMember(app);
    const requester = app.client();
    await signIn(requester, member.user.email);
    const path = `/facilitators/${aroha.slug}/request`;
    const request = {
      organisationId: member.organisationId,
      harmType: "maternity",
      setting: "maternity",
      modality: "in_person",
      languages: ["en"],
      timeframe: "within_month",
      message: "Our surgical team hopes to meet a family after an operation went wrong, with care and without blame.",
    };
    const sent = await doubleSubmit(requester, path, request, [await tokenOn(requester, path), await tokenOn(requester, path)]);
    expect(sent.first.status).toBe(302);
    expect(sent.again.headers.get("location")).toBe(sent.first.headers.get("location"));
    expect(await count(app.db.select().from(contactRequests).where(eq(contactRequests.requesterId, member.user.id)))).toBe(2);

    const anonymous = app.client();
    const concern = `/facilitators/${aroha.slug}/concern`;
    const before = await count(app.db.select().from(facilitatorConcerns));
    await doubleSubmit(anonymous, concern, { kind: "conduct", details: "Raised once, whatever the button does.", replyEmail: "" }, [
      await tokenOn(anonymous, concern),
      await tokenOn(anonymous, concern),
    ]);
    expect((await count(app.db.select().from(facilitatorConcerns))) - before).toBe(2);

    const suggester = app.client();
    const user = await createUser(app.db, { role: "member" });
    await signIn(suggester, user.email);
    const s = await doubleSubmit(
      suggester,
      "/resources/suggest",
      { title: "Suggested once", url: "", summary: "A guide that helped our team listen to families.", note: "" },
      [await tokenOn(suggester, "/resources/suggest"), await tokenOn(suggester, "/resources/suggest")],
    );
    expect(s.first.status).toBe(302);
    expect(await count(app.db.select().from(resourceSuggestions).where(eq(resourceSuggestions.suggestedBy, user.id)))).toBe(2);
  });

  it("a token belongs to its sender: someone else's copy of it creates their own row", async () => {
    const c = await createCircle(app);
    const one = await joinOpen(app, c.slug);
    const two = await joinOpen(app, c.slug);
    const { threadId } = await startThread(c.facilitator.client, c.slug, { title: "Token owner check", body: "Opening." });
    const path = `/circles/${c.slug}/threads/${threadId}`;
    const token = await tokenOn(one.client, path, 'id="reply-heading"');
    for (const who of [one, two])
      expect((await who.client.post(path, { intent: "reply", body: "Same-token words.", contentWarning: "", formToken: token })).status).toBe(302);
    expect(await count(app.db.select().from(circlePosts).where(eq(circlePosts.body, "Same-token words.")))).toBe(2);
  });
});
