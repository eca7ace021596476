import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog, contactRequests, facilitatorProfiles, notifications } from "../../../db/schema";
import { FACILITATORS } from "../../../db/seed/data/facilitators";
import { facilitatorSearchDocument } from "../../../app/directory/search-document.server";
import { sendVerificationExpiryReminders } from "../../../app/directory/verification.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { readMailbox } from "../../support/mail";
import { createUser, signIn } from "../../support/people";
import { createOrganisationMember, DAY_MS, directory, loaderData, seedDataFile, setClock } from "./helpers";

const HOUR_MS = 3_600_000;
const UNVERIFIED = FACILITATORS.filter((f) => f.verification.state === "unverified").slice(0, 3);
const [SUBJECT, OTHER, THIRD] = UNVERIFIED.map((f) => ({ ...f, availability: "accepting" as const }));

const app = useTestApp();
let ids: Record<string, string>;
let owner: Awaited<ReturnType<typeof createUser>>;
let otherOwner: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  owner = await createUser(app.db, { role: "facilitator", displayName: SUBJECT!.displayName });
  otherOwner = await createUser(app.db, { role: "facilitator", displayName: OTHER!.displayName });
  ids = await seedDataFile(app, [SUBJECT!, OTHER!, THIRD!]);
  await app.db.update(facilitatorProfiles).set({ userId: owner.id }).where(eq(facilitatorProfiles.id, ids[SUBJECT!.slug]!));
  await app.db.update(facilitatorProfiles).set({ userId: otherOwner.id }).where(eq(facilitatorProfiles.id, ids[OTHER!.slug]!));
});
afterEach(() => setClock(null));

describe(`verification expiry (${testDriver()})`, () => {
  it("shows the badge until its date, then hides it everywhere; reminds once, 30 days before", async () => {
    setClock(new Date("2030-01-15T09:00:00Z"));
    const verifier = await createUser(app.db, { permissions: ["verifier"] });
    const client = app.client();
    await signIn(client, verifier.email);
    const slug = SUBJECT!.slug;
    const refused = await client.post(`/facilitators/${slug}/verify`, { intent: "verify", validUntil: "2029-12-31" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Choose a date in the future.");
    expect((await client.post(`/facilitators/${slug}/verify`, { intent: "verify", validUntil: "2030-06-30", note: "Certificate checked" })).status).toBe(200);
    const [audit] = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "directory.verified"), eq(auditLog.targetId, ids[slug]!)));
    expect(audit).toMatchObject({ actorId: verifier.id, reason: "Certificate checked" });

    const badge = "Training verified, valid until 30 June 2030";
    setClock(new Date("2030-06-30T22:00:00Z"));
    expect((await app.client().html(`/facilitators/${slug}`)).html).toContain(badge);
    expect((await directory(app.client(), "verified=1")).data.page.results.map((r) => r.slug)).toEqual([slug]);
    expect((await facilitatorSearchDocument(app.db, ids[slug]!))!.verifiedAt).not.toBeNull();

    setClock(new Date("2030-07-01T00:00:01Z"));
    expect((await app.client().html(`/facilitators/${slug}`)).html).not.toContain("Training verified");
    const after = await directory(app.client(), "verified=1");
    expect(after.data.page.total).toBe(0);
    expect((await directory(app.client())).data.page.results.find((r) => r.slug === slug)!.badge).toBeNull();
    expect((await facilitatorSearchDocument(app.db, ids[slug]!))!.verifiedAt).toBeNull();
  });

  it("emails the facilitator once, 30 days before the verification ends", async () => {
    const slug = SUBJECT!.slug;
    await app.db
      .update(facilitatorProfiles)
      .set({ verifiedAt: new Date("2031-01-01T00:00:00Z"), verifiedUntil: new Date("2031-12-31T23:59:59Z"), reminderSentFor: null })
      .where(eq(facilitatorProfiles.id, ids[slug]!));
    const mailFor = async () => (await readMailbox(app.dataDir)).filter((m) => m.to === owner.email && m.subject.includes("verification ends"));
    setClock(new Date("2031-11-30T12:00:00Z")); // 31.5 days before
    expect(await sendVerificationExpiryReminders()).toBe(0);
    setClock(new Date("2031-12-02T12:00:00Z")); // 29.5 days before
    expect(await sendVerificationExpiryReminders()).toBe(1);
    expect(await sendVerificationExpiryReminders()).toBe(0);
    setClock(new Date("2031-12-20T12:00:00Z"));
    expect(await sendVerificationExpiryReminders()).toBe(0);
    expect(await mailFor()).toHaveLength(1);
    expect((await mailFor())[0]!.text).toContain("31 December 2031");
  });

  it("revokes a verification at once, with the reason in the audit log", async () => {
    const admin = await createUser(app.db, { role: "admin" });
    const client = app.client();
    await signIn(client, admin.email);
    const slug = OTHER!.slug;
    await client.post(`/facilitators/${slug}/verify`, { intent: "verify", validUntil: "2099-01-31" });
    expect((await app.client().html(`/facilitators/${slug}`)).html).toContain("Training verified, valid until 31 January 2099");
    const noReason = await client.post(`/facilitators/${slug}/verify`, { intent: "revoke", note: "" });
    expect(noReason.status).toBe(400);
    expect((await client.post(`/facilitators/${slug}/verify`, { intent: "revoke", note: "Certificate could not be confirmed" })).status).toBe(200);
    expect((await app.client().html(`/facilitators/${slug}`)).html).not.toContain("Training verified");
    const entries = await app.db.select().from(auditLog).where(eq(auditLog.targetId, ids[slug]!));
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["directory.verified", "directory.verification_revoked"]));
    const member = await createUser(app.db);
    const memberClient = app.client();
    await signIn(memberClient, member.email);
    expect((await memberClient.post(`/facilitators/${slug}/verify`, { intent: "verify", validUntil: "2099-01-31" })).status).toBe(403);
  });
});

describe(`the 48-hour request expiry (${testDriver()})`, () => {
  it("expires an unanswered request after 48 hours, tells the requester, and lets them send it to someone else", async () => {
    const start = new Date("2032-05-03T08:00:00Z");
    setClock(start);
    const member = await createOrganisationMember(app);
    const requester = app.client();
    await signIn(requester, member.user.email);
    const message = "We would value help preparing a conversation between our ward team and a family after a fall.";
    const sent = await requester.post(`/facilitators/${SUBJECT!.slug}/request`, {
      organisationId: member.organisationId,
      harmType: "communication",
      setting: "hospital_ward",
      modality: SUBJECT!.modalities[0]!,
      languages: [SUBJECT!.languages[0]!],
      timeframe: "flexible",
      message,
    });
    expect(sent.status).toBe(302);
    const path = sent.headers.get("location")!.split("?")[0]!;
    const requestId = path.split("/").pop()!;

    const toFacilitator = (await readMailbox(app.dataDir)).filter((m) => m.to === owner.email && m.subject.includes("contact request"));
    expect(toFacilitator).toHaveLength(1);
    expect(toFacilitator[0]!.text).not.toContain("fall");
    expect(toFacilitator[0]!.text).not.toContain(member.organisationName);

    setClock(new Date(start.getTime() + 47 * HOUR_MS));
    const facilitator = app.client();
    await signIn(facilitator, owner.email);
    expect((await loaderData(facilitator, path, "routes/requests.$requestId")).data.request.status).toBe("pending");

    setClock(new Date(start.getTime() + 48 * HOUR_MS + 1000));
    const inbox = await loaderData(facilitator, "/requests/inbox", "routes/requests.inbox");
    expect(inbox.data.items.find((i: { id: string }) => i.id === requestId).status).toBe("expired");
    const late = await facilitator.post(path, { intent: "accept" });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("expired after 48 hours");
    const [row] = await app.db.select().from(contactRequests).where(eq(contactRequests.id, requestId));
    expect(row!.status).toBe("expired");

    const told = await app.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, member.user.id), eq(notifications.kind, "directory.request_expired")));
    expect(told).toHaveLength(1);
    expect((await readMailbox(app.dataDir)).filter((m) => m.to === member.user.email && m.subject.includes("48 hours"))).toHaveLength(1);

    const view = await requester.html(path);
    expect(view.html).toContain("No answer within 48 hours");
    expect(view.html).toContain("Send to another facilitator");
    const page = await loaderData(requester, path, "routes/requests.$requestId");
    const alternative = page.data.alternatives.find((a: { id: string }) => a.id === ids[OTHER!.slug]);
    expect(alternative, "the other facilitator is offered").toBeTruthy();
    const copied = await requester.post(path, { intent: "resend", profileId: ids[OTHER!.slug]! });
    expect(copied.status).toBe(302);
    const copyId = copied.headers.get("location")!.split("?")[0]!.split("/").pop()!;
    const [copy] = await app.db.select().from(contactRequests).where(eq(contactRequests.id, copyId));
    expect(copy).toMatchObject({ profileId: ids[OTHER!.slug], copiedFromId: requestId, message, status: "pending", organisationId: member.organisationId });
    expect(copy!.expiresAt.getTime() - copy!.createdAt.getTime()).toBe(48 * HOUR_MS);
    const sentList = await loaderData(requester, "/requests", "routes/requests._index");
    expect(sentList.data.items.map((i: { status: string }) => i.status).sort()).toEqual(["expired", "pending"]);
  });

  it("shows real responsiveness figures once there are three requests", async () => {
    const profileId = ids[THIRD!.slug]!;
    const member = await createOrganisationMember(app, "Coastal Care Trust");
    const base = Date.now() - 30 * DAY_MS;
    const make = (n: number, hours: number | null, status: "accepted" | "declined" | "expired") => ({
      id: crypto.randomUUID(),
      profileId,
      organisationId: member.organisationId,
      requesterId: member.user.id,
      harmType: "medication",
      setting: "pharmacy",
      modality: "online",
      languages: ["en"],
      timeframe: "flexible" as const,
      message: "A request used to measure response times.",
      status,
      createdAt: new Date(base + n * DAY_MS),
      expiresAt: new Date(base + n * DAY_MS + 48 * HOUR_MS),
      respondedAt: hours === null ? null : new Date(base + n * DAY_MS + hours * HOUR_MS),
    });
    await app.db.insert(contactRequests).values([make(0, 10, "accepted"), make(1, 20, "declined")]);
    expect((await app.client().html(`/facilitators/${THIRD!.slug}`)).html).not.toContain("Usually responds");
    await app.db.insert(contactRequests).values([make(2, null, "expired"), make(3, 18, "accepted")]);
    const { html } = await app.client().html(`/facilitators/${THIRD!.slug}`);
    expect(html).toContain("Usually responds within a day");
    expect(html).toContain("Answers 75% of requests (3 of 4)");
  });
});
