import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createCircle, signedIn } from "../circles/circle-helpers";

const app = useTestApp();

// The header's unread count and menu facts come from one query on every signed-in page (accounts/menu.server).
describe(`the signed-in header (${testDriver()})`, () => {
  it("counts only this person's unread notifications, in the badge and next to the menu link", async () => {
    const me = await signedIn(app);
    const someoneElse = await signedIn(app);
    const note = (userId: string, i: number) => ({
      id: `n-${userId}-${i}`,
      userId,
      kind: "reply",
      message: "A new reply in a thread you follow.",
      href: "/notifications",
    });
    await app.db.insert(notifications).values([note(me.user.id, 1), note(me.user.id, 2), note(me.user.id, 3), note(someoneElse.user.id, 1)]);
    await app.db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(eq(notifications.id, `n-${me.user.id}-3`));

    const html = await (await me.client.get("/")).text();
    expect(html).toContain('aria-label="2 unread notifications"');
    expect(html).toContain("Notifications<!-- --> (2 new)");

    await app.db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.userId, me.user.id));
    const after = await (await me.client.get("/")).text();
    expect(after).not.toContain("unread notifications");
    expect(after).not.toContain("new)");
  });

  it("offers the care queue to a circle's facilitator and not to a member who facilitates nothing", async () => {
    const { facilitator } = await createCircle(app);
    const member = await signedIn(app);
    expect(await (await facilitator.client.get("/")).text()).toContain('href="/care"');
    const memberPage = await (await member.client.get("/")).text();
    expect(memberPage).toContain('href="/account"');
    expect(memberPage).not.toContain('href="/care"');
  });
});
