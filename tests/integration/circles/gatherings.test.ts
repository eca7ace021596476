import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { circleGatherings, users } from "../../../db/schema";
import { sendGatheringReminders } from "../../../app/circles/gatherings.server";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { createCircle, joinOpen, notificationsOf } from "./circle-helpers";
import { AHEAD, weekdayOf } from "../../support/dates";

const app = useTestApp();
afterEach(() => {
  globalThis.__restorativeClock = undefined;
});

async function schedule(client: HttpClient, slug: string, fields: Record<string, string>) {
  const r = await client.post(`/circles/${slug}/gatherings/new`, { onlineUrl: "", place: "", capacity: "", ...fields });
  expect(
    r.status,
    await r
      .clone()
      .text()
      .then((t) => t.slice(0, 200)),
  ).toBe(302);
  return r.headers.get("location")!.split("/").pop()!;
}

async function feedUrl(client: HttpClient) {
  const html = await (await client.post("/account", { intent: "calendar-feed" })).text();
  const match = html.match(/https?:\/\/[^<\s"]+\/calendar\/[^<\s"]+\/circles\.ics/);
  return new URL(match![0]).pathname;
}

describe(`gatherings (${testDriver()})`, () => {
  it("schedules in the circle's time zone and shows each viewer their own", async () => {
    const c = await createCircle(app, { timeZone: "Pacific/Auckland" });
    const member = await joinOpen(app, c.slug);
    await app.db.update(users).set({ timeZone: "Europe/London" }).where(eq(users.id, member.user.id));
    const bad = await c.facilitator.client.post(`/circles/${c.slug}/gatherings/new`, {
      title: "Oops",
      startsLocal: `${AHEAD}-01-15T19:00`,
      endsLocal: `${AHEAD}-01-15T18:00`,
      onlineUrl: "",
      place: "",
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("The end must be after the start.");
    expect(badHtml).toContain('value="Oops"');
    const id = await schedule(c.facilitator.client, c.slug, {
      title: "Evening circle",
      startsLocal: `${AHEAD}-01-15T19:00`,
      endsLocal: `${AHEAD}-01-15T20:15`,
      onlineUrl: "https://meet.example.org/evening",
    });
    const [g] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, id));
    expect(g!.startsAt.toISOString()).toBe(`${AHEAD}-01-15T06:00:00.000Z`); // NZDT is UTC+13 in January
    const page = (await member.client.html(`/circles/${c.slug}/gatherings/${id}`)).html;
    expect(page).toContain(`${weekdayOf(AHEAD, 1, 15)}, 15 Jan ${AHEAD}, 06:00–07:15 (Europe/London)`);
    expect(page).toContain(`${weekdayOf(AHEAD, 1, 15)}, 15 Jan ${AHEAD}, 19:00–20:15 (Pacific/Auckland)`);
    expect(await notificationsOf(app, member.user.id, "circle.gathering_scheduled")).toHaveLength(1);
    expect((await joinOpen(app, (await createCircle(app)).slug)).client).toBeTruthy();
  });

  it("RSVPs fill the places, then a waitlist; a cancellation promotes the first waitlisted, who is told", async () => {
    const c = await createCircle(app);
    const [a, b, d] = [await joinOpen(app, c.slug), await joinOpen(app, c.slug), await joinOpen(app, c.slug)];
    const id = await schedule(c.facilitator.client, c.slug, {
      title: "Small circle",
      startsLocal: `${AHEAD + 1}-03-01T10:00`,
      endsLocal: `${AHEAD + 1}-03-01T11:00`,
      place: "A quiet room",
      capacity: "1",
    });
    const path = `/circles/${c.slug}/gatherings/${id}`;
    await a.client.post(path, { intent: "rsvp" });
    expect((await a.client.html(path)).html).toContain("You are going.");
    expect((await b.client.html(path)).html).toContain("Join the waitlist");
    await b.client.post(path, { intent: "rsvp" });
    await d.client.post(path, { intent: "rsvp" });
    expect((await b.client.html(path)).html).toMatch(/You are on the waitlist \(number <!-- -->1<!-- -->\)/);
    expect((await d.client.html(path)).html).toMatch(/You are on the waitlist \(number <!-- -->2<!-- -->\)/);
    await a.client.post(path, { intent: "cancel" });
    expect((await b.client.html(path)).html).toContain("You are going.");
    expect((await d.client.html(path)).html).toMatch(/number <!-- -->1<!-- -->/);
    const [told] = await notificationsOf(app, b.user.id, "circle.rsvp_promoted");
    expect(told!.message).toContain("A place opened for you");
    expect(await notificationsOf(app, d.user.id, "circle.rsvp_promoted")).toHaveLength(0);
  });

  it("serves an RFC 5545 .ics file to members only", async () => {
    const c = await createCircle(app, { name: "Circle, with; special \\ characters" });
    const member = await joinOpen(app, c.slug);
    const id = await schedule(c.facilitator.client, c.slug, {
      title: "A long evening gathering title that goes on for long enough to need folding, surely",
      startsLocal: `${AHEAD}-06-01T19:00`,
      endsLocal: `${AHEAD}-06-01T20:00`,
      place: "Room 2, first floor",
    });
    const r = await member.client.get(`/circles/${c.slug}/gatherings/${id}/event.ics`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/calendar");
    const ics = await r.text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(`UID:gathering-${id}@restorative-network`);
    expect(unfolded).toContain(`DTSTART:${AHEAD}0601T180000Z`);
    expect(unfolded).toContain(`DTEND:${AHEAD}0601T190000Z`);
    expect(unfolded).toContain("Circle\\, with\\; special \\\\ characters");
    expect(unfolded).toContain("LOCATION:Room 2\\, first floor");
    const stranger = await joinOpen(app, (await createCircle(app)).slug);
    expect((await stranger.client.get(`/circles/${c.slug}/gatherings/${id}/event.ics`)).status).toBe(302);
    expect((await app.client().get(`/circles/${c.slug}/gatherings/${id}/event.ics`)).status).toBe(302);
  });

  it("a private feed holds only the member's circles; a new token makes the old URL stop working", async () => {
    const mine = await createCircle(app);
    const theirs = await createCircle(app);
    const member = await joinOpen(app, mine.slug);
    await schedule(mine.facilitator.client, mine.slug, {
      title: "Mine-gathering",
      startsLocal: `${AHEAD}-02-01T10:00`,
      endsLocal: `${AHEAD}-02-01T11:00`,
      place: "Here",
    });
    await schedule(theirs.facilitator.client, theirs.slug, {
      title: "Theirs-gathering",
      startsLocal: `${AHEAD}-02-02T10:00`,
      endsLocal: `${AHEAD}-02-02T11:00`,
      place: "There",
    });
    const first = await feedUrl(member.client);
    const feed = await app.client().get(first);
    expect(feed.status).toBe(200);
    const text = await feed.text();
    expect(text).toContain("Mine-gathering");
    expect(text).not.toContain("Theirs-gathering");
    const second = await feedUrl(member.client);
    expect(second).not.toBe(first);
    expect((await app.client().get(first)).status).toBe(404);
    expect((await app.client().get(second)).status).toBe(200);
    expect((await member.client.html("/account")).html).toContain("You have a calendar link");
    // Leaving the circle takes its gatherings out of the feed.
    await member.client.post(`/circles/${mine.slug}`, { intent: "leave" });
    expect(await (await app.client().get(second)).text()).not.toContain("Mine-gathering");
  });

  it("reminds people who are going, once, when a gathering starts within a day", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug);
    const id = await schedule(c.facilitator.client, c.slug, {
      title: "Soon",
      startsLocal: `${AHEAD + 2}-05-10T10:00`,
      endsLocal: `${AHEAD + 2}-05-10T11:00`,
      place: "Here",
    });
    await member.client.post(`/circles/${c.slug}/gatherings/${id}`, { intent: "rsvp" });
    await sendGatheringReminders();
    expect(await notificationsOf(app, member.user.id, "circle.gathering_reminder")).toHaveLength(0);
    globalThis.__restorativeClock = () => new Date(`${AHEAD + 2}-05-09T12:00:00Z`);
    await sendGatheringReminders();
    await sendGatheringReminders();
    const reminders = await notificationsOf(app, member.user.id, "circle.gathering_reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.href).toBe(`/circles/${c.slug}/gatherings/${id}`);
  });
});
