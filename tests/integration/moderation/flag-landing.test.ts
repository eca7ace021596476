import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { member, newCircle, openThread, replyTo, signedIn, type Person } from "../circles/circle-helpers";

const app = useTestApp();
let facilitator: Person;
beforeAll(async () => {
  facilitator = await signedIn(app, { role: "facilitator" });
});

/** Three members flag the post; each lands where the redirect sends them. Returns the pages they land on. */
async function flagThrice(postId: string, readers: Person[]) {
  const landings: Array<{ href: string; status: number; html: string }> = [];
  for (const r of readers) {
    const response = await r.client.post("/flags", { postId, reason: "unsafe", note: "" });
    expect(response.status).toBe(302);
    const href = response.headers.get("location")!;
    landings.push({ href, ...(await r.client.html(href)) });
  }
  return landings;
}

describe(`where a member lands after flagging (${testDriver()})`, () => {
  it("the member whose flag hides an opening post goes back to the circle with a kind note, not a 404", async () => {
    const circle = await newCircle(app, facilitator);
    const author = await member(app, circle.slug);
    const readers = [await member(app, circle.slug), await member(app, circle.slug), await member(app, circle.slug)];
    const { postId } = await openThread(app, author.client, circle.slug, "A hard week", "Words that some found hard to read.");
    const landings = await flagThrice(postId!, readers);
    expect(landings[0]!.status).toBe(200);
    expect(landings[0]!.html).toContain("Thank you for flagging this post. A facilitator will look at it with care.");
    const third = landings[2]!;
    expect(third.href).toBe(`/circles/${circle.slug}?flagged=thread-hidden`);
    expect(third.status).toBe(200);
    expect(third.html).toContain("so its thread is hidden until a facilitator has looked at it");
  });

  it("after a reply is hidden, the member stays on the thread and is told why the reply is gone", async () => {
    const circle = await newCircle(app, facilitator);
    const author = await member(app, circle.slug);
    const readers = [await member(app, circle.slug), await member(app, circle.slug), await member(app, circle.slug)];
    const { threadId } = await openThread(app, facilitator.client, circle.slug, "Check-in", "How is everyone this week?");
    const { postId } = await replyTo(app, author.client, circle.slug, threadId!, "A reply some found hard to read.");
    const landings = await flagThrice(postId!, readers);
    const third = landings[2]!;
    expect(third.status).toBe(200);
    expect(third.html).toContain("so it is hidden until a facilitator has looked at it");
    expect(third.html).not.toContain("A reply some found hard to read.");
  });
});
