import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, circleGatheringRsvps, circleGatherings } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { createCircle, joinOpen, notificationsOf } from "./circle-helpers";
import { AHEAD } from "../../support/dates";

const app = useTestApp();

const FIELDS = {
  title: "Spring circle",
  startsLocal: `${AHEAD + 1}-04-01T18:00`,
  endsLocal: `${AHEAD + 1}-04-01T19:00`,
  onlineUrl: "",
  place: "The garden room",
  capacity: "1",
};

async function schedule(client: HttpClient, slug: string) {
  const r = await client.post(`/circles/${slug}/gatherings/new`, FIELDS);
  expect(r.status).toBe(302);
  return r.headers.get("location")!.split("/").pop()!;
}

const unfold = (ics: string) => ics.replace(/\r\n /g, "");
async function feedPath(client: HttpClient) {
  const html = await (await client.post("/account", { intent: "calendar-feed" })).text();
  return new URL(html.match(/https?:\/\/[^<\s"]+\/calendar\/[^<\s"]+\/circles\.ics/)![0]).pathname;
}

describe(`changing and cancelling a gathering (${testDriver()})`, () => {
  it("an edit keeps errors next to the fields and the typed input, then bumps SEQUENCE and tells everyone who joined", async () => {
    const c = await createCircle(app, { name: "Evening Willows" });
    const [going, waiting, bystander] = [await joinOpen(app, c.slug, { pseudonym: "Quiet Fern" }), await joinOpen(app, c.slug), await joinOpen(app, c.slug)];
    const id = await schedule(c.facilitator.client, c.slug);
    const path = `/circles/${c.slug}/gatherings/${id}`;
    await going.client.post(path, { intent: "rsvp" });
    await waiting.client.post(path, { intent: "rsvp" });
    expect((await c.facilitator.client.html(path)).html).toContain("Change or cancel this gathering");
    expect((await going.client.html(path)).html).not.toContain("Change or cancel this gathering");
    expect((await going.client.get(`${path}/edit`)).status).toBe(403);

    const edit = await c.facilitator.client.html(`${path}/edit`);
    expect(edit.html).toContain(`value="${AHEAD + 1}-04-01T18:00"`);
    const bad = await c.facilitator.client.post(`${path}/edit`, { ...FIELDS, intent: "save", title: "Typed-new-title", endsLocal: `${AHEAD + 1}-04-01T17:00` });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toMatch(/name="endsLocal"[^>]*>[^]*?<p class="field-error"[^>]*>The end must be after the start\.<\/p>/);
    expect(badHtml).toContain('value="Typed-new-title"');
    expect(badHtml).toContain(`value="${AHEAD + 1}-04-01T17:00"`);
    expect((await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, id)))[0]!.sequence).toBe(0);

    const ok = await c.facilitator.client.post(`${path}/edit`, {
      ...FIELDS,
      intent: "save",
      title: "Spring circle, moved",
      startsLocal: `${AHEAD + 1}-04-02T18:00`,
      endsLocal: `${AHEAD + 1}-04-02T19:30`,
      capacity: "2",
    });
    expect(ok.status).toBe(302);
    const [g] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, id));
    expect(g!.sequence).toBe(1);
    expect(g!.startsAt.toISOString()).toBe(`${AHEAD + 1}-04-02T17:00:00.000Z`); // London is on BST in April

    const ics = unfold(await (await going.client.get(`${path}/event.ics`)).text());
    expect(ics).toContain("SEQUENCE:1\r\n");
    expect(ics).toContain("STATUS:CONFIRMED\r\n");
    expect(ics).toContain(`DTSTART:${AHEAD + 1}0402T170000Z`);
    expect(ics).toContain("SUMMARY:Spring circle\\, moved (Evening Willows)");

    // A second place opened: the waitlisted person is now going.
    expect((await waiting.client.html(path)).html).toContain("You are going.");
    for (const person of [going, waiting]) {
      const [note] = await notificationsOf(app, person.user.id, "circle.gathering_changed");
      expect(note!.message).toBe("A gathering you joined in Evening Willows has changed");
      expect(note!.href).toBe(path);
    }
    expect(await notificationsOf(app, bystander.user.id, "circle.gathering_changed")).toHaveLength(0);
    expect(await notificationsOf(app, c.facilitator.user.id, "circle.gathering_changed")).toHaveLength(0);
    const audits = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "circle.gathering_updated"), eq(auditLog.targetId, id)));
    expect(audits).toHaveLength(1);
  });

  it("a cancelled gathering shows as cancelled, takes no RSVPs, and its .ics and the feed say STATUS:CANCELLED", async () => {
    const c = await createCircle(app, { name: "Morning Harbour" });
    const [going, waiting, later] = [await joinOpen(app, c.slug), await joinOpen(app, c.slug), await joinOpen(app, c.slug)];
    const id = await schedule(c.facilitator.client, c.slug);
    const path = `/circles/${c.slug}/gatherings/${id}`;
    await going.client.post(path, { intent: "rsvp" });
    await waiting.client.post(path, { intent: "rsvp" });
    const feed = await feedPath(going.client);
    expect(unfold(await (await app.client().get(feed)).text())).toContain("STATUS:CONFIRMED");

    expect((await going.client.post(`${path}/edit`, { intent: "cancel-gathering", confirm: "yes" })).status).toBe(403);
    const r = await c.facilitator.client.post(`${path}/edit`, { intent: "cancel-gathering", confirm: "yes" });
    expect(r.status).toBe(302);
    const [g] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, id));
    expect(g!.cancelledAt).not.toBeNull();
    expect(g!.sequence).toBe(1);

    const page = (await later.client.html(path)).html;
    expect(page).toContain("This gathering has been cancelled.");
    expect(page).not.toContain("I will come");
    expect(page).not.toContain("Join the waitlist");
    expect((await later.client.html(`/circles/${c.slug}`)).html).toMatch(/Spring circle<\/a><span class="tag">Cancelled<\/span>/);
    expect((await later.client.post(path, { intent: "rsvp" })).status).toBe(302);
    expect(
      await app.db
        .select()
        .from(circleGatheringRsvps)
        .where(and(eq(circleGatheringRsvps.gatheringId, id), eq(circleGatheringRsvps.userId, later.user.id))),
    ).toHaveLength(0);
    // Someone leaving a cancelled gathering does not pull the waitlist into it.
    await going.client.post(path, { intent: "cancel" });
    expect(await notificationsOf(app, waiting.user.id, "circle.rsvp_promoted")).toHaveLength(0);

    for (const ics of [await (await going.client.get(`${path}/event.ics`)).text(), await (await app.client().get(feed)).text()]) {
      const text = unfold(ics);
      expect(text).toContain(`UID:gathering-${id}@restorative-network`);
      expect(text).toContain("SEQUENCE:1\r\n");
      expect(text).toContain("STATUS:CANCELLED\r\n");
      expect(text).toMatch(/LAST-MODIFIED:\d{8}T\d{6}Z/);
    }

    for (const person of [going, waiting]) {
      const notes = await notificationsOf(app, person.user.id, "circle.gathering_cancelled");
      expect(notes.map((n) => n.message)).toEqual(["A gathering you joined in Morning Harbour has been cancelled"]);
    }
    expect(await notificationsOf(app, later.user.id, "circle.gathering_cancelled")).toHaveLength(0);
    expect(
      await app.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "circle.gathering_cancelled"), eq(auditLog.targetId, id))),
    ).toHaveLength(1);

    // Cancelled is final: no more edits.
    const edit = await c.facilitator.client.post(`${path}/edit`, { ...FIELDS, intent: "save" });
    expect(edit.status).toBe(409);
    expect((await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, id)))[0]!.sequence).toBe(1);
  });
});
