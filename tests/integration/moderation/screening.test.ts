import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { careAlerts, circleThreads, postFlags, watchedWords } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { deliverPendingEmails, readMailbox } from "../../support/mail";
import { member, newCircle, notificationsOf, openThread, postStatus, replyTo, signedIn, wantsImmediateEmail, type Person } from "../circles/circle-helpers";

const app = useTestApp();
let facilitator: Person;
let moderator: Person;
let peer: Person;
let circle: Awaited<ReturnType<typeof newCircle>>;
let author: Person;
let reader: Person;
beforeAll(async () => {
  facilitator = await signedIn(app, { role: "facilitator" });
  moderator = await signedIn(app, { role: "moderator" });
  peer = await signedIn(app, { role: "peer_supporter", displayName: "Peer Supporter Wen" });
  circle = await newCircle(app, facilitator);
  author = await member(app, circle.slug, { pseudonym: "Morning Tide", country: "GB" });
  reader = await member(app, circle.slug);
});

async function newThread(title: string, body: string) {
  return openThread(app, author.client, circle.slug, title, body);
}

describe(`watched words (${testDriver()})`, () => {
  it("blocks with a kind explanation and keeps the text, holds, and flags, with wildcards, case and accents", async () => {
    expect((await moderator.client.post("/moderation/watched-words", { intent: "add", pattern: "Imbécile", action: "block", note: "Insult" })).status).toBe(
      200,
    );
    expect(
      (await facilitator.client.post(`/circles/${circle.slug}/watched-words`, { intent: "add", pattern: "harass*", action: "hold", note: "" })).status,
    ).toBe(200);
    expect(
      (await facilitator.client.post(`/circles/${circle.slug}/watched-words`, { intent: "add", pattern: "sell * online", action: "flag", note: "" })).status,
    ).toBe(200);

    const blockedText = "Honestly my manager is an IMBECILE about rotas.";
    const blocked = await newThread("Rotas", blockedText);
    expect(blocked.response.status).toBe(400);
    const html = await blocked.response.text();
    expect(html).toContain("has asked members not to use");
    expect(html).toContain("your text is kept below");
    expect(html).toContain(blockedText);
    expect(await app.db.select().from(circleThreads).where(eq(circleThreads.title, "Rotas"))).toHaveLength(0);

    const held = await newThread("Corridors", "I felt harassed in the corridor after the incident review.");
    expect(held.response.status).toBe(200);
    expect(await held.response.text()).toContain("a facilitator will read this before others can see it".replace("a facilitator", "A facilitator"));
    expect((await postStatus(app, held.postId!)).status).toBe("held");
    expect((await reader.client.html(`/circles/${circle.slug}/threads/${held.threadId}`)).html).not.toContain("felt harassed in the corridor");

    // Word edges: "class" is not "ass"-like, and "harassing" is inside the wildcard.
    const fine = await newThread("Study", "A class on incident reviews helped me; the harp music did too.");
    expect((await postStatus(app, fine.postId!)).status).toBe("visible");

    const flagged = await newThread("Offers", "Someone tried to sell courses online to our group.");
    expect((await postStatus(app, flagged.postId!)).status).toBe("visible");
  });

  it("“test this text” says what would happen without saving anything", async () => {
    const before = (await app.db.select().from(watchedWords)).length;
    const r = await facilitator.client.post(`/circles/${circle.slug}/watched-words`, {
      intent: "test",
      text: "They harassed me and called me an imbécile. Call 07700 900123.",
    });
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain("It would be refused");
    expect(html).toMatch(/harassed.{0,40}matches <code>harass\*<\/code>/);
    expect(html).toContain("phone number");
    expect((await app.db.select().from(watchedWords)).length).toBe(before);
    const calm = await facilitator.client.post(`/circles/${circle.slug}/watched-words`, { intent: "test", text: "Today was gentler." });
    expect(await calm.text()).toContain("It would be published.");
  });

  it("imports CSV, reports bad rows by row number, and round-trips through export", async () => {
    const csv = [
      "pattern,action,note",
      "rubbish nurse,block,Demeaning",
      "wrong,maybe,",
      "*,hold,only a wildcard",
      '"kick, out",hold,"quoted, comma"',
      "rubbish nurse,flag,duplicate",
    ].join("\n");
    const r = await facilitator.client.post(`/circles/${circle.slug}/watched-words`, { intent: "import", csv });
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain("Row 3: action: “maybe” is not one of block, hold, flag.".replace("“maybe”", "&quot;maybe&quot;"));
    expect(html).toContain("Row 4: pattern:");
    expect(html).toContain("Row 6: pattern: the same pattern is already on row 2.");
    expect(html).toContain("Imported 2 new");
    const exported = await facilitator.client.get(`/circles/${circle.slug}/watched-words.csv`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toContain("text/csv");
    const text = await exported.text();
    expect(text.split("\r\n")[0]).toBe("pattern,action,note");
    expect(text).toContain("rubbish nurse,block,Demeaning");
    expect(text).toContain('"kick, out",hold,"quoted, comma"');
    const again = await facilitator.client.post(`/circles/${circle.slug}/watched-words`, { intent: "import", csv: text });
    expect(again.status).toBe(200);
    expect(await again.text()).toMatch(/Imported 0 new and updated \d+ existing/);
    // Members cannot see or change the list.
    expect((await reader.client.get(`/circles/${circle.slug}/watched-words.csv`)).status).toBe(403);
    expect((await facilitator.client.get("/moderation/watched-words")).status).toBe(403);
  });
});

describe(`identifier guard (${testDriver()})`, () => {
  it("holds a post with an NHS number or a phone number, gently, and not one with a colleague's first name", async () => {
    const nhs = await replyTo(
      app,
      author.client,
      circle.slug,
      (await newThread("Numbers", "Opening words.")).threadId!,
      "I still remember the NHS number 943 476 5919 on the wristband.",
    );
    expect(nhs.response.status).toBe(200);
    expect(nhs.html).toContain("You have done nothing wrong");
    expect(nhs.html).toContain("record number");
    expect((await postStatus(app, nhs.postId!)).status).toBe("held");

    const phone = await newThread("Talk", "If anyone wants to talk, ring me on 07700 900123.");
    expect((await postStatus(app, phone.postId!)).status).toBe("held");
    expect((await reader.client.html(`/circles/${circle.slug}/threads/${phone.threadId}`)).status).toBe(404);

    const name = await newThread("Kindness", "My colleague Priya sat with me afterwards and it helped more than I can say.");
    expect((await postStatus(app, name.postId!)).status).toBe("visible");
    const queue = await facilitator.client.html(`/circles/${circle.slug}/review`);
    expect(queue.html).toContain("It may contain a patient identifier");
  });
});

describe(`distress is met with care (${testDriver()})`, () => {
  it("shows only the author a care panel, puts an alert in the care queue (not moderation), and keeps the post visible", async () => {
    await wantsImmediateEmail(app, peer.user.id);
    const text = "Some nights I want to die. I keep thinking everyone would be better off without me.";
    const posted = await newThread("Heavy nights", text);
    expect(posted.response.status).toBe(302);
    const authorView = (await author.client.html(`/circles/${circle.slug}/threads/${posted.threadId}`)).html;
    expect(authorView).toContain("Ask for a peer supporter");
    expect((await postStatus(app, posted.postId!)).status).toBe("visible");

    const readerView = await reader.client.html(`/circles/${circle.slug}/threads/${posted.threadId}`);
    expect(readerView.html).toContain("Some nights I want to die.");
    expect(readerView.html).not.toContain("Ask for a peer supporter");

    const [alert] = await app.db.select().from(careAlerts).where(eq(careAlerts.postId, posted.postId!));
    expect(alert!.status).toBe("open");
    const care = await peer.client.html("/care");
    expect(care.status).toBe(200);
    expect(care.html).toContain(`/care/${alert!.id}`);
    expect(care.html).not.toContain("Morning Tide");
    expect((await facilitator.client.html("/care")).html).toContain(`/care/${alert!.id}`);
    expect((await moderator.client.html("/moderation")).html).not.toContain("Some nights I want to die.");
    expect((await reader.client.get("/care")).status).toBe(403);
    expect((await reader.client.get(`/care/${alert!.id}`)).status).toBe(404);

    const [toPeer] = await notificationsOf(app, peer.user.id, "care.alert");
    expect(toPeer!.message).toBe(`Someone in ${circle.name} may need support`);
    expect(await notificationsOf(app, facilitator.user.id, "care.alert")).toHaveLength(1);

    // Only the author can ask for a peer supporter; it adds to the alert and tells peer supporters without the text.
    expect((await reader.client.post("/care/request-peer", { circleId: circle.id, postId: posted.postId! })).status).toBe(404);
    const asked = await author.client.post("/care/request-peer", { circleId: circle.id, postId: posted.postId! });
    expect(asked.status).toBe(302);
    expect((await author.client.html("/care/request-peer")).html).toContain("A peer supporter has been asked");
    const peerNotes = await notificationsOf(app, peer.user.id, "care.peer_requested");
    expect(peerNotes).toHaveLength(1);
    await deliverPendingEmails();
    const peerMail = (await readMailbox(app.dataDir))
      .filter((m) => m.to === peer.user.email)
      .map((m) => m.subject + m.text)
      .join("\n");
    expect(peerMail).toContain("may need support");
    expect(peerMail).not.toContain("want to die");
    expect(peerMail).not.toContain("Morning Tide");

    // The care team picks it up and closes it with a note; the author hears who can talk with them.
    expect((await peer.client.post(`/care/${alert!.id}`, { intent: "acknowledge" })).status).toBe(200);
    const [pickedUp] = await notificationsOf(app, author.user.id, "care.picked_up");
    expect(pickedUp!.message).toContain("Peer Supporter Wen");
    expect((await peer.client.post(`/care/${alert!.id}`, { intent: "close", note: "" })).status).toBe(400);
    expect((await peer.client.post(`/care/${alert!.id}`, { intent: "close", note: "We talked; they have support at home." })).status).toBe(200);
    const [closed] = await app.db.select().from(careAlerts).where(eq(careAlerts.id, alert!.id));
    expect(closed!.status).toBe("closed");
    expect(closed!.closingNote).toBe("We talked; they have support at home.");
    expect((await peer.client.html("/care")).html).not.toContain(`/care/${alert!.id}"`);
  });

  it("never refuses or hides a post in distress because of a watched word", async () => {
    const posted = await newThread("Tired", "I feel like such an imbécile, I want to end it all.");
    expect((await postStatus(app, posted.postId!)).status).toBe("visible");
    expect(await app.db.select().from(careAlerts).where(eq(careAlerts.postId, posted.postId!))).toHaveLength(1);
    expect(await app.db.select().from(postFlags).where(eq(postFlags.postId, posted.postId!))).toHaveLength(0);
  });
});
