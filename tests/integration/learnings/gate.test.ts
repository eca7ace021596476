import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { learningDrafts, learningFindingDecisions, learningReviews, learningVersions, learnings, searchDocuments } from "../../../db/schema";
import { executeRows } from "../../../db/client";
import { learningSearchDocument } from "../../../app/learnings/search-document.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, signIn } from "../../support/people";
import type { HttpClient } from "../../support/http-client";
import { PLANTED, approve, learningFields, publishClean, startDraft, submitDraft } from "./helpers";

const app = useTestApp();
let author: HttpClient, first: HttpClient, second: HttpClient;
let authorId: string, firstId: string;

beforeAll(async () => {
  const people = {
    author: await createUser(app.db, { role: "member" }),
    first: await createUser(app.db, { role: "moderator" }),
    second: await createUser(app.db, { role: "facilitator", permissions: ["reviewer"] }),
  };
  authorId = people.author.id;
  firstId = people.first.id;
  [author, first, second] = [app.client(), app.client(), app.client()];
  await signIn(author, people.author.email);
  await signIn(first, people.first.email);
  await signIn(second, people.second.email);
});

async function statusOf(id: string) {
  const [row] = await app.db.select().from(learnings).where(eq(learnings.id, id));
  return row!.status;
}

/** A submitted draft whose identifiers were all replaced except the hospital, marked "not identifying". */
async function submittedWithOneClearedFinding() {
  const fields = learningFields();
  const id = await startDraft(author, fields);
  const refused = await submitDraft(author, id, fields);
  expect(refused.status).toBe(400);
  expect(await refused.text()).toContain("The check for identifiers found");
  const check = await author.html(`/learnings/drafts/${id}/check`);
  expect(check.status).toBe(200);
  for (const value of Object.values(PLANTED)) expect(check.html).toContain(value);
  expect(check.html).toContain("[PERSON 1]");
  const marked = await author.post(`/learnings/drafts/${id}/check`, {
    intent: "not-identifying",
    field: "whatHappened",
    type: "FACILITY",
    text: PLANTED.hospital,
    reason: `${PLANTED.hospital} is a made-up name for this story`,
  });
  expect(marked.status).toBe(302);
  expect((await author.post(`/learnings/drafts/${id}/check`, { intent: "accept-all" })).status).toBe(302);
  const [draft] = await app.db.select().from(learningDrafts).where(eq(learningDrafts.learningId, id));
  const stored = draft!.sections.whatHappened!;
  for (const value of [PLANTED.name, PLANTED.nhi, PLANTED.phone, PLANTED.date]) expect(stored).not.toContain(value);
  expect(stored).toContain(PLANTED.hospital);
  const page = await author.html(`/learnings/drafts/${id}`);
  const submitFields = { ...fields, whatHappened: stored };
  expect(page.status).toBe(200);
  expect((await submitDraft(author, id, submitFields)).status).toBe(302);
  const [decision] = await app.db.select().from(learningFindingDecisions).where(eq(learningFindingDecisions.learningId, id));
  return { id, hash: decision!.findingHash };
}

describe(`the publication gate over HTTP (${testDriver()})`, () => {
  it("refuses publication with only one approval", async () => {
    const { id, hash } = await submittedWithOneClearedFinding();
    expect((await approve(first, id, { cleared: [hash] })).status).toBe(302);
    // Reviewer one cannot also be reviewer two: the review page is not theirs any more.
    expect((await approve(first, id, { cleared: [hash] })).status).toBe(404);
    expect(await statusOf(id)).toBe("draft");
    // Even if the draft were pushed to stage two without reviewer one's approval, the gate refuses.
    await app.db.delete(learningReviews).where(eq(learningReviews.learningId, id));
    const response = await approve(second, id, { cleared: [hash] });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Publication needs two approvals");
    expect(await statusOf(id)).toBe("draft");
    expect(await app.db.select().from(learningVersions).where(eq(learningVersions.learningId, id))).toHaveLength(0);
    expect(await app.db.select().from(learningReviews).where(eq(learningReviews.learningId, id))).toHaveLength(0);
  });

  it("refuses publication with the author as a reviewer", async () => {
    const moderatorAuthor = await createUser(app.db, { role: "moderator" });
    const client = app.client();
    await signIn(client, moderatorAuthor.email);
    const fields = learningFields({ whatHappened: "A patient was given a second dose of a blood thinner after a rushed handover, and the family was told." });
    const id = await startDraft(client, fields);
    expect((await submitDraft(client, id, fields)).status).toBe(302);
    expect((await client.get(`/learnings/drafts/${id}/review`)).status).toBe(403);
    expect((await approve(client, id)).status).toBe(403);
    expect(await app.db.select().from(learningReviews).where(eq(learningReviews.learningId, id))).toHaveLength(0);
    // A stage-one approval by the author slipped into the database is still caught by the gate.
    await app.db
      .insert(learningReviews)
      .values({ id: crypto.randomUUID(), learningId: id, reviewerId: moderatorAuthor.id, stage: 1, submission: 1, decision: "approved" });
    await app.db.update(learningDrafts).set({ stage: "awaiting_second", firstApproverId: moderatorAuthor.id }).where(eq(learningDrafts.learningId, id));
    const response = await approve(second, id);
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("The author cannot review their own learning");
    expect(await statusOf(id)).toBe("draft");
  });

  it("refuses publication while a finding is not cleared by both reviewers, then publishes and deletes the raw draft", async () => {
    const { id, hash } = await submittedWithOneClearedFinding();
    const notCleared = await approve(first, id);
    expect(notCleared.status).toBe(400);
    expect(await notCleared.text()).toContain("Clear each remaining finding");
    expect((await approve(first, id, { cleared: [hash] })).status).toBe(302);
    const refused = await approve(second, id, { visibility: "public" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toMatch(/possible identifier \(facility\) that both reviewers have not cleared/);
    expect(await statusOf(id)).toBe("draft");

    const published = await approve(second, id, { cleared: [hash], visibility: "public" });
    expect(published.status).toBe(302);
    const slug = published.headers.get("location")!.match(/\/learnings\/([^/?]+)/)![1]!;
    expect(await statusOf(id)).toBe("published");

    // The raw draft, the finding text and the reviews are gone.
    expect(await app.db.select().from(learningDrafts).where(eq(learningDrafts.learningId, id))).toHaveLength(0);
    expect(await app.db.select().from(learningFindingDecisions).where(eq(learningFindingDecisions.learningId, id))).toHaveLength(0);
    expect(await app.db.select().from(learningReviews).where(eq(learningReviews.learningId, id))).toHaveLength(0);
    // Replaced identifiers appear nowhere in the database; the cleared one only in the published text.
    const dump = JSON.stringify(await executeRows(app.db, sql`select * from learning_versions where learning_id = ${id}`));
    for (const value of [PLANTED.name, PLANTED.nhi, PLANTED.phone, PLANTED.date]) expect(dump).not.toContain(value);
    const audit = JSON.stringify(await executeRows(app.db, sql`select action, reason, metadata from audit_log where target_id = ${id}`));
    for (const value of Object.values(PLANTED)) expect(audit).not.toContain(value);
    // …while the trail says who approved, and which kind of finding was cleared and why.
    expect(audit).toContain("learning.published");
    expect(audit).toContain(firstId);
    expect(audit).toMatch(/"type":"FACILITY","reason":"\[FACILITY\] is a made-up name for this story"/);

    const page = await app.client().html(`/learnings/${slug}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("[PERSON 1]");
    for (const value of [PLANTED.name, PLANTED.nhi, PLANTED.phone, PLANTED.date]) expect(page.html).not.toContain(value);
    expect(page.html).toMatch(/class="learning-section what-changed"/);
  });

  it("puts a correction through the same two-person review and shows an updated note", async () => {
    const { id, slug } = await publishClean({ author, first, second }, { title: "A learning that needs a correction" });
    expect((await first.post(`/learnings/${slug}`, { intent: "correct" })).status).toBe(403);
    const started = await author.post(`/learnings/${slug}`, { intent: "correct" });
    expect(started.headers.get("location")).toBe(`/learnings/drafts/${id}`);
    const form = await author.html(`/learnings/drafts/${id}`);
    expect(form.html).toContain("What this correction changes");
    expect(form.html).toContain("A learning that needs a correction");
    const fields = learningFields({
      title: "A learning that needs a correction",
      whatHappened: "A patient was given a second dose of a blood thinner after a rushed handover in the evening.",
    });
    const noNote = await submitDraft(author, id, fields);
    expect(noNote.status).toBe(400);
    expect(await noNote.text()).toContain("Say briefly what this correction changes");
    expect((await submitDraft(author, id, { ...fields, correctionNote: "The event happened in the evening, not at night." })).status).toBe(302);
    // While the correction is reviewed, readers still see the published version.
    expect((await app.client().html(`/learnings/${slug}`)).html).not.toContain("in the evening");
    expect((await approve(first, id)).status).toBe(302);
    expect((await approve(second, id, { visibility: "public" })).status).toBe(302);
    const page = await app.client().html(`/learnings/${slug}`);
    expect(page.html).toContain("in the evening");
    expect(page.html).toMatch(/Updated <time[^>]*>[^<]+<\/time>:<\/strong> (<!-- -->)?The event happened in the evening, not at night./);
    const versions = await app.db.select().from(learningVersions).where(eq(learningVersions.learningId, id));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    const [document] = await app.db
      .select()
      .from(searchDocuments)
      .where(eq(searchDocuments.id, `learning:${id}`));
    expect(document!.body).toContain("in the evening");
    expect(await app.db.select().from(learningDrafts).where(eq(learningDrafts.learningId, id))).toHaveLength(0);
  });

  it("takes a withdrawn learning out of the list, the page, the feed and search at once", async () => {
    const title = "Learning from a missed bedside check";
    const { id, slug } = await publishClean({ author, first, second }, { title });
    const anon = app.client();
    expect((await anon.html("/learnings")).html).toContain(title);
    expect((await anon.html(`/learnings/${slug}`)).status).toBe(200);
    expect((await anon.html("/learnings.atom")).html).toContain(title);
    expect((await learningSearchDocument(app.db, id))?.title).toBe(title);
    expect(
      await app.db
        .select()
        .from(searchDocuments)
        .where(eq(searchDocuments.id, `learning:${id}`)),
    ).toHaveLength(1);

    expect((await app.client().post(`/learnings/${slug}`, { intent: "withdraw", reason: "The family asked me to." })).status).toBe(302);
    const refused = await approve(first, id);
    expect(refused.status).toBe(404);
    const withdrawn = await author.post(`/learnings/${slug}`, { intent: "withdraw", reason: "The family asked me to take it down." });
    expect(withdrawn.status).toBe(302);
    expect(await statusOf(id)).toBe("withdrawn");
    expect((await anon.html("/learnings")).html).not.toContain(title);
    const gone = await anon.html(`/learnings/${slug}`);
    expect(gone.status).toBe(410);
    expect(gone.html).toContain("This learning was withdrawn");
    expect(gone.html).not.toContain(title);
    expect((await anon.html("/learnings.atom")).html).not.toContain(title);
    expect(
      await app.db
        .select()
        .from(searchDocuments)
        .where(eq(searchDocuments.id, `learning:${id}`)),
    ).toHaveLength(0);
    expect(await learningSearchDocument(app.db, id)).toBeNull();
    void authorId;
  });
});
