import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { facilitatorSearchDocument } from "../../../app/directory/search-document.server";
import { auditLog, facilitatorProfiles, facilitatorTraining, notifications, searchDocuments } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { createUser, signIn } from "../../support/people";
import { createOrganisationMember } from "./helpers";

const PROFILE = {
  displayName: "Ngaio Rēweti",
  pronouns: "she/her",
  bio: "Ngaio is a theatre nurse who facilitates **restorative conversations** after surgical harm. <script>alert(1)</script> She prepares everyone carefully.",
  country: "NZ",
  region: "Ōtautahi",
  city: "Christchurch",
  timeZone: "Pacific/Auckland",
  languages: ["en", "mi"],
  modalities: ["online", "hybrid"],
  harmTypes: ["surgical"],
  settings: ["theatre"],
  approaches: ["restorative_conversation"],
  competency: "intermediate",
  processesFacilitated: "14",
  supervisor: "",
  organisation: "Southern Restorative Network",
  coFacilitates: "yes",
  feeKind: "range",
  feeCurrency: "nzd",
  feeMin: "90",
  feeMax: "120",
  feeUnit: "per hour",
  feeFundedBy: "",
  availability: "accepting",
  contactEmail: "ngaio.private@example.org",
  contactPhone: "+64 3 555 0188",
  conflictNotes: "Worked at Southbridge Hospital theatre until 2022.",
  listed: "yes",
};

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const app = useTestApp();
let facilitator: Awaited<ReturnType<typeof createUser>>;
let client: HttpClient;
beforeAll(async () => {
  facilitator = await createUser(app.db, { role: "facilitator", displayName: "Ngaio" });
  client = app.client();
  await signIn(client, facilitator.email);
});

function trainingForm(fields: Record<string, string>, file?: { bytes: Buffer; name: string; type: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append("evidence", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return client.request("/facilitators/me/training", { method: "POST", body: form });
}

describe(`facilitator profile editing and evidence uploads (${testDriver()})`, () => {
  it("validates every field with a clear message next to it, keeping what was typed", async () => {
    const r = await client.post("/facilitators/me", {
      ...PROFILE,
      displayName: "N",
      bio: "Too short.",
      languages: [],
      processesFacilitated: "many",
      feeMax: "50",
      contactEmail: "not-an-email",
    });
    expect(r.status).toBe(400);
    const html = await r.text();
    for (const message of [
      "Enter the name organisations will see",
      "Write a short bio of at least 40 characters",
      "Choose at least one language",
      "Enter the number of processes you have facilitated as a whole number",
      "The highest fee must be at least the lowest fee",
      "Enter an email address like name@example.org",
    ])
      expect(html).toContain(message);
    expect(html).toContain('value="Southern Restorative Network"');
    expect(html).toContain("Too short.");
    expect(html).toContain('value="not-an-email"');
    expect(await app.db.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.userId, facilitator.id))).toHaveLength(0);
  });

  it("saves the profile with its audit entry and search document, and renders the bio sanitized", async () => {
    const r = await client.post("/facilitators/me", PROFILE);
    expect(r.status).toBe(302);
    const [profile] = await app.db.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.userId, facilitator.id));
    expect(profile).toMatchObject({
      slug: "ngaio-reweti",
      feeCurrency: "NZD",
      feeMin: 90,
      specialties: ["surgical", "theatre"],
      conflictNotes: PROFILE.conflictNotes,
    });
    expect((await app.db.select().from(auditLog).where(eq(auditLog.targetId, profile!.id))).map((a) => a.action)).toContain("directory.profile_created");
    // Written in the same transaction: present exactly when the profile is public.
    const publicDocument = await facilitatorSearchDocument(app.db, profile!.id);
    const stored = await app.db
      .select()
      .from(searchDocuments)
      .where(eq(searchDocuments.id, `facilitator:${profile!.id}`));
    expect(stored.map((d) => d.title)).toEqual(publicDocument ? [publicDocument.title] : []);
    const page = await app.client().html("/facilitators/ngaio-reweti");
    expect(page.html).toContain("<strong>restorative conversations</strong>");
    expect(page.html).not.toContain("<script>alert(1)</script>");
    expect(page.html).toContain("NZD 90–120 per hour");
    // Saving again with the notes box empty keeps the saved notes.
    expect((await client.post("/facilitators/me", { ...PROFILE, conflictNotes: "", availability: "waitlist" })).status).toBe(302);
    const [again] = await app.db.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.userId, facilitator.id));
    expect(again).toMatchObject({ availability: "waitlist", conflictNotes: PROFILE.conflictNotes });
  });

  it("refuses a file of the wrong type, even with a PDF name, with a clear message and the fields kept", async () => {
    const fields = {
      programme: "Restorative Practice Foundations",
      provider: "Southern Restorative Network",
      completedOn: "2022-03-01",
      expiresOn: "",
      evidenceRef: "",
    };
    const html = await trainingForm(fields, { bytes: Buffer.from("<html><script>alert(1)</script></html>"), name: "certificate.pdf", type: "application/pdf" });
    expect(html.status).toBe(400);
    const text = await html.text();
    expect(text).toContain("This file is not a PDF or an image we can accept");
    expect(text).toContain('value="Restorative Practice Foundations"');
    const renamed = await trainingForm(fields, { bytes: PNG, name: "certificate.pdf", type: "application/pdf" });
    expect(renamed.status).toBe(400);
    expect(await renamed.text()).toContain("is a PNG file");
  });

  it("refuses an oversized file with a clear message", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const r = await trainingForm(
      { programme: "Advanced facilitation", provider: "Aotearoa Restorative Learning Trust", completedOn: "2021-05-20", expiresOn: "", evidenceRef: "" },
      { bytes: big, name: "scan.pdf", type: "application/pdf" },
    );
    expect(r.status).toBe(400);
    const text = await r.text();
    expect(text).toContain("This file is larger than 5 MB");
    expect(text).toContain('value="Advanced facilitation"');
    expect(await app.db.select().from(facilitatorTraining)).toHaveLength(0);
  });

  it("asks for a reference or a file, and checks the dates", async () => {
    const r = await trainingForm({
      programme: "Circle keeping",
      provider: "Pacific Circle Trust",
      completedOn: "2023-01-10",
      expiresOn: "2022-01-10",
      evidenceRef: "",
    });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("The expiry date must be after the completion date.");
    const none = await trainingForm({
      programme: "Circle keeping",
      provider: "Pacific Circle Trust",
      completedOn: "2023-01-10",
      expiresOn: "",
      evidenceRef: "",
    });
    expect(await none.text()).toContain("Add a reference (such as a certificate number) or upload the certificate");
  });

  it("stores a valid PDF outside the web root and serves it only to verifiers and the owner, as a download", async () => {
    const ok = await trainingForm(
      {
        programme: "Restorative Practice in Health",
        provider: "Aotearoa Restorative Learning Trust",
        completedOn: "2020-11-02",
        expiresOn: "2026-11-02",
        evidenceRef: "ARLT-2020-77",
      },
      { bytes: PDF, name: "my certificate.pdf", type: "application/pdf" },
    );
    expect(ok.status).toBe(302);
    const [training] = await app.db.select().from(facilitatorTraining);
    expect(training).toMatchObject({ evidenceType: "application/pdf", evidenceBytes: PDF.length, evidenceRef: "ARLT-2020-77" });
    const stored = path.join(app.dataDir, "uploads", training!.evidenceFile!);
    expect(existsSync(stored)).toBe(true);
    expect(readdirSync(path.join(app.dataDir, "uploads"))).toHaveLength(1);
    const href = `/facilitators/ngaio-reweti/evidence/${training!.id}`;

    const verifier = await createUser(app.db, { permissions: ["verifier"] });
    const verifierClient = app.client();
    await signIn(verifierClient, verifier.email);
    expect((await verifierClient.html("/facilitators/ngaio-reweti/verify")).html).toContain(href);
    const download = await verifierClient.get(href);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await client.get(href)).status).toBe(200);

    const member = await createUser(app.db);
    const memberClient = app.client();
    await signIn(memberClient, member.email);
    expect((await memberClient.get(href)).status).toBe(403);
    expect((await app.client().get(href)).status).toBe(302);
    expect((await app.client().get(`/uploads/${training!.evidenceFile}`)).status).toBe(404);
    // The public page shows the programme, never the evidence.
    const publicPage = await app.client().html("/facilitators/ngaio-reweti");
    expect(publicPage.html).toContain("Restorative Practice in Health");
    expect(publicPage.html).not.toContain("ARLT-2020-77");
    expect(publicPage.html).not.toContain(href);
  });

  it("sends concerns to admins only, never to the facilitator", async () => {
    const admin = await createUser(app.db, { role: "admin" });
    const worried = app.client();
    const short = await worried.post("/facilitators/ngaio-reweti/concern", { kind: "conduct", details: "Too short", replyEmail: "" });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Tell us a little more");
    const r = await worried.post("/facilitators/ngaio-reweti/concern", {
      kind: "conduct",
      details: "The facilitator shared what was said in a private preparation meeting.",
      replyEmail: "someone@example.org",
    });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("Your concern has reached the network");
    const adminClient = app.client();
    await signIn(adminClient, admin.email);
    const list = await adminClient.html("/facilitators/concerns");
    expect(list.html).toContain("shared what was said in a private preparation meeting");
    expect((await app.db.select().from(notifications).where(eq(notifications.userId, admin.id))).map((n) => n.href)).toContain("/facilitators/concerns");
    expect((await client.get("/facilitators/concerns")).status).toBe(403);
    expect(await app.db.select().from(notifications).where(eq(notifications.userId, facilitator.id))).toHaveLength(0);
    for (const p of ["/facilitators/ngaio-reweti", "/facilitators/me", "/notifications"]) {
      expect((await client.html(p)).html).not.toContain("private preparation meeting");
    }
  });

  it("refuses a request whose message holds patient identifiers, keeping the text", async () => {
    const member = await createOrganisationMember(app);
    const requester = app.client();
    await signIn(requester, member.user.email);
    const message = "Mrs Jane Doe (NHI ZAC5361, phone 021 555 0199) was harmed during surgery and her family would like to meet the team.";
    const r = await requester.post("/facilitators/ngaio-reweti/request", {
      organisationId: member.organisationId,
      harmType: "surgical",
      setting: "theatre",
      modality: "online",
      languages: ["en"],
      timeframe: "within_month",
      message,
    });
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain("Please remove details that could identify a patient or colleague");
    expect(html).toContain("a phone number");
    expect(html).toContain("Mrs Jane Doe (NHI ZAC5361");
    expect(html).toContain("Please do not include patient details");
  });
});
