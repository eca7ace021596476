import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { careAlerts } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { auditFor, circleWithCareTeam, member, openThread, postStatus, replyTo, type Person } from "../circles/circle-helpers";

// The private care note under a post in distress: truthful about who sees what, there on every visit
// until the author closes it, and consistent with /care/request-peer and /support.

const app = useTestApp();
let circle: { slug: string; name: string; id: string };
let author: Person;
let reader: Person;
beforeAll(async () => {
  ({ circle, author, reader } = await circleWithCareTeam(app, { pseudonym: "Quiet Harbour", country: "GB" }));
});

const threadPath = (threadId: string) => `/circles/${circle.slug}/threads/${threadId}`;
const NOTE = "We are glad you wrote this";

describe(`the private care note (${testDriver()})`, () => {
  it("is truthful, stays across reloads until the author closes it, and only the author can close it", async () => {
    const posted = await openThread(app, author.client, circle.slug, "Mornings", "I don't want to wake up tomorrow. I can't keep going.");
    expect(posted.response.status).toBe(302);
    expect(posted.response.headers.get("location")).toBe(`${threadPath(posted.threadId!)}#care-note`);
    expect((await postStatus(app, posted.postId!)).status).toBe("visible");

    const first = await author.client.html(threadPath(posted.threadId!));
    expect(first.status).toBe(200);
    expect(first.html).toContain(NOTE);
    expect(first.html).toContain("Only you can see this note.");
    expect(first.html).toContain("Your post itself is in the circle as usual, where its members can read it.");
    expect(first.html).not.toContain("Your post is shared with the circle");
    expect(first.html).toContain("Ask for a peer supporter");
    expect(first.html).toContain("Close this note");

    // A reload, and a later visit, still show it.
    expect((await author.client.html(threadPath(posted.threadId!))).html).toContain(NOTE);
    expect((await author.client.html(`${threadPath(posted.threadId!)}?last=1`)).html).toContain(NOTE);
    // Nobody else sees it, and nobody else can close it.
    const readerView = await reader.client.html(threadPath(posted.threadId!));
    expect(readerView.html).toContain("want to wake up tomorrow. I can");
    expect(readerView.html).not.toContain(NOTE);
    expect((await reader.client.post("/care/close-note", { circleId: circle.id, postId: posted.postId!, returnTo: threadPath(posted.threadId!) })).status).toBe(
      404,
    );
    expect((await author.client.html(threadPath(posted.threadId!))).html).toContain(NOTE);

    const closed = await author.client.post("/care/close-note", { circleId: circle.id, postId: posted.postId!, returnTo: threadPath(posted.threadId!) });
    expect(closed.status).toBe(302);
    expect(closed.headers.get("location")).toBe(threadPath(posted.threadId!));
    expect((await author.client.html(threadPath(posted.threadId!))).html).not.toContain(NOTE);
    const [alert] = await app.db.select().from(careAlerts).where(eq(careAlerts.postId, posted.postId!));
    expect(alert!.authorDismissedAt).toBeInstanceOf(Date);
    // The care team still has the alert: closing the note is not closing the alert.
    expect(alert!.status).toBe("open");
    expect(await auditFor(app, "care.panel_closed", alert!.id)).toHaveLength(1);
  });

  it("appears for a reply in distress too, and never sends anyone elsewhere than a thread", async () => {
    const opened = await openThread(app, author.client, circle.slug, "Evenings", "Writing to keep a record of the week.");
    const reply = await replyTo(app, author.client, circle.slug, opened.threadId!, "Everyone would be better off without me.");
    expect(reply.response.status).toBe(302);
    expect(reply.response.headers.get("location")).toContain("#care-note");
    expect((await author.client.html(threadPath(opened.threadId!))).html).toContain(NOTE);
    const offsite = await author.client.post("/care/close-note", { circleId: circle.id, postId: reply.postId!, returnTo: "https://evil.example/" });
    expect(offsite.status).toBe(302);
    expect(offsite.headers.get("location")).toBe("/circles");
  });

  it("GET /care/request-peer never claims a peer supporter was asked; only the POST asks, and then the note says so", async () => {
    const visitor = await member(app, circle.slug);
    const before = await visitor.client.html("/care/request-peer");
    expect(before.status).toBe(200);
    expect(before.html).not.toContain("A peer supporter has been asked");
    expect(before.html).toContain("You have not asked for a peer supporter, so no one has been asked.");

    const posted = await openThread(app, visitor.client, circle.slug, "Tonight", "i want it all to stop");
    expect((await visitor.client.html("/care/request-peer")).html).not.toContain("A peer supporter has been asked");
    const asked = await visitor.client.post("/care/request-peer", { circleId: circle.id, postId: posted.postId! });
    expect(asked.status).toBe(302);
    const after = await visitor.client.html("/care/request-peer");
    expect(after.html).toContain("A peer supporter has been asked");
    expect(after.html).toContain("You asked on");
    const note = await visitor.client.html(threadPath(posted.threadId!));
    expect(note.html).toContain("You have asked for a peer supporter.");
    expect(note.html).not.toContain(">Ask for a peer supporter</button>");
  });

  it("/support describes the note the panel really offers, not a button on every post", async () => {
    const page = await reader.client.html("/support");
    expect(page.status).toBe(200);
    expect(page.html).not.toContain("from any post you write");
    expect(page.html).toContain("a private note appears for you on that thread");
    expect(page.html).toContain("“Ask for a peer supporter”");
    expect(page.html).toContain("The note stays until");
    // Every button /support names is on the note itself.
    const posted = await openThread(app, reader.client, circle.slug, "Heavy", "I can't do this anymore.");
    const thread = await reader.client.html(threadPath(posted.threadId!));
    expect(thread.html).toContain(">Ask for a peer supporter</button>");
  });
});
