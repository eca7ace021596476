import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decideJoinRequest, removeMember } from "../../../app/circles/membership.server";
import { circleMemberships } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createCircle, joinOpen, signedIn } from "../circles/circle-helpers";

// Choosing a name must not tell anyone who is in a request-only circle, who asked to join, or who was
// removed; and a pseudonym may not pass for the name another member is shown under.

const app = useTestApp();

const membershipOf = async (circleId: string, userId: string) =>
  (
    await app.db
      .select()
      .from(circleMemberships)
      .where(and(eq(circleMemberships.circleId, circleId), eq(circleMemberships.userId, userId)))
  )[0]!;

async function askToJoin(slug: string, pseudonym: string) {
  const person = await signedIn(app);
  const response = await person.client.post(`/circles/${slug}`, {
    intent: "join",
    identity: "pseudonym",
    pseudonym,
    message: "I would value a place to listen.",
  });
  return { person, status: response.status, location: response.headers.get("location"), body: response.status === 302 ? "" : await response.text() };
}

describe(`names and existence oracles (${testDriver()})`, () => {
  it("answers a request to join the same way whether or not the name belongs to a member, a requester or a removed member", async () => {
    const c = await createCircle(app, { kind: "request" });
    const requester = await askToJoin(c.slug, "Kōwhai");
    expect(requester.status).toBe(302);
    const removed = await askToJoin(c.slug, "Rātā");
    const removedMembership = await membershipOf(c.circle.id, removed.person.user.id);
    await app.db.transaction(async (tx) => {
      const m = removedMembership;
      await decideJoinRequest(tx, { membershipId: m.id, decision: "approve", actorId: c.facilitator.user.id });
      await removeMember(tx, c.circle.id, removed.person.user.id, "test", c.facilitator.user.id);
    });
    const member = await askToJoin(c.slug, "Mānuka");
    const memberMembership = await membershipOf(c.circle.id, member.person.user.id);
    await app.db.transaction(async (tx) => {
      const m = memberMembership;
      await decideJoinRequest(tx, { membershipId: m.id, decision: "approve", actorId: c.facilitator.user.id });
    });
    const answers = [];
    for (const name of ["Kōwhai", "kowhai", "Rātā", "Mānuka", "MANUKA", "Someone Else Entirely"]) {
      const outsider = await askToJoin(c.slug, name);
      answers.push(`${outsider.status} ${outsider.location}`);
    }
    expect(new Set(answers)).toEqual(new Set([`302 /circles/${c.slug}?requested=1`]));
  });

  it("lets a removed member's or a requester's pseudonym be chosen in an open circle, and never compares a pseudonymous member's real name", async () => {
    const c = await createCircle(app, { kind: "open" });
    const removed = await joinOpen(app, c.slug, { pseudonym: "Tōtara" });
    await app.db.transaction((tx) => removeMember(tx, c.circle.id, removed.user.id, "test", c.facilitator.user.id));
    await joinOpen(app, c.slug, { pseudonym: "Harakeke", displayName: "Hemi Walker" });
    const again = await joinOpen(app, c.slug, { pseudonym: "Tōtara" });
    expect(again.user.id).not.toBe(removed.user.id);
    await joinOpen(app, c.slug, { pseudonym: "Hemi Walker" });
  });

  it("refuses a pseudonym that equals or closely resembles a name shown in the circle, keeping what was typed", async () => {
    const c = await createCircle(app, { kind: "open" });
    await joinOpen(app, c.slug, { displayName: "Aroha Kereama" });
    await joinOpen(app, c.slug, { pseudonym: "Pōhutukawa" });
    for (const lookalike of ["aroha kereama", "Ároha  Keréama", "Аroha Kereama", "Aroha.Kereama", "Pohutukawa", "P0hutukawa", "pōhutukawa"]) {
      const person = await signedIn(app);
      const r = await person.client.post(`/circles/${c.slug}`, { intent: "join", identity: "pseudonym", pseudonym: lookalike });
      expect(r.status, lookalike).toBe(400);
      const html = await r.text();
      expect(html).toContain("looks very like, the name of someone in this circle");
      expect(html).toContain(`value="${lookalike}"`);
    }
  });

  it("checks a requester's pseudonym when the request is approved, and tells the facilitator why", async () => {
    const c = await createCircle(app, { kind: "request" });
    const first = await askToJoin(c.slug, "Kahikatea");
    const second = await askToJoin(c.slug, "kahikatea");
    expect(second.status).toBe(302);
    const m = await membershipOf(c.circle.id, first.person.user.id);
    await app.db.transaction(async (tx) => {
      expect((await decideJoinRequest(tx, { membershipId: m.id, decision: "approve", actorId: c.facilitator.user.id })).ok).toBe(true);
    });
    const m2 = await membershipOf(c.circle.id, second.person.user.id);
    const refused = await app.db.transaction((tx) => decideJoinRequest(tx, { membershipId: m2.id, decision: "approve", actorId: c.facilitator.user.id }));
    expect(refused).toEqual({ ok: false, errors: { form: expect.stringContaining("decline with a kind note") } });
    expect((await membershipOf(c.circle.id, second.person.user.id)).status).toBe("pending");
  });
});
