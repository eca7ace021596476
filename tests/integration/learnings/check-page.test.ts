import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, learningDrafts, learningFindingDecisions } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { createUser, signIn } from "../../support/people";
import { approve, learningFields, PLANTED, startDraft, submitDraft } from "./helpers";

const app = useTestApp();
const clients = {} as { author: HttpClient; first: HttpClient; second: HttpClient };
beforeAll(async () => {
  for (const [key, role] of [
    ["author", "member"],
    ["first", "moderator"],
    ["second", "moderator"],
  ] as const) {
    clients[key] = app.client();
    await signIn(clients[key], (await createUser(app.db, { role })).email);
  }
});

const page = async (id: string) =>
  (await clients.author.html(`/learnings/drafts/${id}/check`)).html.split("window.__remixContext")[0]!.replaceAll("<!-- -->", "");

/** The value entry (one list item) for a found text, and its hash. */
function valueEntry(html: string, text: string) {
  const plain = html.replaceAll("<!-- -->", "");
  const values = plain.slice(plain.indexOf('id="values"'), plain.indexOf('id="context-heading"'));
  const items = values
    .split('<li id="value-')
    .slice(1)
    .filter((item) => item.includes(`“${text}” →`));
  expect(items, `one entry for ${text}`).toHaveLength(1);
  return { html: items[0]!, hash: items[0]!.match(/name="hash" value="([^"]+)"/)![1]! };
}

describe(`the check page groups findings by value (${testDriver()})`, () => {
  it("one choice covers every occurrence, the reason is recorded once, the count left is shown, and the gate still refuses what reviewers did not clear", async () => {
    const fields = learningFields({ whoAffected: `The patient (NHI ${PLANTED.nhi}), her family, and the ward team at ${PLANTED.hospital}.` });
    const id = await startDraft(clients.author, fields);
    let html = await page(id);
    const hospital = valueEntry(html, PLANTED.hospital);
    const nhi = valueEntry(html, PLANTED.nhi);
    expect(hospital.html).toContain("Appears 2 times");
    expect(nhi.html).toContain("Appears 2 times");
    const total = Number(html.match(/(\d+) of (\d+) values still needs? a choice/)![2]);
    expect(html).toMatch(new RegExp(`${total} of ${total} values still needs? a choice`));

    // A reason that is too short comes back next to its field, with what was typed.
    const short = await clients.author.post(`/learnings/drafts/${id}/check`, { intent: "not-identifying", hash: hospital.hash, reason: "no" });
    expect(short.status).toBe(400);
    expect(valueEntry(await short.text(), PLANTED.hospital).html).toMatch(/aria-invalid="true"[^>]*>no<\/textarea><p class="field-error"/);

    const marked = await clients.author.post(`/learnings/drafts/${id}/check`, {
      intent: "not-identifying",
      hash: hospital.hash,
      reason: "A made-up name for this story",
    });
    expect(marked.status).toBe(302);
    expect(await app.db.select().from(learningFindingDecisions).where(eq(learningFindingDecisions.learningId, id))).toHaveLength(1);
    expect(
      await app.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "learning.finding_not_identifying"))),
    ).toHaveLength(1);
    html = await page(id);
    expect(valueEntry(html, PLANTED.hospital).html).toContain("You marked this as not identifying in all 2 places: A made-up name for this story");
    expect(html).toMatch(new RegExp(`${total - 1} of ${total} values still needs? a choice`));

    const accepted = await clients.author.post(`/learnings/drafts/${id}/check`, { intent: "accept", hash: nhi.hash });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toContain("replaced=2");
    const [draft] = await app.db.select().from(learningDrafts).where(eq(learningDrafts.learningId, id));
    expect(JSON.stringify(draft!.sections)).not.toContain(PLANTED.nhi);
    expect((await clients.author.html(accepted.headers.get("location")!)).html).toContain("Replaced in 2 places.");

    expect((await clients.author.post(`/learnings/drafts/${id}/check`, { intent: "accept-all" })).status).toBe(302);
    const [after] = await app.db.select().from(learningDrafts).where(eq(learningDrafts.learningId, id));
    expect(after!.sections.whoAffected).toContain(PLANTED.hospital);
    expect((await submitDraft(clients.author, id, { ...fields, ...after!.sections, title: after!.title, tags: String(after!.tags) })).status).toBe(302);

    // Reviewers clear a value once; the gate refuses while reviewer two has not cleared it.
    const review = (await clients.first.html(`/learnings/drafts/${id}/review`)).html;
    expect(review.split(`value="${hospital.hash}"`).length - 1).toBe(1);
    expect((await approve(clients.first, id, { cleared: [hospital.hash] })).status).toBe(302);
    const refused = await approve(clients.second, id);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect((await approve(clients.second, id, { cleared: [hospital.hash] })).status).toBe(302);
  });
});
