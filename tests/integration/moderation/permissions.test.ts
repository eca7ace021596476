import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { circlePosts, notifications, revealRequests, users } from "../../../db/schema";
import { sha256 } from "../../../app/utils/ids.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { suspend } from "../../support/people";
import { acceptRules, join, membershipOf, newCircle, openThread, replyTo, signedIn, type Person } from "../circles/circle-helpers";
import { AHEAD } from "../../support/dates";

/**
 * The circles permission table: who may do what, written as data (row → column → allow/deny; null where
 * the cell does not apply, e.g. "edit own post" for someone who never posted). The fixture is built
 * through the real app, and every cell is checked with real HTTP requests: status codes AND whether the
 * content is on the page.
 */
const ROWS = [
  "anonymous",
  "nonMember",
  "pendingRequester",
  "rulesNotAccepted",
  "member",
  "mutedMember",
  "removedMember",
  "otherCircleMember",
  "circleFacilitator",
  "peerSupporter",
  "siteModerator",
  "admin",
  "suspendedUser",
] as const;
const COLUMNS = [
  "seeCircleList",
  "readThread",
  "readPostByUrl",
  "startThread",
  "reply",
  "editOwnPost",
  "editOthersPost",
  "flag",
  "moderate",
  "seeQueue",
  "seePseudonymOwner",
  "requestReveal",
  "approveReveal",
  "getNotifications",
  "readICalFeed",
] as const;
type Row = (typeof ROWS)[number];
type Column = (typeof COLUMNS)[number];
const A = true,
  D = false,
  NA = null;

//                         list read  url  thread reply own  others flag  mod  queue owner reqRv apprRv notif ical
const TABLE: Record<Row, (boolean | null)[]> = {
  anonymous: [A, D, D, D, D, NA, D, D, D, D, D, D, D, D, NA],
  nonMember: [A, D, D, D, D, NA, D, D, D, D, D, D, D, A, D],
  pendingRequester: [A, D, D, D, D, NA, D, D, D, D, D, D, D, A, D],
  rulesNotAccepted: [A, D, D, D, D, NA, D, D, D, D, D, D, D, A, D],
  member: [A, A, A, A, A, A, D, A, D, D, D, D, D, A, A],
  mutedMember: [A, A, A, D, D, D, D, A, D, D, D, D, D, A, A],
  removedMember: [A, D, D, D, D, D, D, D, D, D, D, D, D, A, D],
  otherCircleMember: [A, D, D, D, D, NA, D, D, D, D, D, D, D, A, D],
  circleFacilitator: [A, A, A, A, A, A, D, A, A, A, D, D, D, A, A],
  peerSupporter: [A, D, D, D, D, NA, D, D, D, D, D, D, D, A, D],
  siteModerator: [A, D, D, D, D, NA, D, D, A, A, D, A, A, A, D],
  admin: [A, D, D, D, D, NA, D, D, A, A, D, A, A, A, D],
  suspendedUser: [A, D, D, D, D, D, D, D, D, D, D, D, D, D, D],
};
const expected = (row: Row, column: Column) => TABLE[row][COLUMNS.indexOf(column)]!;
const cellCount = ROWS.length * COLUMNS.length;
/** Feed tokens are long random strings in real life; the feed refuses short ones. */
const feedToken = (row: Row) => `calendar-feed-token-for-${row}`;

const THREAD_TITLE = "Only members read this title";
const OPENER = "Only members read this opener.";
const REPLY = "Only members read this reply, even by its own link.";
const GATHERING = "Evening listening gathering";

const app = useTestApp();
let slug = "";
let circleId = "";
let threadId = "";
let replyId = "";
let owner: Person;
let ownerMembershipId = "";
let revealAsker: Person;
const clients = {} as Record<Row, HttpClient>;
const people = {} as Partial<Record<Row, Person>>;
const ownPost = {} as Partial<Record<Row, string>>;

async function requestAndApprove(facilitator: Person, who: Person, pseudonym?: string) {
  await join(slug, who, { accept: false, pseudonym });
  const m = await membershipOf(app, circleId, who.user.id);
  expect((await facilitator.client.post(`/circles/${slug}/review`, { intent: "join", membershipId: m.id, decision: "approve_join", reason: "" })).status).toBe(
    200,
  );
  return who;
}

beforeAll(async () => {
  const facilitator = await signedIn(app, { role: "facilitator", displayName: "Row Facilitator" });
  const circle = await newCircle(app, facilitator, { kind: "request" });
  slug = circle.slug;
  circleId = circle.id;
  // The facilitator schedules a gathering, so the feed column has something to hold.
  expect(
    (
      await facilitator.client.post(`/circles/${slug}/gatherings/new`, {
        title: GATHERING,
        startsLocal: `${AHEAD + 1}-03-04T18:00`,
        endsLocal: `${AHEAD + 1}-03-04T19:30`,
        onlineUrl: "https://meet.example.org/listen",
        place: "",
        capacity: "",
      })
    ).status,
  ).toBe(302);

  owner = await signedIn(app, { displayName: "Lantern Owner Real" });
  // The owner joins under a pseudonym: no page may ever pair it with their account.
  await requestAndApprove(facilitator, owner, "Hidden Lantern");
  await acceptRules(owner.client, slug);
  const ownerMembership = await membershipOf(app, circleId, owner.user.id);
  ownerMembershipId = ownerMembership.id;
  const thread = await openThread(app, owner.client, slug, THREAD_TITLE, OPENER);
  threadId = thread.threadId!;
  replyId = (await replyTo(app, owner.client, slug, threadId, REPLY)).postId!;

  clients.anonymous = app.client();
  for (const row of [
    "nonMember",
    "pendingRequester",
    "rulesNotAccepted",
    "member",
    "mutedMember",
    "removedMember",
    "otherCircleMember",
    "suspendedUser",
  ] as const)
    people[row] = await signedIn(app, { displayName: `Row ${row}` });
  people.circleFacilitator = facilitator;
  people.peerSupporter = await signedIn(app, { role: "peer_supporter", displayName: "Row peer" });
  people.siteModerator = await signedIn(app, { role: "moderator", displayName: "Row moderator" });
  people.admin = await signedIn(app, { role: "admin", displayName: "Row admin" });
  revealAsker = await signedIn(app, { role: "moderator", displayName: "Reveal asker" });

  await join(slug, people.pendingRequester!, { accept: false });
  await requestAndApprove(facilitator, people.rulesNotAccepted!);
  for (const row of ["member", "mutedMember", "removedMember", "suspendedUser"] as const) {
    await requestAndApprove(facilitator, people[row]!);
    await acceptRules(people[row]!.client, slug);
  }
  const other = await newCircle(app, await signedIn(app, { role: "facilitator" }));
  await join(other.slug, people.otherCircleMember!);

  for (const row of ["member", "mutedMember", "removedMember", "suspendedUser", "circleFacilitator"] as const) {
    ownPost[row] = (await replyTo(app, people[row]!.client, slug, threadId, `A reply of my own (${row}).`)).postId!;
  }
  expect(
    (
      await facilitator.client.post(`/circles/${slug}/review`, {
        intent: "post",
        postId: ownPost.mutedMember!,
        decision: "mute",
        reason: "A pause to cool down",
        muteDays: "7",
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await facilitator.client.post(`/circles/${slug}/review`, {
        intent: "post",
        postId: ownPost.removedMember!,
        decision: "remove",
        reason: "Repeated breaches of the ground rules",
      })
    ).status,
  ).toBe(200);
  await suspend(app.db, people.suspendedUser!.user.id);

  for (const row of ROWS) {
    if (row === "anonymous") continue;
    clients[row] = people[row]!.client;
    await app.db
      .update(users)
      .set({ calendarToken: sha256(feedToken(row)) })
      .where(eq(users.id, people[row]!.user.id));
  }
}, 300_000);

/** One fresh post by the owner, so a cell that changes state never affects another cell. */
async function freshPost(label: string) {
  return (await replyTo(app, owner.client, slug, threadId, `Target post for ${label}.`)).postId!;
}

type Check = (row: Row) => Promise<boolean>;
const threadUrl = () => `/circles/${slug}/threads/${threadId}`;

const CHECKS: Record<Column, Check> = {
  async seeCircleList(row) {
    const { status, html } = await clients[row].html("/circles");
    return status === 200 && html.includes(`/circles/${slug}`);
  },
  async readThread(row) {
    const { status, html } = await clients[row].html(threadUrl());
    const visible = html.includes(THREAD_TITLE) || html.includes(OPENER);
    if (status !== 200) expect(visible, `${row}: nothing of the thread on a refused page`).toBe(false);
    return status === 200 && html.includes(THREAD_TITLE) && html.includes(OPENER);
  },
  async readPostByUrl(row) {
    const { status, html } = await clients[row].html(`${threadUrl()}?last=1#post-${replyId}`);
    if (status !== 200) expect(html.includes(REPLY), row).toBe(false);
    return status === 200 && html.includes(REPLY);
  },
  async startThread(row) {
    const r = await clients[row].post(`/circles/${slug}/threads/new`, { title: `A thread by ${row}`, body: "Hello, everyone.", contentWarning: "" });
    return r.status === 302 && (r.headers.get("location") ?? "").startsWith(`/circles/${slug}/threads/`);
  },
  async reply(row) {
    const before = (await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadId))).length;
    const r = await clients[row].post(threadUrl(), { intent: "reply", body: `A reply by ${row}.`, contentWarning: "" });
    const after = (await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, threadId))).length;
    return r.status === 302 && after === before + 1;
  },
  async editOwnPost(row) {
    const postId = ownPost[row]!;
    await clients[row].post(`/circles/${slug}/posts/${postId}/edit`, { body: `Edited by ${row}.`, contentWarning: "" });
    const [post] = await app.db.select().from(circlePosts).where(eq(circlePosts.id, postId));
    return post!.body === `Edited by ${row}.`;
  },
  async editOthersPost(row) {
    const postId = await freshPost(`edit by ${row}`);
    await clients[row].post(`/circles/${slug}/posts/${postId}/edit`, { body: `Overwritten by ${row}.`, contentWarning: "" });
    const [post] = await app.db.select().from(circlePosts).where(eq(circlePosts.id, postId));
    return post!.body === `Overwritten by ${row}.`;
  },
  async flag(row) {
    const postId = await freshPost(`flag by ${row}`);
    const r = await clients[row].post("/flags", { postId, reason: "unsafe", note: "" });
    return r.status === 302 && !(r.headers.get("location") ?? "").startsWith("/login");
  },
  async moderate(row) {
    const postId = await freshPost(`hide by ${row}`);
    await clients[row].post(`/circles/${slug}/review`, { intent: "post", postId, decision: "hide", reason: `Hidden by ${row}` });
    const [post] = await app.db.select().from(circlePosts).where(eq(circlePosts.id, postId));
    return post!.status === "hidden";
  },
  async seeQueue(row) {
    const { status, html } = await clients[row].html(`/circles/${slug}/review`);
    if (status !== 200) expect(html.includes("Posts to review"), row).toBe(false);
    return status === 200 && html.includes("Posts to review");
  },
  async seePseudonymOwner(row) {
    // Every page this row can open about the circle: none may pair the owner's pseudonym with the account.
    const pages = [
      threadUrl(),
      `${threadUrl()}?view=moderating`,
      `/circles/${slug}`,
      `/circles/${slug}?view=moderating`,
      `/circles/${slug}/members`,
      `/circles/${slug}/review`,
      "/moderation",
      "/notifications",
      "/care",
    ];
    let seen = false;
    for (const page of pages) {
      const { html } = await clients[row].html(page);
      // The check can fail: readers do see the pseudonym itself.
      if (page === threadUrl() && expected(row, "readThread")) expect(html, row).toContain("Hidden Lantern");
      if (html.includes(owner.user.displayName) || html.includes(owner.user.email)) seen = true;
    }
    return seen;
  },
  async requestReveal(row) {
    const r = await clients[row].post("/reveals", { membershipId: ownerMembershipId, reason: `Asked by ${row} for a safeguarding concern` });
    return r.status === 302 && (r.headers.get("location") ?? "").startsWith("/reveals/");
  },
  async approveReveal(row) {
    const asked = await revealAsker.client.post("/reveals", { membershipId: ownerMembershipId, reason: `Second look needed, for ${row}` });
    const id = asked.headers.get("location")!.split("/").pop()!;
    await clients[row].post(`/reveals/${id}`, { decision: "approve", note: "" });
    const [r] = await app.db.select().from(revealRequests).where(eq(revealRequests.id, id));
    return r!.status === "approved";
  },
  async getNotifications(row) {
    const { status } = await clients[row].html("/notifications");
    return status === 200;
  },
  async readICalFeed(row) {
    const r = await clients[row].get(`/calendar/${feedToken(row)}/circles.ics`);
    const body = await r.text();
    return r.status === 200 && body.includes(GATHERING.replace(/,/g, "\\,"));
  },
};

describe(`circles permission table, ${ROWS.length} rows × ${COLUMNS.length} columns = ${cellCount} cells (${testDriver()})`, () => {
  for (const column of COLUMNS) {
    it(`column: ${column}`, async () => {
      const mismatches: string[] = [];
      for (const row of ROWS) {
        const want = expected(row, column);
        if (want === null) continue;
        const got = await CHECKS[column](row);
        if (got !== want) mismatches.push(`${row}: expected ${want ? "allow" : "deny"}, got ${got ? "allow" : "deny"}`);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it("the circle page's thread list agrees with reading the thread, row by row", async () => {
    for (const row of ROWS) {
      const { html } = await clients[row].html(`/circles/${slug}`);
      expect(html.includes(THREAD_TITLE), row).toBe(expected(row, "readThread"));
    }
  });

  it("the review queue lists a flagged post exactly for the rows who may moderate it", async () => {
    const postId = await freshPost("queue agreement");
    await clients.member.post("/flags", { postId, reason: "spam", note: "" });
    for (const row of ROWS) {
      const { html } = await clients[row].html(`/circles/${slug}/review`);
      expect(html.includes("Target post for queue agreement."), row).toBe(expected(row, "moderate"));
    }
  });

  it("a thread reply reaches followers who may read, never the others", async () => {
    await app.db.delete(notifications);
    for (const row of ROWS) await clients[row].post(threadUrl(), { intent: "follow", redirectTo: threadUrl() });
    await replyTo(app, owner.client, slug, threadId, "A reply to wake the followers.");
    // A suspended account cannot sign in to read them, so what is stored for it is not checked here.
    for (const row of ROWS) {
      if (row === "anonymous" || row === "suspendedUser") continue;
      const got = await app.db.select().from(notifications).where(eq(notifications.userId, people[row]!.user.id));
      const told = got.some((n) => n.kind === "circle.reply");
      expect(told, row).toBe(expected(row, "readThread"));
      expect(got.map((n) => n.message).join()).not.toContain("wake the followers");
    }
  });
});
