import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, circleMemberships, circlePosts } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { createCircle, joinOpen, reply, signedIn, startThread } from "../circles/circle-helpers";
import { actionRoutes, fillPattern, paramValues } from "./route-manifest";
import { readMailbox } from "../../support/mail";

// A member writes under the pseudonym "Pōhutukawa". Staff may see the pseudonym's posts (moderating
// views) and may see the account (admin pages), but no page, loader data or email may show the account
// together with the pseudonym or with an id that the moderating views tie to the pseudonym.

const PSEUDONYM = "Pōhutukawa";
const DISPLAY_NAME = "Aroha Kereama";

const app = useTestApp();
let account: { id: string; email: string };
let linked: string[];
let slug: string;
const staff: [string, HttpClient][] = [];

beforeAll(async () => {
  const circle = await createCircle(app, { kind: "open" });
  slug = circle.slug;
  const member = await joinOpen(app, slug, { pseudonym: PSEUDONYM, displayName: DISPLAY_NAME });
  account = member.user;
  const other = await joinOpen(app, slug);
  const { threadId } = await startThread(member.client, slug, { title: "After the night shift", body: "I keep thinking about what happened that night." });
  await reply(other.client, slug, threadId!, "Thank you for saying this here.");
  await reply(member.client, slug, threadId!, "It helps to read that. Thank you.");
  const [otherPost] = await app.db.select().from(circlePosts).where(eq(circlePosts.body, "Thank you for saying this here."));
  await member.client.post(`/circles/${slug}/threads/${threadId}`, { intent: "support", postId: otherPost!.id });
  await member.client.post(`/circles/${slug}/threads/${threadId}`, { intent: "follow" });
  const when = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const g = await circle.facilitator.client.post(`/circles/${slug}/gatherings/new`, {
    title: "Evening circle",
    startsLocal: `${when}T19:00`,
    endsLocal: `${when}T20:00`,
    onlineUrl: "https://meet.example.org/x",
    place: "",
    capacity: "",
  });
  const gatheringId = g.headers.get("location")?.split("/").pop();
  if (gatheringId) await member.client.post(`/circles/${slug}/gatherings/${gatheringId}`, { intent: "rsvp" });

  const [membership] = await app.db.select().from(circleMemberships).where(eq(circleMemberships.userId, account.id));
  const posts = await app.db.select({ id: circlePosts.id }).from(circlePosts).where(eq(circlePosts.authorMembershipId, membership!.id));
  expect(posts).toHaveLength(2);
  // Everything the moderating views show beside the pseudonym, in full and as the 8-character short form.
  linked = [membership!.id, ...posts.map((p) => p.id)].flatMap((id) => [id, id.slice(0, 8)]);
  staff.push(["admin", (await signedIn(app, { role: "admin" })).client]);
  staff.push(["moderator", (await signedIn(app, { role: "moderator" })).client]);
  staff.push(["circle facilitator", circle.facilitator.client]);
}, 180_000);

/** What on a page would join the account to the pseudonym; empty when nothing does. */
function joins(text: string): string[] {
  const showsAccount = text.includes(DISPLAY_NAME) || text.includes(account.email) || text.includes(account.id);
  if (!showsAccount) return [];
  return [PSEUDONYM, ...linked].filter((marker) => text.includes(marker));
}

describe(`a pseudonym stays sealed on every staff page (${testDriver()})`, () => {
  it("records acts under a pseudonym against the membership, not the account", async () => {
    const rows = await app.db.select().from(auditLog);
    const memberActs = rows.filter(
      (r) =>
        ["circle.joined", "circle.rules_accepted", "circle.thread_created", "circle.reply_created", "circle.post_supported", "circle.thread_followed"].includes(
          r.action,
        ) && (r.metadata as { actorMembershipId?: string } | null)?.actorMembershipId === linked[0],
    );
    expect(memberActs.map((r) => r.action).sort()).toEqual(
      expect.arrayContaining(["circle.joined", "circle.reply_created", "circle.rules_accepted", "circle.thread_created"]),
    );
    expect(rows.filter((r) => r.actorId === account.id && r.action.startsWith("circle."))).toEqual([]);
  });

  it("never shows the account with the pseudonym or its post and membership ids, on any page, loader data or email", async () => {
    const values = await paramValues(app.db);
    values.userId = () => account.id;
    const pages = (await actionRoutes("page")).map((r) => fillPattern(r.pattern, values)).filter((u): u is string => !!u);
    const urls = pages.flatMap((u) => [u, `${u}${u.includes("?") ? "&" : "?"}view=moderating`]);
    const problems: string[] = [];
    let fetched = 0;
    for (const [who, client] of staff) {
      for (const url of urls) {
        const response = await client.get(url);
        fetched += 1;
        const found = joins(await response.text());
        if (found.length) problems.push(`${who} GET ${url} shows the account with ${found.join(", ")}`);
      }
      for (const id of ["routes/admin.audit", "routes/admin._index", "routes/admin.users.$userId", "routes/moderation", "routes/reveals"]) {
        const url =
          id === "routes/admin.users.$userId"
            ? `/admin/users/${account.id}?_data=${encodeURIComponent(id)}`
            : `${id.replace("routes/", "/").replace("._index", "").replace(/\./g, "/")}?_data=${encodeURIComponent(id)}`;
        const found = joins(await (await client.get(url)).text());
        fetched += 1;
        if (found.length) problems.push(`${who} GET ${url} shows the account with ${found.join(", ")}`);
      }
    }
    await readMailbox(app.dataDir); // sends what is still queued, so every email is checked
    const mailDir = path.join(app.dataDir, "mail");
    for (const file of existsSync(mailDir) ? readdirSync(mailDir) : []) {
      const found = joins(readFileSync(path.join(mailDir, file), "utf8"));
      if (found.length) problems.push(`email ${file} shows the account with ${found.join(", ")}`);
    }
    console.log(`pseudonym sealing: ${fetched} staff page loads checked as admin, moderator and facilitator; joins found: ${problems.length}`);
    expect(fetched).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  }, 900_000);
});
