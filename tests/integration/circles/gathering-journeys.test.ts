import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { circleGatherings, users } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { AHEAD, weekdayOf } from "../../support/dates";
import { createCircle, joinOpen } from "./circle-helpers";

const app = useTestApp();

const FIELDS = {
  title: "Winter circle",
  startsLocal: `${AHEAD}-01-15T19:00`,
  endsLocal: `${AHEAD}-01-15T20:00`,
  onlineUrl: "https://meet.example.org/winter",
  place: "",
  capacity: "",
};

async function schedule(client: HttpClient, slug: string, extra: Record<string, string> = {}) {
  const r = await client.post(`/circles/${slug}/gatherings/new`, { ...FIELDS, ...extra });
  expect(r.status).toBe(302);
  return r.headers.get("location")!.split("/").pop()!;
}

const text = (html: string) => html.split("window.__remixContext")[0]!.replaceAll("<!-- -->", "");

describe(`gatherings as people meet them (${testDriver()})`, () => {
  it("cancelling asks first, and a cancelled gathering never says “you are going”", async () => {
    const c = await createCircle(app);
    const member = await joinOpen(app, c.slug);
    const id = await schedule(c.facilitator.client, c.slug);
    const path = `/circles/${c.slug}/gatherings/${id}`;
    expect((await member.client.post(path, { intent: "rsvp" })).status).toBe(302);
    expect(text((await member.client.html(`/circles/${c.slug}`)).html)).toContain("you are going");

    const asked = await c.facilitator.client.post(`${path}/edit`, { intent: "cancel-gathering" });
    expect(asked.status).toBe(200);
    const question = text(await asked.text());
    expect(question).toContain("Cancel “Winter circle” for good?");
    expect(question).toContain("The 1 person who joined will be told.");
    expect(question).toContain("Yes, cancel the gathering");
    const [still] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, id));
    expect(still!.cancelledAt).toBeNull();

    expect((await c.facilitator.client.post(`${path}/edit`, { intent: "cancel-gathering", confirm: "yes" })).status).toBe(302);
    const [gone] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, id));
    expect(gone!.cancelledAt).not.toBeNull();
    const list = text((await member.client.html(`/circles/${c.slug}`)).html);
    expect(list).toContain("Cancelled");
    expect(list).not.toContain("you are going");
    const page = text((await member.client.html(path)).html);
    expect(page).toContain("This gathering has been cancelled.");
    expect(page).not.toContain("You are going.");
  });

  it("a facilitator may type the times in their own zone; they are saved and shown in the circle's", async () => {
    const c = await createCircle(app, { timeZone: "Europe/London" });
    await app.db.update(users).set({ timeZone: "Pacific/Auckland" }).where(eq(users.id, c.facilitator.user.id));
    const form = text((await c.facilitator.client.html(`/circles/${c.slug}/gatherings/new`)).html);
    expect(form).toContain("The times below are in");
    expect(form).toContain("Your time zone (Pacific/Auckland)");

    const bad = await c.facilitator.client.post(`/circles/${c.slug}/gatherings/new`, { ...FIELDS, inputZone: "Mars/Olympus" });
    expect(bad.status).toBe(400);
    expect(text(await bad.text())).toContain("Choose a time zone from the list.");

    const id = await schedule(c.facilitator.client, c.slug, { inputZone: "Pacific/Auckland" });
    const [g] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, id));
    // 19:00 in Auckland (NZDT, +13) is 06:00 UTC, which is 06:00 in London in January.
    expect(g!.startsAt.toISOString()).toBe(`${AHEAD}-01-15T06:00:00.000Z`);
    const page = text((await c.facilitator.client.html(`/circles/${c.slug}/gatherings/${id}`)).html);
    expect(page).toContain(`${weekdayOf(AHEAD, 1, 15)}, 15 Jan ${AHEAD}, 19:00–20:00 (Pacific/Auckland)`);
    expect(page).toContain("In the circle&#x27;s time zone");
    expect(page).toContain(`${weekdayOf(AHEAD, 1, 15)}, 15 Jan ${AHEAD}, 06:00–07:00 (Europe/London)`);

    // Without a choice the times are the circle's, as before.
    const plain = await schedule(c.facilitator.client, c.slug);
    const [p] = await app.db.select().from(circleGatherings).where(eq(circleGatherings.id, plain));
    expect(p!.startsAt.toISOString()).toBe(`${AHEAD}-01-15T19:00:00.000Z`);
  });
});
