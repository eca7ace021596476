import { and, desc, eq } from "drizzle-orm";
import {
  circleFacilitators,
  circleGatherings,
  facilitatorProfiles,
  circleMemberships,
  circlePosts,
  circles,
  circleThreads,
  learningDrafts,
  learnings,
  resources,
  users,
} from "../../../db/schema";
import { profileFormValues } from "../../../app/directory/profiles.server";
import type { TestApp } from "../../support/app";
import { createUser, signIn } from "../../support/people";
import type { World } from "./authz-world";

// Mass assignment: each attempt posts a real form with extra privileged fields (role, verified, visibility,
// circle, pinned, author, status) and then reads the database: the extra fields must have changed nothing.
// An attempt returns the problems it found (empty when the action ignored every extra field).

export type MassAssignmentAttempt = { name: string; fields: string[]; run: (app: TestApp, world: World) => Promise<string[]> };

/** A unique tag of letters: digits in a title could look like an identifier to the post guard. */
const tag = () => Array.from({ length: 8 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("");
const expectSame = (what: string, got: unknown, want: unknown) =>
  JSON.stringify(got) === JSON.stringify(want) ? [] : [`${what}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`];

async function ids(app: TestApp, world: World) {
  const [a] = await app.db.select().from(circles).where(eq(circles.slug, world.params.circleA!));
  const [b] = await app.db.select().from(circles).where(eq(circles.slug, world.params.circleB!));
  const mine = async (userId: string) =>
    (
      await app.db
        .select()
        .from(circleMemberships)
        .where(and(eq(circleMemberships.circleId, a!.id), eq(circleMemberships.userId, userId)))
    )[0]!;
  return { a: a!, b: b!, memb: await mine(world.userIds.memb!), owner: await mine(world.params.pseudonymOwnerId!) };
}

export const MASS_ASSIGNMENT_ATTEMPTS: MassAssignmentAttempt[] = [
  {
    name: "sign up as an admin, verified, with permissions",
    fields: ["role", "verified", "status"],
    run: async (app) => {
      const email = `mass-${tag()}@example.org`;
      const r = await app.client().post("/signup", {
        email,
        displayName: "Mass Assignment",
        password: "quiet harbour lanterns at dusk",
        role: "admin",
        permissions: "editor",
        emailVerifiedAt: "2020-01-01T00:00:00Z",
        verified: "true",
        suspendedAt: "",
        status: "active",
      });
      const [row] = await app.db.select().from(users).where(eq(users.email, email));
      if (!row) return [`signup did not create the account (${r.status})`];
      return [
        ...expectSame("role", row.role, "member"),
        ...expectSame("permissions", row.permissions, []),
        ...expectSame("email verified", row.emailVerifiedAt, null),
      ];
    },
  },
  {
    name: "account settings with role, permissions, verification and suspension",
    fields: ["role", "verified", "status"],
    run: async (app, world) => {
      const [before] = await app.db.select().from(users).where(eq(users.id, world.userIds.memb!));
      const r = await world.clients.memb.post("/account", {
        displayName: before!.displayName,
        country: "",
        timeZone: "UTC",
        emailPreference: "immediate",
        role: "admin",
        permissions: "reviewer",
        emailVerifiedAt: "",
        suspendedAt: "2020-01-01T00:00:00Z",
        verified: "false",
        id: world.userIds.admn!,
        email: "taken@example.org",
      });
      const [after] = await app.db.select().from(users).where(eq(users.id, world.userIds.memb!));
      return [
        ...expectSame("settings saved", r.status, 200),
        ...expectSame(
          "row",
          { role: after!.role, permissions: after!.permissions, verified: !!after!.emailVerifiedAt, suspended: after!.suspendedAt, email: after!.email },
          { role: before!.role, permissions: before!.permissions, verified: true, suspended: null, email: before!.email },
        ),
      ];
    },
  },
  {
    name: "save a facilitator profile as verified, for another account, under another address",
    fields: ["verified", "author", "status"],
    run: async (app, world) => {
      const [before] = await app.db.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.slug, world.params.profile!));
      const [owner] = await app.db.select().from(users).where(eq(users.id, world.userIds.dirf!));
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(profileFormValues(before!, owner!))) for (const item of Array.isArray(v) ? v : [String(v)]) form.append(k, item);
      for (const [k, v] of Object.entries({
        verified: "true",
        verifiedAt: "2020-01-01T00:00:00Z",
        verifiedUntil: "2099-01-01T00:00:00Z",
        verifiedBy: world.userIds.dirf!,
        userId: world.userIds.admn!,
        slug: "mass-taken",
        status: "verified",
      }))
        form.append(k, v);
      const r = await world.clients.dirf.post("/facilitators/me", form);
      const [after] = await app.db.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.id, before!.id));
      const pick = (p: typeof before) => ({
        verifiedAt: p!.verifiedAt?.toISOString() ?? null,
        verifiedUntil: p!.verifiedUntil?.toISOString() ?? null,
        verifiedBy: p!.verifiedBy,
        userId: p!.userId,
        slug: p!.slug,
      });
      return [...expectSame("profile saved", r.status, 302), ...expectSame("profile", pick(after), pick(before))];
    },
  },
  {
    name: "start a thread in another circle, as another author, pinned and held",
    fields: ["circle", "author", "pinned", "status"],
    run: async (app, world) => {
      const { a, b, memb, owner } = await ids(app, world);
      const title = `Mass assignment thread ${tag()}`;
      const r = await world.clients.memb.post(`/circles/${a.slug}/threads/new`, {
        title,
        body: "A calm first post.",
        contentWarning: "",
        circleId: b.id,
        authorMembershipId: owner.id,
        pinned: "true",
        status: "held",
        isOpener: "false",
      });
      const [thread] = await app.db.select().from(circleThreads).where(eq(circleThreads.title, title));
      if (!thread) return [`the thread was not created (${r.status})`];
      const [post] = await app.db.select().from(circlePosts).where(eq(circlePosts.threadId, thread.id));
      return [
        ...expectSame("thread", { circle: thread.circleId, author: thread.authorMembershipId }, { circle: a.id, author: memb.id }),
        ...expectSame(
          "opener",
          { circle: post!.circleId, author: post!.authorMembershipId, status: post!.status, opener: post!.isOpener },
          { circle: a.id, author: memb.id, status: "visible", opener: true },
        ),
      ];
    },
  },
  {
    name: "reply into another thread and circle, as another author, hidden",
    fields: ["circle", "author", "status"],
    run: async (app, world) => {
      const { a, b, memb, owner } = await ids(app, world);
      const body = `A mass assignment reply ${tag()}.`;
      await world.clients.memb.post(`/circles/${a.slug}/threads/${world.params.threadA}`, {
        intent: "reply",
        body,
        contentWarning: "",
        circleId: b.id,
        threadId: world.params.threadB!,
        authorMembershipId: owner.id,
        status: "hidden",
      });
      const [post] = await app.db.select().from(circlePosts).where(eq(circlePosts.body, body));
      if (!post) return ["the reply was not saved"];
      return expectSame(
        "reply",
        { thread: post.threadId, circle: post.circleId, author: post.authorMembershipId, status: post.status },
        { thread: world.params.threadA, circle: a.id, author: memb.id, status: "visible" },
      );
    },
  },
  {
    name: "edit one's own post to hand it to another author, another circle and a status",
    fields: ["author", "circle", "status"],
    run: async (app, world) => {
      const { a, b, memb, owner } = await ids(app, world);
      const r = await world.clients.memb.post(`/circles/${a.slug}/posts/${world.params.postA}/edit`, {
        body: "It was a hard week, and writing helped.",
        contentWarning: "",
        authorMembershipId: owner.id,
        circleId: b.id,
        status: "hidden",
        threadId: world.params.threadB!,
      });
      const [post] = await app.db.select().from(circlePosts).where(eq(circlePosts.id, world.params.postA!));
      return [
        ...expectSame("edit accepted", r.status, 302),
        ...expectSame(
          "post",
          { thread: post!.threadId, circle: post!.circleId, author: post!.authorMembershipId, status: post!.status },
          { thread: world.params.threadA, circle: a.id, author: memb.id, status: "visible" },
        ),
      ];
    },
  },
  {
    name: "ask to join a request-only circle as an active facilitator who accepted the rules",
    fields: ["status", "role"],
    run: async (app, world) => {
      const { a } = await ids(app, world);
      const user = await createUser(app.db);
      const client = app.client();
      await signIn(client, user.email);
      await client.post(`/circles/${a.slug}`, {
        intent: "join",
        identity: "display_name",
        pseudonym: "",
        message: "I would like to listen.",
        status: "active",
        role: "facilitator",
        acceptedRulesVersion: "1",
        isFacilitator: "true",
      });
      const [m] = await app.db
        .select()
        .from(circleMemberships)
        .where(and(eq(circleMemberships.circleId, a.id), eq(circleMemberships.userId, user.id)));
      const facilitator = await app.db
        .select()
        .from(circleFacilitators)
        .where(and(eq(circleFacilitators.circleId, a.id), eq(circleFacilitators.userId, user.id)));
      return [
        ...expectSame("membership", { status: m?.status, rules: m?.acceptedRulesVersion }, { status: "pending", rules: null }),
        ...expectSame("facilitator rows", facilitator.length, 0),
      ];
    },
  },
  {
    name: "create a circle as someone else with a later rules version",
    fields: ["author", "status"],
    run: async (app, world) => {
      const slug = `mass-${tag()}`;
      const r = await world.clients.faci.post("/circles/new", {
        name: `Mass ${slug}`,
        slug,
        purpose: "A calm place for people who were involved in harm to be heard.",
        kind: "open",
        language: "en",
        timeZone: "Europe/London",
        capacity: "",
        firstPostsHeld: "0",
        rulesMarkdown: "1. What is said here stays here.\n2. No identifying details.\n3. Respect.",
        createdBy: world.userIds.admn!,
        rulesVersion: "9",
        id: "mass-circle",
      });
      const [row] = await app.db.select().from(circles).where(eq(circles.slug, slug));
      if (!row) return [`the circle was not created (${r.status}: ${(await r.text()).match(/class="[^"]*error[^"]*"[^>]*>([^<]+)/)?.[1] ?? ""})`];
      return expectSame(
        "circle",
        { createdBy: row.createdBy, rulesVersion: row.rulesVersion, idTaken: row.id === "mass-circle" },
        { createdBy: world.userIds.faci, rulesVersion: 1, idTaken: false },
      );
    },
  },
  {
    name: "plan a gathering into another circle as someone else",
    fields: ["circle", "author"],
    run: async (app, world) => {
      const { a, b } = await ids(app, world);
      const when = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
      const title = `Mass gathering ${tag()}`;
      await world.clients.faci.post(`/circles/${a.slug}/gatherings/new`, {
        title,
        startsLocal: `${when}T18:00`,
        endsLocal: `${when}T19:00`,
        onlineUrl: "https://meet.example.org/mass",
        place: "",
        capacity: "",
        circleId: b.id,
        createdBy: world.userIds.admn!,
      });
      const [row] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.title, title));
      if (!row) return ["the gathering was not created"];
      return expectSame("gathering", { circle: row.circleId, createdBy: row.createdBy }, { circle: a.id, createdBy: world.userIds.faci });
    },
  },
  {
    name: "start a learning already published, public, by another author, past review",
    fields: ["status", "visibility", "author"],
    run: async (app, world) => {
      const title = `Mass learning ${tag()}`;
      await world.clients.memb.post("/learnings/new", {
        title,
        status: "published",
        visibility: "public",
        authorId: world.userIds.admn!,
        stage: "awaiting_second",
        firstApproverId: world.userIds.revw!,
        submission: "3",
      });
      const [draft] = await app.db.select().from(learningDrafts).where(eq(learningDrafts.title, title));
      if (!draft) return ["the draft was not created"];
      const [learning] = await app.db.select().from(learnings).where(eq(learnings.id, draft.learningId));
      return expectSame(
        "learning",
        { status: learning!.status, visibility: learning!.visibility, author: learning!.authorId, stage: draft.stage, first: draft.firstApproverId },
        { status: "draft", visibility: null, author: world.userIds.memb, stage: "editing", first: null },
      );
    },
  },
  {
    name: "suggest a resource straight into the published library",
    fields: ["status", "author"],
    run: async (app, world) => {
      const title = `Mass resource ${tag()}`;
      await world.clients.memb.post("/resources/suggest", {
        title,
        url: "https://example.org/mass",
        summary: "A short guide that helped our team.",
        note: "",
        status: "published",
        createdBy: world.userIds.admn!,
        slug: "mass-resource",
      });
      const rows = await app.db.select().from(resources).where(eq(resources.title, title)).orderBy(desc(resources.createdAt));
      return expectSame("published resources with that title", rows.length, 0);
    },
  },
];
