import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import { addTrainingRecord } from "../../../app/directory/training.server";
import { insertFacilitatorProfile } from "../../../app/directory/profiles.server";
import { sendContactRequest } from "../../../app/directory/requests.server";
import {
  appeals,
  careAlerts,
  circleGatherings,
  circleMemberships,
  circlePosts,
  circles,
  circleThreads,
  facilitatorTraining,
  learningDrafts,
  learnings,
  learningVersions,
  moderationActions,
  resources,
  organisationMembers,
  users,
  type Permission,
  type SiteRole,
} from "../../../db/schema";
import { DEMO_ORGANISATION } from "../../../db/seed/accounts";
import { seedDemo } from "../../../db/seed/demo";
import { DEMO_FACILITATOR_PROFILE, profileValuesFromSeed } from "../../../db/seed/directory";
import { PRINCIPAL_KEYS, type Principal } from "../../security/authz-matrix";
import type { TestApp } from "../../support/app";
import type { HttpClient } from "../../support/http-client";
import { createUser, signIn } from "../../support/people";

// Builds the matrix's world over the real app: two circles, the 17 principals in their relationships, and a
// unique marker in every confidential place. Circle and moderation content goes through the same form posts
// a browser sends; directory and learning records whose forms need a file picker or many steps go through
// the domain functions (or, for the seeded drafts, rows written the way the demo seed writes them).

const RULES = "1. What is said here stays here.\n2. No identifying details.\n3. Respect.";
const letters = (n: number) => Array.from({ length: n }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("");
/** A unique word: letters only, so Markdown, HTML escaping and search tokenising leave it whole. */
const marker = (name: string) => `zq${name.toLowerCase()}${letters(10)}`;

export type World = {
  clients: Record<Principal, HttpClient>;
  userIds: Partial<Record<Principal, string>>;
  emails: Map<string, Principal>;
  markers: Record<string, string>;
  params: Record<string, string>;
  calendarFeedPath: string;
};

async function must(response: Response, what: string, status = 302) {
  if (response.status !== status) expect.fail(`${what}: ${response.status} ${(await response.text()).replace(/\s+/g, " ").slice(0, 300)}`);
  return response;
}

export async function buildWorld(app: TestApp): Promise<World> {
  await seedDemo(app.db);
  const m: Record<string, string> = {};
  for (const key of [
    "threadTitleA",
    "postA",
    "postRemoved",
    "pseudonymPost",
    "heldPost",
    "watchedWord",
    "flagNote",
    "warnNote",
    "pendingNote",
    "muteReason",
    "removeReason",
    "appealMessage",
    "gatheringLink",
    "threadTitleB",
    "postB",
    "draftPrivate",
    "draftInReview",
    "membersLearning",
    "evidenceFile",
    "conflictNote",
    "contactMessage",
    "concernDetails",
    "pseudonymOwnerName",
    "inviteCircle",
    "careNote",
    "revealReason",
  ])
    m[key] = marker(key);
  m.pseudonym = `Zqpseud${letters(8)}`;

  const roles: Partial<Record<Principal, { role?: SiteRole; permissions?: Permission[] }>> = {
    faci: { role: "facilitator" },
    othf: { role: "facilitator" },
    peer: { role: "peer_supporter" },
    dirf: { role: "facilitator" },
    revw: { permissions: ["reviewer"] },
    modr: { role: "moderator" },
    admn: { role: "admin" },
  };
  const clients = {} as Record<Principal, HttpClient>;
  const userIds: Partial<Record<Principal, string>> = {};
  const emails = new Map<string, Principal>();
  for (const p of PRINCIPAL_KEYS) {
    clients[p] = app.client();
    if (p === "anon") continue;
    const user = await createUser(app.db, { ...roles[p], displayName: `Authz ${p} ${letters(4)}` });
    userIds[p] = user.id;
    emails.set(user.email, p);
    await signIn(clients[p], user.email);
  }
  const owner = await createUser(app.db, { displayName: `Aroha ${m.pseudonymOwnerName}` });
  m.pseudonymOwnerEmail = owner.email;
  const ownerClient = app.client();
  await signIn(ownerClient, owner.email);
  await app.db
    .update(users)
    .set({ emailPreference: "immediate" })
    .where(inArray(users.id, [...Object.values(userIds), owner.id]));
  const c = clients;

  // Circle A: request-only, run by faci. Circle B: open, run by othf.
  const slugA = `authz-a-${letters(6)}`;
  const slugB = `authz-b-${letters(6)}`;
  for (const [who, slug, kind] of [
    ["faci", slugA, "request"],
    ["othf", slugB, "open"],
  ] as const) {
    await must(
      await c[who].post("/circles/new", {
        name: `Circle ${slug}`,
        slug,
        purpose: "A calm place for people who were involved in harm to be heard.",
        kind,
        language: "en",
        timeZone: "Europe/London",
        capacity: "",
        firstPostsHeld: "0",
        rulesMarkdown: RULES,
      }),
      `create ${slug}`,
    );
  }
  // Circle C: invitation-only, so even its name is for its facilitator and site moderators.
  await must(
    await c.faci.post("/circles/new", {
      name: `Invited ${m.inviteCircle}`,
      slug: `authz-c-${letters(6)}`,
      purpose: "A small circle for people who were invited.",
      kind: "invite",
      language: "en",
      timeZone: "Europe/London",
      capacity: "",
      firstPostsHeld: "0",
      rulesMarkdown: RULES,
    }),
    "create invite-only circle",
  );
  const [circleA] = await app.db.select().from(circles).where(eq(circles.slug, slugA));

  const joinA = async (client: HttpClient, message: string, pseudonym?: string) =>
    must(
      await client.post(`/circles/${slugA}`, { intent: "join", identity: pseudonym ? "pseudonym" : "display_name", pseudonym: pseudonym ?? "", message }),
      "join A",
    );
  for (const p of ["memb", "mute", "remv", "unac", "susp"] as const) await joinA(c[p], "I would like to listen and share.");
  await joinA(ownerClient, "I would like to listen.", m.pseudonym);
  await joinA(c.pend, `Please let me in: ${m.pendingNote}`);
  const membershipOf = async (userId: string) =>
    (
      await app.db
        .select()
        .from(circleMemberships)
        .where(and(eq(circleMemberships.circleId, circleA!.id), eq(circleMemberships.userId, userId)))
    )[0]!;
  for (const userId of [userIds.memb!, userIds.mute!, userIds.remv!, userIds.unac!, userIds.susp!, owner.id]) {
    const membership = await membershipOf(userId);
    await must(
      await c.faci.post(`/circles/${slugA}/members`, { intent: "decide", membershipId: membership.id, decision: "approve", reason: "" }),
      "approve",
      200,
    );
  }
  for (const client of [c.memb, c.mute, c.remv, c.susp, ownerClient])
    await must(await client.post(`/circles/${slugA}/rules`, { intent: "accept" }), "accept rules");

  const thread = await must(
    await c.memb.post(`/circles/${slugA}/threads/new`, {
      title: `After the night ${m.threadTitleA}`,
      body: `It was a hard week. ${m.postA}`,
      contentWarning: "",
    }),
    "thread A",
  );
  const threadA = thread.headers.get("location")!.match(/\/threads\/([^/?#]+)/)![1]!;
  const [openerA] = await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadA));
  await must(
    await c.remv.post(`/circles/${slugA}/threads/${threadA}`, { intent: "reply", body: `I hear you. ${m.postRemoved}`, contentWarning: "" }),
    "reply by remv",
  );
  await must(
    await c.faci.post(`/circles/${slugA}/watched-words`, { intent: "add", pattern: m.watchedWord, action: "hold", note: "Check before it shows." }),
    "watched word",
    200,
  );

  const remvMembership = await membershipOf(userIds.remv!);
  const muteMembership = await membershipOf(userIds.mute!);
  await must(
    await c.faci.post(`/circles/${slugA}/members`, {
      intent: "mute",
      membershipId: muteMembership.id,
      days: "7",
      reason: `Pausing for a week: ${m.muteReason}`,
    }),
    "mute",
    200,
  );
  await must(
    await c.faci.post(`/circles/${slugA}/members`, { intent: "remove", membershipId: remvMembership.id, reason: `Removed after a warning: ${m.removeReason}` }),
    "remove",
    200,
  );

  await must(
    await ownerClient.post(`/circles/${slugA}/threads/${threadA}`, { intent: "reply", body: `Thank you for this. ${m.pseudonymPost}`, contentWarning: "" }),
    "pseudonymous reply",
  );
  await ownerClient.post(`/circles/${slugA}/threads/${threadA}`, {
    intent: "reply",
    body: `Something to check: ${m.watchedWord} ${m.heldPost}`,
    contentWarning: "",
  });
  const [held] = await app.db
    .select()
    .from(circlePosts)
    .where(and(eq(circlePosts.threadId, threadA), eq(circlePosts.status, "held")));
  expect(held?.body, "the watched word held the reply").toContain(m.heldPost);
  const [pseudoPost] = await app.db
    .select()
    .from(circlePosts)
    .where(and(eq(circlePosts.threadId, threadA), eq(circlePosts.body, `Thank you for this. ${m.pseudonymPost}`)));
  await must(await c.memb.post("/flags", { postId: pseudoPost!.id, reason: "other", note: `Could a facilitator look? ${m.flagNote}` }), "flag");
  const warn = await c.faci.post(`/circles/${slugA}/review`, { intent: "post", postId: openerA!.id, decision: "warn", reason: `A gentle word: ${m.warnNote}` });
  expect(warn.status, "warning sent").toBe(200);
  expect(
    await app.db
      .select()
      .from(moderationActions)
      .where(and(eq(moderationActions.postId, openerA!.id), eq(moderationActions.action, "warn"))),
  ).toHaveLength(1);

  // A reply in distress raises a care alert; the circle's facilitator closes it with a note only the care team sees.
  await c.memb.post(`/circles/${slugA}/threads/${threadA}`, {
    intent: "reply",
    body: "I cannot keep going like this. I do not want to be here anymore.",
    contentWarning: "",
  });
  const [careAlert] = await app.db.select().from(careAlerts).where(eq(careAlerts.circleId, circleA!.id));
  expect(careAlert, "the reply in distress raised a care alert").toBeTruthy();
  await must(
    await c.faci.post(`/care/${careAlert!.id}`, { intent: "close", note: `Reached out gently and they are safe. ${m.careNote}` }),
    "close the care alert",
    200,
  );
  expect((await app.db.select().from(careAlerts).where(eq(careAlerts.id, careAlert!.id)))[0]?.closingNote).toContain(m.careNote);

  // A site moderator asks to reveal the pseudonym's account; the reason is for site moderators (and the member).
  const reveal = await must(
    await c.modr.post("/reveals", { membershipId: (await membershipOf(owner.id)).id, reason: `A safety concern needs the account. ${m.revealReason}` }),
    "ask for a reveal",
  );
  const revealId = reveal.headers.get("location")!.split("/").pop()!;

  const when = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const g = await must(
    await c.faci.post(`/circles/${slugA}/gatherings/new`, {
      title: "Evening circle",
      startsLocal: `${when}T18:00`,
      endsLocal: `${when}T19:30`,
      onlineUrl: `https://meet.example.org/${m.gatheringLink}`,
      place: "",
      capacity: "",
    }),
    "gathering",
  );
  const gatheringA = g.headers.get("location")!.split("/").pop()!;
  const rsvp = await c.memb.post(`/circles/${slugA}/gatherings/${gatheringA}`, { intent: "rsvp" });
  expect(rsvp.status, "rsvp").toBe(302);

  // Circle B, with the member of another circle.
  await must(await c.othm.post(`/circles/${slugB}`, { intent: "join", identity: "display_name", pseudonym: "", message: "" }), "join B");
  await must(await c.othm.post(`/circles/${slugB}/rules`, { intent: "accept" }), "accept B");
  const threadB = (
    await must(
      await c.othm.post(`/circles/${slugB}/threads/new`, {
        title: `A long shift ${m.threadTitleB}`,
        body: `Writing it down helps. ${m.postB}`,
        contentWarning: "",
      }),
      "thread B",
    )
  ).headers
    .get("location")!
    .match(/\/threads\/([^/?#]+)/)![1]!;

  // The removed member's appeal, against a recorded removal.
  const actionId = randomUUID();
  await app.db.insert(moderationActions).values({
    id: actionId,
    circleId: circleA!.id,
    membershipId: remvMembership.id,
    subjectUserId: userIds.remv!,
    actorId: userIds.faci!,
    action: "remove",
    reason: m.removeReason,
  });
  const appealId = randomUUID();
  await app.db.insert(appeals).values({
    id: appealId,
    actionId,
    appellantId: userIds.remv!,
    message: `I would like this looked at again. ${m.appealMessage}`,
    assignedTo: userIds.modr!,
  });

  // Learnings: a private draft by the member, a draft waiting for review by the peer supporter, a members-only learning.
  const draftPrivate = randomUUID();
  await app.db.insert(learnings).values({ id: draftPrivate, authorId: userIds.memb!, status: "draft" });
  await app.db
    .insert(learningDrafts)
    .values({ learningId: draftPrivate, title: `A handover ${m.draftPrivate}`, sections: { whatHappened: `Still writing. ${m.draftPrivate}` } });
  const draftReview = randomUUID();
  await app.db.insert(learnings).values({ id: draftReview, authorId: userIds.peer!, status: "draft" });
  await app.db.insert(learningDrafts).values({
    learningId: draftReview,
    stage: "awaiting_first",
    submission: 1,
    submittedAt: new Date(),
    title: `A delayed scan ${m.draftInReview}`,
    sections: { whatHappened: `A scan was delayed. ${m.draftInReview}` },
    consentBasis: "obtained",
  });
  const [membersOnly] = await app.db
    .select()
    .from(learnings)
    .where(and(eq(learnings.status, "published"), eq(learnings.visibility, "members")));
  let learningSlug = membersOnly?.slug ?? null;
  if (membersOnly)
    await app.db
      .update(learningVersions)
      .set({ title: `A members-only learning ${m.membersLearning}` })
      .where(eq(learningVersions.id, membersOnly.currentVersionId!));
  else {
    const [any] = await app.db.select().from(learnings).where(eq(learnings.status, "published")).limit(1);
    await app.db.update(learnings).set({ visibility: "members" }).where(eq(learnings.id, any!.id));
    await app.db
      .update(learningVersions)
      .set({ title: `A members-only learning ${m.membersLearning}` })
      .where(eq(learningVersions.id, any!.currentVersionId!));
    learningSlug = any!.slug;
  }

  // Directory: the directory facilitator's profile with a conflict note and training evidence; a request and a concern about them.
  const profileSlug = `authz-dirf-${letters(6)}`;
  const profile = await app.db.transaction((tx) =>
    insertFacilitatorProfile(
      tx,
      userIds.dirf!,
      {
        ...profileValuesFromSeed(DEMO_FACILITATOR_PROFILE),
        displayName: "Authz Directory Facilitator",
        conflictNotes: `Not at her old ward. ${m.conflictNote}`,
      },
      { slug: profileSlug, verifiedAt: new Date(), verifiedUntil: new Date(Date.now() + 300 * 86_400_000), verifiedBy: userIds.admn! },
    ),
  );
  const pdf = new TextEncoder().encode(`%PDF-1.4\n% certificate ${m.evidenceFile}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
  const added = await addTrainingRecord(
    userIds.dirf!,
    profile.id,
    { programme: "Restorative practice", provider: "A training institute", completedOn: "2020-05-01", expiresOn: "", evidenceRef: "" },
    { name: "certificate.pdf", bytes: pdf },
  );
  expect(added).toEqual({ ok: true });
  const [training] = await app.db.select().from(facilitatorTraining).where(eq(facilitatorTraining.profileId, profile.id));
  await app.db.insert(organisationMembers).values({ organisationId: DEMO_ORGANISATION.id, userId: userIds.orgm! });
  const [orgMember] = await app.db.select().from(users).where(eq(users.id, userIds.orgm!));
  const sent = await sendContactRequest(orgMember!, profileSlug, {
    organisationId: DEMO_ORGANISATION.id,
    harmType: "communication",
    setting: "emergency",
    modality: "online",
    languages: ["en"],
    timeframe: "weeks",
    message: `We hope for a restorative meeting after a hard month. ${m.contactMessage}`,
  } as never);
  expect(sent.ok, JSON.stringify(sent)).toBe(true);
  await must(
    await c.orgm.post(`/facilitators/${profileSlug}/concern`, {
      kind: "other",
      details: `A concern we would like looked at carefully. ${m.concernDetails}`,
      replyEmail: "",
    }),
    "concern",
    200,
  );

  const feed = await must(await c.memb.post("/account?_data=routes%2Faccount", { intent: "calendar-feed" }), "calendar feed", 200);
  const calendarFeedPath = new URL((await feed.json()).feedUrl).pathname;

  // Suspended last, so they were a member of circle A and still hold a session.
  await app.db.update(users).set({ suspendedAt: new Date(), suspendedReason: "authz matrix" }).where(eq(users.id, userIds.susp!));
  const [resource] = await app.db.select().from(resources).where(eq(resources.status, "published")).limit(1);
  const [threadRow] = await app.db.select().from(circleThreads).where(eq(circleThreads.id, threadA));
  const [gatheringRow] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, gatheringA));
  expect(threadRow && gatheringRow).toBeTruthy();
  return {
    clients,
    userIds,
    emails,
    markers: m,
    calendarFeedPath,
    params: {
      circleA: slugA,
      circleB: slugB,
      threadA,
      threadB,
      postA: openerA!.id,
      gatheringA,
      profile: profileSlug,
      trainingId: training!.id,
      draftPrivate,
      draftReview,
      learning: learningSlug!,
      appealId,
      removeActionId: actionId,
      resource: resource!.slug,
      requestId: sent.ok ? sent.id : "",
      memberId: userIds.memb!,
      pseudonymOwnerId: owner.id,
      careAlertId: careAlert!.id,
      revealId,
    },
  };
}
