import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import {
  circleFacilitators,
  circleMemberships,
  circlePosts,
  circleRulesVersions,
  circles,
  circleThreads,
  learnings,
  learningVersions,
  users,
} from "../../db/schema";
import { DEMO_FACILITATOR_PROFILE, seedFacilitatorProfiles } from "../../db/seed/directory";
import { RESOURCES } from "../../db/seed/data/resources";
import { insertResource } from "../../app/library/resources.server";
import { ResourceInputSchema } from "../../app/library/schema.server";
import { addWatchedWord } from "../../app/moderation/watched-words.server";
import { hashPassword } from "../../app/utils/password.server";
import { chunk } from "./xss-payloads";

export const XSS_PASSWORD = "a calm and quiet harbour";
export const XSS_CIRCLE = "xss-circle";
const PER_PAGE = 30;

/**
 * Puts every payload into every kind of user content, through the same tables and insert paths the
 * seed uses: circle thread titles and posts (under payload display names and pseudonyms), published
 * learning sections, resource titles, summaries and notes, facilitator names and bios. Returns the
 * pages to visit and who visits them.
 */
export async function plantPayloads(db: Database, payloads: string[]) {
  const at = new Date();
  const chunks = chunk(payloads, PER_PAGE);
  const passwordHash = await hashPassword(XSS_PASSWORD);
  const reader = { id: randomUUID(), email: "xss-reader@example.org" };
  const moderator = { id: randomUUID(), email: "xss-moderator@example.org" };
  await db.insert(users).values([
    { id: reader.id, email: reader.email, displayName: "Circle reader", passwordHash, role: "facilitator", emailVerifiedAt: at },
    { id: moderator.id, email: moderator.email, displayName: "Site moderator", passwordHash, role: "moderator", emailVerifiedAt: at },
  ]);

  // A circle led by the reader, with members named by payloads: half by display name, half by pseudonym.
  const circleId = randomUUID();
  await db.insert(circles).values({
    id: circleId,
    slug: XSS_CIRCLE,
    name: "Payload circle",
    purpose: "Holds every payload.",
    kind: "open",
    language: "en",
    timeZone: "UTC",
    firstPostsHeld: 0,
    rulesVersion: 1,
    createdBy: reader.id,
    createdAt: at,
  });
  await db.insert(circleRulesVersions).values({ id: randomUUID(), circleId, version: 1, bodyMarkdown: "Be kind.", publishedBy: reader.id, publishedAt: at });
  await db.insert(circleFacilitators).values({ circleId, userId: reader.id, createdAt: at });
  await db.insert(circleMemberships).values({
    id: randomUUID(),
    circleId,
    userId: reader.id,
    status: "active",
    identity: "display_name",
    acceptedRulesVersion: 1,
    joinedAt: at,
    createdAt: at,
  });
  const memberships: string[] = [];
  for (const [i, payload] of payloads.entries()) {
    const userId = randomUUID();
    const byPseudonym = i % 2 === 1;
    await db.insert(users).values({
      id: userId,
      email: `xss-member-${i}@example.org`,
      displayName: byPseudonym ? `Member ${i}` : payload.slice(0, 200),
      passwordHash,
      emailVerifiedAt: at,
    });
    const id = randomUUID();
    memberships.push(id);
    await db.insert(circleMemberships).values({
      id,
      circleId,
      userId,
      status: "active",
      identity: byPseudonym ? "pseudonym" : "display_name",
      pseudonym: byPseudonym ? payload.slice(0, 200) : null,
      pseudonymKey: byPseudonym ? `k${i}` : null,
      acceptedRulesVersion: 1,
      joinedAt: at,
      createdAt: at,
    });
  }
  // One thread per payload (its title and opening post), and one thread per chunk whose replies are the payloads.
  const threadIds: string[] = [];
  const stamp = (n: number) => new Date(at.getTime() - 10_000_000 + n * 1000);
  for (const [i, payload] of payloads.entries()) {
    const threadId = randomUUID();
    await db
      .insert(circleThreads)
      .values({ id: threadId, circleId, title: payload.slice(0, 200), authorMembershipId: memberships[i]!, lastPostAt: stamp(i), createdAt: stamp(i) });
    await db.insert(circlePosts).values({
      id: randomUUID(),
      threadId,
      circleId,
      authorMembershipId: memberships[i]!,
      isOpener: true,
      body: payload,
      status: "visible",
      createdAt: stamp(i),
    });
  }
  for (const [k, group] of chunks.entries()) {
    const threadId = randomUUID();
    threadIds.push(threadId);
    const when = stamp(payloads.length + k * (PER_PAGE + 1));
    await db
      .insert(circleThreads)
      .values({ id: threadId, circleId, title: `Payload batch ${k + 1}`, authorMembershipId: memberships[0]!, lastPostAt: when, createdAt: when });
    await db.insert(circlePosts).values({
      id: randomUUID(),
      threadId,
      circleId,
      authorMembershipId: memberships[0]!,
      isOpener: true,
      body: `Batch ${k + 1}`,
      status: "visible",
      createdAt: when,
    });
    for (const [j, payload] of group.entries()) {
      const index = k * PER_PAGE + j;
      await db.insert(circlePosts).values({
        id: randomUUID(),
        threadId,
        circleId,
        authorMembershipId: memberships[index]!,
        isOpener: false,
        body: payload,
        status: "visible",
        createdAt: new Date(when.getTime() + (j + 1) * 10),
      });
    }
  }

  // Resources: every payload as a title and summary; each chunk as the notes of one resource.
  const base = ResourceInputSchema.parse(RESOURCES[0]!);
  const resourceSlugs: string[] = [];
  await db.transaction(async (tx) => {
    for (const [i, payload] of payloads.entries()) {
      const group = chunks[Math.floor(i / PER_PAGE)]!;
      const body = i % PER_PAGE === 0 ? group.join("\n\n") : payload;
      const slug = `xss-resource-${i}`;
      if (i % PER_PAGE === 0) resourceSlugs.push(slug);
      await insertResource(
        tx,
        { ...base, title: payload.slice(0, 200), summary: payload.slice(0, 600), body },
        { actorId: moderator.id, slug, note: "payload", createdAt: stamp(i) },
      );
    }
  });

  // Published learnings whose sections hold a chunk each, titled by a payload.
  const [template] = await db.select().from(learningVersions).limit(1);
  const learningSlugs: string[] = [];
  for (const [k, group] of chunks.entries()) {
    const id = randomUUID();
    const versionId = randomUUID();
    const slug = `xss-learning-${k}`;
    learningSlugs.push(slug);
    const keys = Object.keys(template!.sections);
    const sections = Object.fromEntries(keys.map((key, n) => [key, group.filter((_, j) => j % keys.length === n).join("\n\n") || group[0]!]));
    await db.insert(learnings).values({
      id,
      authorId: reader.id,
      slug,
      status: "published",
      visibility: "public",
      currentVersionId: versionId,
      firstPublishedAt: at,
      lastPublishedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    await db
      .insert(learningVersions)
      .values({ ...template!, id: versionId, learningId: id, version: 1, title: group[0]!.slice(0, 200), sections, publishedAt: at });
  }

  // Facilitator profiles: a payload as the name, a chunk as the bio.
  const profiles = chunks.map((group, k) => ({
    ...DEMO_FACILITATOR_PROFILE,
    slug: `xss-facilitator-${k}`,
    displayName: group[0]!.slice(0, 120),
    bio: group.join("\n\n"),
    contactEmail: `xss-facilitator-${k}@example.org`,
    training: [],
  }));
  await seedFacilitatorProfiles(db, profiles, { verifierId: moderator.id });
  await db.update(users).set({ displayName: "Circle reader" }).where(eq(users.id, reader.id));

  // Watched words that the payloads contain, so the test box highlights inside them.
  for (const pattern of ["alert", "script", "onerror", "javascript", "svg"]) await addWatchedWord(moderator.id, "site", { pattern, action: "hold", note: "" });

  return {
    reader,
    moderator,
    chunks,
    threadPages: threadIds.map((id) => `/circles/${XSS_CIRCLE}/threads/${id}`),
    resourcePages: resourceSlugs.map((s) => `/resources/${s}`),
    learningPages: learningSlugs.map((s) => `/learnings/${s}`),
    facilitatorPages: profiles.map((p) => `/facilitators/${p.slug}`),
  };
}
