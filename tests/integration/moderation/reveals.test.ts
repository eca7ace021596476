import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { revealRequests } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { auditFor, member, membershipOf, newCircle, notificationsOf, signedIn, type Person } from "../circles/circle-helpers";

const app = useTestApp();
let asker: Person;
let approver: Person;
let bystanderModerator: Person;
beforeAll(async () => {
  asker = await signedIn(app, { role: "moderator" });
  approver = await signedIn(app, { role: "moderator" });
  bystanderModerator = await signedIn(app, { role: "admin" });
});

describe(`sealed identities (${testDriver()})`, () => {
  it("needs two different site moderators, shows the account only to them, audits it and tells the member", async () => {
    const facilitator = await signedIn(app, { role: "facilitator" });
    const circle = await newCircle(app, facilitator);
    const sealed = await member(app, circle.slug, { pseudonym: "Silver Fern", displayName: "Sealed Real Name" });
    const membership = await membershipOf(app, circle.id, sealed.user.id);

    // Facilitators and members cannot ask.
    expect((await facilitator.client.post("/reveals", { membershipId: membership.id, reason: "I would like to know who this is" })).status).toBe(403);
    const form = await asker.client.html(`/reveals?membershipId=${membership.id}`);
    expect(form.html).toContain("Ask to reveal Silver Fern");
    expect(form.html).not.toContain("Sealed Real Name");

    expect((await asker.client.post("/reveals", { membershipId: membership.id, reason: "short" })).status).toBe(400);
    const asked = await asker.client.post("/reveals", {
      membershipId: membership.id,
      reason: "Repeated threats towards another member that may need a safeguarding referral.",
    });
    expect(asked.status).toBe(302);
    const [request] = await app.db.select().from(revealRequests).where(eq(revealRequests.membershipId, membership.id));
    expect(await auditFor(app, "identity.reveal_requested", membership.id)).toHaveLength(1);

    // The asker cannot approve their own request, through the app or the database.
    const self = await asker.client.post(`/reveals/${request!.id}`, { decision: "approve", note: "" });
    expect(self.status).toBe(403);
    expect(await self.text()).toContain("A different moderator must decide");
    await expect(app.db.execute(sql`update reveal_requests set status = 'approved', decided_by = requested_by where id = ${request!.id}`)).rejects.toThrow();
    expect((await asker.client.html(`/reveals/${request!.id}`)).html).not.toContain(sealed.user.email);

    expect((await approver.client.post(`/reveals/${request!.id}`, { decision: "approve", note: "Agreed, safeguarding" })).status).toBe(200);
    for (const who of [asker, approver]) {
      const page = await who.client.html(`/reveals/${request!.id}`);
      expect(page.html).toContain("Sealed Real Name");
      expect(page.html).toContain(sealed.user.email);
    }
    expect((await bystanderModerator.client.html(`/reveals/${request!.id}`)).html).not.toContain(sealed.user.email);
    expect((await facilitator.client.get(`/reveals/${request!.id}`)).status).toBe(403);

    const [audit] = await auditFor(app, "identity.revealed", membership.id);
    expect(audit!.actorId).toBe(approver.user.id);
    const [told] = await notificationsOf(app, sealed.user.id, "identity.revealed");
    expect(told!.message).toContain("Two moderators looked up the account behind your name");
    expect(told!.message).toContain("safeguarding referral");
    // A decided request cannot be decided again.
    expect((await bystanderModerator.client.post(`/reveals/${request!.id}`, { decision: "decline", note: "" })).status).toBe(403);
  });
});
