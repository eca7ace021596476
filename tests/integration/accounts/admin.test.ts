import { and, eq } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, sessions, users } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, signIn } from "../../support/people";

const app = useTestApp();

describe(`administration (${testDriver()})`, () => {
  it("writes an audit entry with each role change, in the same request", async () => {
    const admin = await createUser(app.db, { role: "admin" });
    const target = await createUser(app.db);
    const client = app.client();
    await signIn(client, admin.email);
    for (const role of ["facilitator", "moderator"]) {
      const r = await client.post(`/admin/users/${target.id}`, { intent: "change-role", role, reason: `Promoted to ${role}`, permissions: ["reviewer"] });
      expect(r.status).toBe(200);
    }
    const entries = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, target.id), eq(auditLog.action, "user.role_changed")));
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.actorId)).toEqual([admin.id, admin.id]);
    expect(entries.map((e) => e.reason)).toEqual(["Promoted to facilitator", "Promoted to moderator"]);
    expect(entries[1]!.metadata).toMatchObject({ from: "facilitator", to: "moderator" });
    const [row] = await app.db.select().from(users).where(eq(users.id, target.id));
    expect(row!.role).toBe("moderator");
    expect(row!.permissions).toEqual(["reviewer"]);
  });

  it("requires a reason, keeping the form", async () => {
    const admin = await createUser(app.db, { role: "admin" });
    const target = await createUser(app.db);
    const client = app.client();
    await signIn(client, admin.email);
    const r = await client.post(`/admin/users/${target.id}`, { intent: "change-role", role: "admin", reason: "" });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("Give a short reason for the change");
  });

  it("suspending a user ends all their sessions at once", async () => {
    const admin = await createUser(app.db, { role: "admin" });
    const target = await createUser(app.db);
    const adminClient = app.client();
    const targetClient = app.client();
    await signIn(adminClient, admin.email);
    await signIn(targetClient, target.email);
    await signIn(app.client(), target.email);
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, target.id))).toHaveLength(2);
    const r = await adminClient.post(`/admin/users/${target.id}`, { intent: "suspend", reason: "Repeated harassment after warnings" });
    expect(r.status).toBe(200);
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, target.id))).toHaveLength(0);
    expect((await targetClient.get("/account")).status).toBe(302);
    const login = await app.client().post("/login", { email: target.email, password: "a calm and quiet harbour" });
    expect(await login.text()).toContain("This account is paused");
  });

  it("keeps non-admins out of the admin pages", async () => {
    const moderator = await createUser(app.db, { role: "moderator" });
    const client = app.client();
    await signIn(client, moderator.email);
    expect((await client.get("/admin")).status).toBe(403);
    expect((await app.client().get("/admin")).status).toBe(302);
  });

  it("refuses to edit or delete audit entries at the database level", async () => {
    await expect(app.db.execute(sql`update audit_log set reason = 'changed'`)).rejects.toThrow();
    await expect(app.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
