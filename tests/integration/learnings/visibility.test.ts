import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { learningDrafts, learningVersions, learnings, notifications, type DraftStage } from "../../../db/schema";
import { learningSearchDocument } from "../../../app/learnings/search-document.server";
import { canReadLearning, canReviewDraft } from "../../../app/utils/policy/learnings";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, signIn } from "../../support/people";
import type { HttpClient } from "../../support/http-client";
import { cleanFields, publishClean, startDraft, submitDraft } from "./helpers";

const app = useTestApp();
let people: Record<"author" | "member" | "first" | "second" | "moderator", Awaited<ReturnType<typeof createUser>>>;
const clients = {} as Record<keyof typeof people, HttpClient>;

beforeAll(async () => {
  people = {
    author: await createUser(app.db),
    member: await createUser(app.db),
    first: await createUser(app.db, { role: "moderator" }),
    second: await createUser(app.db, { role: "facilitator", permissions: ["reviewer"] }),
    moderator: await createUser(app.db, { role: "moderator" }),
  };
  for (const key of Object.keys(people) as (keyof typeof people)[]) {
    clients[key] = app.client();
    await signIn(clients[key], people[key].email);
  }
});

const sectionText = "A patient was given a second dose of a blood thinner after a rushed handover";

/** A learning row straight into the database, for list and policy comparisons. */
async function insertLearning(init: {
  title: string;
  status: "draft" | "published" | "withdrawn";
  visibility?: "public" | "members";
  setting?: string;
  stage?: DraftStage;
  firstApproverId?: string;
  authorId?: string;
  at?: Date;
}) {
  const id = crypto.randomUUID();
  const versionId = crypto.randomUUID();
  const at = init.at ?? new Date();
  const published = init.status !== "draft";
  await app.db.insert(learnings).values({
    id,
    authorId: init.authorId ?? people.author.id,
    status: init.status,
    visibility: published ? (init.visibility ?? "public") : null,
    slug: published ? `t-${id.slice(0, 8)}` : null,
    currentVersionId: published ? versionId : null,
    firstPublishedAt: published ? at : null,
    lastPublishedAt: published ? at : null,
  });
  if (published) {
    await app.db.insert(learningVersions).values({
      id: versionId,
      learningId: id,
      version: 1,
      title: init.title,
      setting: init.setting ?? "hospital_ward",
      eventType: "medication",
      country: "NZ",
      year: 2023,
      sections: { whatHappened: sectionText, whatChanged: "Handover now uses a checklist." },
      consentBasis: "obtained",
    });
  } else {
    await app.db
      .insert(learningDrafts)
      .values({ learningId: id, title: init.title, stage: init.stage ?? "editing", firstApproverId: init.firstApproverId ?? null, submission: 1 });
  }
  return { id, slug: `t-${id.slice(0, 8)}` };
}

describe(`who can see learnings (${testDriver()})`, () => {
  it("keeps a draft private to its author", async () => {
    const id = await startDraft(clients.author, cleanFields({ title: "My private working draft" }));
    expect((await clients.author.get(`/learnings/drafts/${id}`)).status).toBe(200);
    expect((await clients.author.get(`/learnings/drafts/${id}/check`)).status).toBe(200);
    for (const other of [clients.member, clients.first, clients.moderator]) {
      expect((await other.get(`/learnings/drafts/${id}`)).status).toBe(404);
      expect((await other.get(`/learnings/drafts/${id}/check`)).status).toBe(404);
      expect((await other.get(`/learnings/drafts/${id}/review`)).status).toBe(404);
      expect((await other.post(`/learnings/drafts/${id}/findings`, { whatHappened: "Mrs Aroha Ngata" })).status).toBe(404);
      expect((await other.post(`/learnings/drafts/${id}`, { ...cleanFields(), intent: "save" })).status).toBe(404);
      expect((await other.html("/learnings/mine")).html).not.toContain("My private working draft");
    }
    expect((await app.client().get(`/learnings/drafts/${id}`)).status).toBe(302);
    expect((await clients.author.html("/learnings/mine")).html).toContain("My private working draft");
    expect((await app.client().html("/learnings")).html).not.toContain("My private working draft");
  });

  it("saves what was typed and answers the live check with findings as JSON", async () => {
    const id = await startDraft(clients.author, cleanFields({ title: "Draft that saves" }));
    // The way the page's fetcher posts: Remix's data request for this route.
    const autosave = await clients.author.post(`/learnings/drafts/${id}?_data=${encodeURIComponent("routes/learnings.drafts.$id._index")}`, {
      ...cleanFields({ title: "Draft that saves itself" }),
      intent: "autosave",
    });
    expect(autosave.status).toBe(200);
    expect((await autosave.json()).savedAt).toBeTruthy();
    const [row] = await app.db.select().from(learningDrafts).where(eq(learningDrafts.learningId, id));
    expect(row!.title).toBe("Draft that saves itself");
    const live = await clients.author.post(`/learnings/drafts/${id}/findings`, { ...cleanFields(), whatHappened: "Dr James Patel phoned on 021 555 0143." });
    const { findings } = (await live.json()) as { findings: Array<{ type: string; text: string; placeholder: string }> };
    expect(findings.map((f) => f.type)).toEqual(expect.arrayContaining(["PERSON", "PHONE"]));
    expect(findings.find((f) => f.type === "PHONE")?.placeholder).toBe("[PHONE 1]");
    const invalid = await clients.author.post(`/learnings/drafts/${id}`, { ...cleanFields({ title: "x".repeat(200) }), intent: "save" });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain("Keep the title under 140 characters");
  });

  it("refuses submission without a consent record, keeping what was typed", async () => {
    const fields = cleanFields({ title: "Consent first", consentBasis: "", consentPatientFamily: "" });
    const id = await startDraft(clients.author, fields);
    const response = await submitDraft(clients.author, id, fields);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Record who consented and when, or why consent could not be sought.");
    expect(html).toContain(sectionText);
  });

  it("shows a members-only learning to signed-in members only, never in the feed or search", async () => {
    const title = "A members-only learning about a night handover";
    const { id, slug } = await publishClean({ author: clients.author, first: clients.first, second: clients.second }, { title }, "members");
    const anon = app.client();
    const locked = await anon.html(`/learnings/${slug}`);
    expect(locked.status).toBe(200);
    expect(locked.html).toContain("Sign in to read this learning");
    expect(locked.html).not.toContain(title);
    expect(locked.html).not.toContain(sectionText);
    expect((await anon.html("/learnings")).html).not.toContain(title);
    expect((await anon.html("/learnings.atom")).html).not.toContain(title);
    expect(await learningSearchDocument(app.db, id)).toBeNull();
    const member = await clients.member.html(`/learnings/${slug}`);
    expect(member.html).toContain(title);
    expect(member.html).toContain(sectionText);
    expect((await clients.member.html("/learnings")).html).toContain(title);
  });

  it("lists exactly the learnings the per-object policy lets each person read", async () => {
    const made = [
      {
        ...(await insertLearning({ title: "Policy public one", status: "published", visibility: "public" })),
        status: "published" as const,
        visibility: "public" as const,
        title: "Policy public one",
      },
      {
        ...(await insertLearning({ title: "Policy members one", status: "published", visibility: "members" })),
        status: "published" as const,
        visibility: "members" as const,
        title: "Policy members one",
      },
      {
        ...(await insertLearning({ title: "Policy withdrawn one", status: "withdrawn", visibility: "public" })),
        status: "withdrawn" as const,
        visibility: "public" as const,
        title: "Policy withdrawn one",
      },
    ];
    for (const [actor, client] of [
      [null, app.client()],
      [people.member, clients.member],
    ] as const) {
      const html = (await client.html("/learnings")).html;
      for (const l of made) {
        const allowed = canReadLearning(actor, { authorId: people.author.id, status: l.status, visibility: l.visibility });
        expect(html.includes(l.title), `${l.title} for ${actor ? "member" : "anonymous"}`).toBe(allowed);
        const page = await client.get(`/learnings/${l.slug}`);
        const body = await page.text();
        expect(page.status === 200 && body.includes(sectionText), `page ${l.title}`).toBe(allowed);
      }
    }
  });

  it("lists exactly the drafts the per-object policy lets each reviewer review", async () => {
    const drafts = [
      { title: "Queue editing", stage: "editing" as const, firstApproverId: null },
      { title: "Queue awaiting first", stage: "awaiting_first" as const, firstApproverId: null },
      { title: "Queue awaiting second", stage: "awaiting_second" as const, firstApproverId: people.first.id },
      { title: "Queue own draft", stage: "awaiting_first" as const, firstApproverId: null, authorId: people.moderator.id },
    ];
    const ids = [];
    for (const d of drafts) ids.push((await insertLearning({ ...d, status: "draft", firstApproverId: d.firstApproverId ?? undefined })).id);
    for (const key of ["first", "second", "moderator", "member"] as const) {
      const response = await clients[key].html("/learnings/reviews");
      for (const [i, d] of drafts.entries()) {
        const allowed = canReviewDraft(people[key], { authorId: d.authorId ?? people.author.id, status: "draft", visibility: null }, d);
        expect(response.status === 200 && response.html.includes(d.title), `${d.title} for ${key}`).toBe(allowed);
        const page = await clients[key].get(`/learnings/drafts/${ids[i]}/review`);
        expect(page.status === 200, `review page ${d.title} for ${key}`).toBe(allowed);
      }
    }
  });

  it("filters by setting and pages by keyset without repeats", async () => {
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < 14; i++)
      await insertLearning({
        title: `Paged aged care learning ${String(i).padStart(2, "0")}`,
        status: "published",
        setting: "aged_care",
        at: new Date(base - i * 60_000),
      });
    await insertLearning({ title: "Paged pharmacy learning", status: "published", setting: "pharmacy", at: new Date(base) });
    const anon = app.client();
    const first = await anon.html("/learnings?setting=aged_care");
    const titles = (html: string) => [...html.matchAll(/>(Paged [a-z ]+learning( \d\d)?)<\/a>/g)].map((m) => m[1]);
    const page1 = titles(first.html);
    expect(page1).toHaveLength(12);
    expect(page1[0]).toBe("Paged aged care learning 00");
    expect(first.html).not.toContain("Paged pharmacy learning");
    const next = first.html.match(/href="(\/learnings\?[^"]*after=[^"]+)"/)![1]!.replace(/&amp;/g, "&");
    expect(next).toContain("setting=aged_care");
    const page2 = titles((await anon.html(next)).html);
    expect(page2).toEqual(["Paged aged care learning 12", "Paged aged care learning 13"]);
    expect((await anon.html("/learnings?setting=pharmacy&year=2023")).html).toContain("Paged pharmacy learning");
    expect((await anon.html("/learnings?setting=pharmacy&year=2019")).html).not.toContain("Paged pharmacy learning");
  });

  it("serves valid, XML-escaped Atom", async () => {
    const title = `Fear & <silence> after a "near miss"`;
    await publishClean(
      { author: clients.author, first: clients.first, second: clients.second },
      { title, whatChanged: "Staff now *pause* & speak up <together>." },
    );
    const response = await app.client().get("/learnings.atom");
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain("<title>Fear &amp; &lt;silence&gt; after a &quot;near miss&quot;</title>");
    expect(xml).not.toContain("<silence>");
    expect(xml).not.toContain("<together>");
    expect(wellFormed(xml)).toBe(true);
    for (const tag of ["id", "title", "updated", "link", "author"]) expect(xml).toContain(`<${tag}`);
  });

  it("lets members reflect, flag a reflection, and moderators hide it with a reason", async () => {
    const { slug } = await publishClean({ author: clients.author, first: clients.first, second: clients.second }, { title: "A learning to reflect on" });
    expect((await app.client().post(`/learnings/${slug}`, { intent: "reflect", body: "Anonymous words" })).status).toBe(302);
    const empty = await clients.member.post(`/learnings/${slug}`, { intent: "reflect", body: "" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Write a few words.");
    expect((await clients.member.post(`/learnings/${slug}`, { intent: "reflect", body: "This changed how I give handover at night." })).status).toBe(200);
    const seen = await clients.author.html(`/learnings/${slug}`);
    expect(seen.html).toContain("This changed how I give handover at night.");
    const reflectionId = seen.html.match(/name="reflectionId" value="([^"]+)"/)![1]!;
    expect((await clients.author.post(`/learnings/${slug}`, { intent: "flag", reflectionId, reason: "It feels off topic" })).status).toBe(200);
    expect((await clients.author.post(`/learnings/${slug}`, { intent: "hide", reflectionId, reason: "Not allowed" })).status).toBe(403);
    expect((await clients.moderator.html(`/learnings/${slug}`)).html).toContain("1 open flag");
    expect((await clients.moderator.post(`/learnings/${slug}`, { intent: "hide", reflectionId, reason: "Shared details of a colleague" })).status).toBe(200);
    expect((await app.client().html(`/learnings/${slug}`)).html).not.toContain("This changed how I give handover at night.");
    const notes = await app.db.select().from(notifications).where(eq(notifications.userId, people.member.id));
    expect(notes.map((n) => n.kind)).toContain("reflection_hidden");
  });
});

/** A small well-formedness check: every tag closes in order and no stray "<" or "&" is left unescaped. */
function wellFormed(xml: string) {
  const body = xml.replace(/^<\?xml[^>]*\?>/, "");
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>|<|&(?!(amp|lt|gt|quot|apos|#\d+);)/g)) {
    if (!m[2]) return false;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]);
  }
  return stack.length === 0;
}
