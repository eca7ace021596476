import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appeals, moderationActions } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { AHEAD } from "../../support/dates";
import { testDriver } from "../../support/database";
import { member, newCircle, notificationsOf, openThread, signedIn, type Person } from "../circles/circle-helpers";

const app = useTestApp();
let facilitator: Person;
let moderatorOne: Person;
let moderatorTwo: Person;
beforeAll(async () => {
  facilitator = await signedIn(app, { role: "facilitator" });
  moderatorOne = await signedIn(app, { role: "moderator" });
  moderatorTwo = await signedIn(app, { role: "moderator" });
});

const text = (html: string) => html.split("window.__remixContext")[0]!.replaceAll("<!-- -->", "");

describe(`small things people notice (${testDriver()})`, () => {
  it("one full stop between sentences, and a private note is described to staff as the member's, not theirs", async () => {
    const circle = await newCircle(app, facilitator);
    const author = await member(app, circle.slug);
    const reader = await member(app, circle.slug);
    const { postId } = await openThread(app, author.client, circle.slug, "A long week", "It was a long week on the ward.");
    await reader.client.post("/flags", { postId: postId!, reason: "unsafe", note: "" });
    const r = await moderatorOne.client.post(`/circles/${circle.slug}/review`, {
      intent: "post",
      postId: postId!,
      decision: "warn",
      reason: "Please take care with names for now.",
      body: "",
    });
    expect(r.status).toBeLessThan(400);
    const [note] = await notificationsOf(app, author.user.id, "moderation.warn");
    expect(note!.message).toBe(
      `A private note from a moderator about your post in ${circle.name}: Please take care with names for now. You can appeal this decision.`,
    );
    expect(note!.message).not.toContain("..");

    const [action] = await app.db.select().from(moderationActions).where(eq(moderationActions.postId, postId!));
    const mine = text((await author.client.html(`/appeals/new?action=${action!.id}`)).html);
    expect(mine).toContain("sent you a private note");
    await author.client.post(`/appeals/new?action=${action!.id}`, { message: "Please look again: there were no names in it." });
    const [appeal] = await app.db.select().from(appeals).where(eq(appeals.actionId, action!.id));
    for (const path of [`/appeals/${appeal!.id}`, "/appeals"]) {
      const staff = text((await moderatorTwo.client.html(path)).html);
      expect(staff, path).toContain("sent the member a private note");
      expect(staff, path).not.toContain("sent you a private note");
    }
  });

  it("“The 1 person … is told”, not “are told”", async () => {
    const circle = await newCircle(app, facilitator);
    const going = await member(app, circle.slug);
    const r = await facilitator.client.post(`/circles/${circle.slug}/gatherings/new`, {
      title: "Evening",
      startsLocal: `${AHEAD}-03-03T19:00`,
      endsLocal: `${AHEAD}-03-03T20:00`,
      onlineUrl: "https://meet.example.org/e",
      place: "",
      capacity: "",
    });
    const path = r.headers.get("location")!;
    await going.client.post(path, { intent: "rsvp" });
    const page = text((await facilitator.client.html(`${path}/edit`)).html);
    expect(page).toContain("The 1 person who said they would come or is on the waitlist is told that it changed");
    expect(page).not.toContain("1 person who said they would come or are on the waitlist are told");
  });
});
