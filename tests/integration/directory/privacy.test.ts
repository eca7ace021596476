import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { facilitatorProfiles, users } from "../../../db/schema";
import { FACILITATORS } from "../../../db/seed/data/facilitators";
import { facilitatorSearchDocument } from "../../../app/directory/search-document.server";
import { isPublicFacilitatorProfile } from "../../../app/utils/policy.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { createUser, signIn, suspend } from "../../support/people";
import { createOrganisationMember, directory, loaderData, seedDataFile } from "./helpers";

const AROHA = FACILITATORS.find((f) => f.slug === "aroha-te-whata")!;
const SECRETS = [AROHA.contactEmail, AROHA.contactPhone!, AROHA.conflictNotes!];

const app = useTestApp();
let ids: Record<string, string>;
let facilitator: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  facilitator = await createUser(app.db, { role: "facilitator", displayName: AROHA.displayName });
  ids = await seedDataFile(app);
  // Give Aroha's profile to an account that can sign in.
  await app.db.update(facilitatorProfiles).set({ userId: facilitator.id }).where(eq(facilitatorProfiles.id, ids[AROHA.slug]!));
});

/** Fetches a page as HTML and as loader data, and asserts none of the strings appear in either. */
async function expectHidden(client: HttpClient, path: string, routeId: string, secrets: string[]) {
  const page = await client.html(path);
  const data = await loaderData(client, path, routeId);
  for (const secret of secrets) {
    expect(page.html, `${secret} in ${path}`).not.toContain(secret);
    expect(data.text, `${secret} in ${path} loader data`).not.toContain(secret);
  }
  return { page, data };
}

describe(`directory privacy (${testDriver()})`, () => {
  it("never shows contact details or conflict notes on public pages, loader data or the search document", async () => {
    const anonymous = app.client();
    const { page } = await expectHidden(anonymous, `/facilitators/${AROHA.slug}`, "routes/facilitators.$slug", SECRETS);
    expect(page.status).toBe(200);
    expect(page.html).toContain(AROHA.displayName);
    await expectHidden(anonymous, "/facilitators", "routes/facilitators._index", SECRETS);
    await expectHidden(anonymous, "/facilitators?q=Aroha&country=NZ", "routes/facilitators._index", SECRETS);
    await expectHidden(anonymous, `/facilitators/${AROHA.slug}/concern`, "routes/facilitators.$slug_.concern", SECRETS);

    const member = await createOrganisationMember(app);
    const client = app.client();
    await signIn(client, member.user.email);
    await expectHidden(client, `/facilitators/${AROHA.slug}`, "routes/facilitators.$slug", SECRETS);
    const form = await expectHidden(client, `/facilitators/${AROHA.slug}/request`, "routes/facilitators.$slug_.request", SECRETS);
    expect(form.page.status).toBe(200);

    const doc = await facilitatorSearchDocument(app.db, ids[AROHA.slug]!);
    expect(doc).not.toBeNull();
    expect(doc!.id).toBe(`facilitator:${ids[AROHA.slug]}`);
    expect(doc!.title).toBe(AROHA.displayName);
    for (const secret of SECRETS) expect(JSON.stringify(doc)).not.toContain(secret);
  });

  it("shows conflict-of-interest notes to admins only, not to verifiers, members or the facilitator", async () => {
    const admin = await createUser(app.db, { role: "admin" });
    const adminClient = app.client();
    await signIn(adminClient, admin.email);
    expect((await adminClient.html(`/facilitators/${AROHA.slug}`)).html).toContain(AROHA.conflictNotes!);

    const verifier = await createUser(app.db, { role: "member", permissions: ["verifier"] });
    const verifierClient = app.client();
    await signIn(verifierClient, verifier.email);
    const facilitatorClient = app.client();
    await signIn(facilitatorClient, facilitator.email);
    for (const client of [verifierClient, facilitatorClient]) {
      await expectHidden(client, `/facilitators/${AROHA.slug}`, "routes/facilitators.$slug", [AROHA.conflictNotes!]);
    }
    // The facilitator's own editor does not send the saved notes back either; saving keeps them.
    const editor = await expectHidden(facilitatorClient, "/facilitators/me", "routes/facilitators.me", [AROHA.conflictNotes!]);
    expect(editor.page.html).toContain("You have saved notes");
    const review = await expectHidden(verifierClient, `/facilitators/${AROHA.slug}/verify`, "routes/facilitators.$slug_.verify", SECRETS);
    expect(review.page.status).toBe(200);
  });

  it("shares contact details only with the two parties, and only after the facilitator accepts", async () => {
    const member = await createOrganisationMember(app, "Harbour Valley Hospital");
    const requester = app.client();
    await signIn(requester, member.user.email);
    const sent = await requester.post(`/facilitators/${AROHA.slug}/request`, {
      organisationId: member.organisationId,
      harmType: "maternity",
      setting: "maternity",
      modality: "in_person",
      languages: ["en"],
      timeframe: "within_month",
      message: "Our maternity team hopes to meet a family after a difficult birth, with care and without blame.",
    });
    expect(sent.status).toBe(302);
    const requestPath = sent.headers.get("location")!.split("?")[0]!;
    const routeId = "routes/requests.$requestId";

    const facilitatorClient = app.client();
    await signIn(facilitatorClient, facilitator.email);
    const before = await expectHidden(facilitatorClient, requestPath, routeId, [member.user.email]);
    expect(before.page.html).toContain("Harbour Valley Hospital");
    expect(before.page.html).toContain("Our maternity team hopes to meet a family");
    await expectHidden(requester, requestPath, routeId, [AROHA.contactEmail, AROHA.contactPhone!]);

    const outsider = await createOrganisationMember(app, "Another Health Board");
    const admin = await createUser(app.db, { role: "admin" });
    for (const email of [outsider.user.email, admin.email]) {
      const c = app.client();
      await signIn(c, email);
      expect((await c.get(requestPath)).status).toBe(404);
      expect((await c.post(requestPath, { intent: "accept" })).status).toBe(404);
    }
    expect((await app.client().get(requestPath)).status).toBe(302);
    // The requester cannot accept their own request.
    expect((await requester.post(requestPath, { intent: "accept" })).status).toBe(409);

    const accepted = await facilitatorClient.post(requestPath, { intent: "accept" });
    expect(accepted.status).toBe(200);
    const forRequester = await loaderData(requester, requestPath, routeId);
    expect(forRequester.data.request.contact).toEqual({ name: AROHA.displayName, email: AROHA.contactEmail, phone: AROHA.contactPhone, organisation: null });
    expect((await requester.html(requestPath)).html).toContain(AROHA.contactEmail);
    const forFacilitator = await loaderData(facilitatorClient, requestPath, routeId);
    expect(forFacilitator.data.request.contact).toMatchObject({ email: member.user.email, organisation: "Harbour Valley Hospital" });
    expect((await facilitatorClient.html(requestPath)).html).toContain(member.user.email);
    for (const email of [outsider.user.email, admin.email]) {
      const c = app.client();
      await signIn(c, email);
      const r = await c.html(requestPath);
      expect(r.status).toBe(404);
      expect(r.html).not.toContain(AROHA.contactEmail);
    }
    // Still never on public pages.
    await expectHidden(app.client(), `/facilitators/${AROHA.slug}`, "routes/facilitators.$slug", SECRETS);
  });

  it("lists exactly the profiles the per-profile policy calls public (the list and the check agree)", async () => {
    const [suspendedSlug, unlistedSlug, demotedSlug] = ["hemi-walker", FACILITATORS[5]!.slug, FACILITATORS[9]!.slug];
    const owner = async (slug: string) => (await app.db.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.id, ids[slug]!)))[0]!.userId;
    await suspend(app.db, await owner(suspendedSlug));
    await app.db.update(facilitatorProfiles).set({ listed: false }).where(eq(facilitatorProfiles.id, ids[unlistedSlug]!));
    await app.db
      .update(users)
      .set({ role: "member" })
      .where(eq(users.id, await owner(demotedSlug)));

    const rows = await app.db
      .select({
        slug: facilitatorProfiles.slug,
        id: facilitatorProfiles.id,
        listed: facilitatorProfiles.listed,
        ownerRole: users.role,
        ownerSuspendedAt: users.suspendedAt,
      })
      .from(facilitatorProfiles)
      .innerJoin(users, eq(users.id, facilitatorProfiles.userId));
    const publicSlugs = rows
      .filter((r) => isPublicFacilitatorProfile(r))
      .map((r) => r.slug)
      .sort();
    expect(publicSlugs).not.toContain(suspendedSlug);
    expect(rows.length - publicSlugs.length).toBe(3);

    const listed: string[] = [];
    let query = "";
    for (;;) {
      const { data } = await directory(app.client(), query);
      listed.push(...data.page.results.map((r) => r.slug));
      if (!data.page.nextCursor) break;
      query = `cursor=${encodeURIComponent(data.page.nextCursor)}`;
    }
    expect(listed.sort()).toEqual(publicSlugs);
    for (const r of rows) {
      const status = (await app.client().get(`/facilitators/${r.slug}`)).status;
      expect(status, r.slug).toBe(publicSlugs.includes(r.slug) ? 200 : 404);
      expect(!!(await facilitatorSearchDocument(app.db, r.id)), r.slug).toBe(publicSlugs.includes(r.slug));
    }
  });
});
