// Every SQL twin of a role rule must pick exactly the people its per-person check admits, for every role,
// every set of extra permissions and both account states. The people are generated, not hand-picked, and
// the SQL runs in the real database (PGlite here, PostgreSQL in CI).
import { eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../db/client";
import { circleFacilitators, circles, users } from "../../../db/schema";
import { PERMISSIONS, SITE_ROLES, type Permission } from "../../../db/schema/vocabulary";
import {
  canModerateCircle,
  canReviewReflections,
  hasPermission,
  hasPermissionSql,
  isLearningReviewer,
  isSiteModerator,
  learningReviewersSql,
  reviewableCircleSql,
  reviewableReflectionsSql,
  siteModeratorSql,
  type Actor,
} from "../../../app/utils/policy.server";
import { createTestDatabase } from "../../support/database";

type Person = NonNullable<Actor> & { facilitates: boolean };

const permissionSets: Permission[][] = PERMISSIONS.reduce<Permission[][]>((sets, p) => sets.concat(sets.map((s) => [...s, p])), [[]]);

/** Every role × every permission set × active or suspended × facilitator of the circle or not. */
function matrix(): Person[] {
  const people: Person[] = [];
  for (const role of SITE_ROLES)
    for (const permissions of permissionSets)
      for (const suspended of [false, true])
        for (const facilitates of [false, true])
          people.push({ id: crypto.randomUUID(), role, permissions, suspendedAt: suspended ? new Date("2020-01-01T00:00:00Z") : null, facilitates });
  return people;
}

let handle: DatabaseHandle;
const people = matrix();
const circleId = crypto.randomUUID();

beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.insert(users).values(
    people.map((p, i) => ({
      id: p.id,
      email: `matrix-${i}@example.org`,
      displayName: `Person ${i}`,
      passwordHash: "x",
      role: p.role,
      permissions: p.permissions,
      suspendedAt: p.suspendedAt,
    })),
  );
  await handle.db
    .insert(circles)
    .values({ id: circleId, slug: "matrix", name: "Matrix", purpose: "Policy agreement", kind: "open", language: "en", timeZone: "UTC" });
  await handle.db.insert(circleFacilitators).values(people.filter((p) => p.facilitates).map((p) => ({ circleId, userId: p.id })));
});
afterAll(async () => handle?.close());

async function idsWhere(filter: SQL): Promise<string[]> {
  const rows = await handle.db.select({ id: users.id }).from(users).where(filter);
  return rows.map((r) => r.id).sort();
}
const idsOf = (check: (p: Person) => boolean) =>
  people
    .filter(check)
    .map((p) => p.id)
    .sort();

describe("role rules and their SQL twins agree for every generated person", () => {
  it("covers every role, permission set and account state", () => {
    expect(people).toHaveLength(SITE_ROLES.length * 2 ** PERMISSIONS.length * 2 * 2);
  });

  it("site moderators", async () => {
    const expected = idsOf(isSiteModerator);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsWhere(siteModeratorSql())).toEqual(expected);
  });

  it.each(PERMISSIONS)("holders of the %s permission", async (p) => {
    expect(await idsWhere(hasPermissionSql(p))).toEqual(idsOf((u) => hasPermission(u, p)));
  });

  it("learning reviewers", async () => {
    expect(await idsWhere(learningReviewersSql())).toEqual(idsOf(isLearningReviewer));
  });

  it("who sees a circle's review queue", async () => {
    for (const p of people) {
      const rows = await handle.db
        .select({ id: circles.id })
        .from(circles)
        .where(sql`${eq(circles.id, circleId)} and ${reviewableCircleSql(p)}`);
      expect(rows.length === 1, `${p.role} ${p.permissions.join("+")} suspended=${!!p.suspendedAt} facilitates=${p.facilitates}`).toBe(
        canModerateCircle(p, { isFacilitator: p.facilitates }),
      );
    }
  });

  it("who reviews reflections (read from the stored account)", async () => {
    for (const p of people) {
      const rows = await handle.db.select({ id: users.id }).from(users).where(reviewableReflectionsSql(p)).limit(1);
      expect(rows.length === 1, `${p.role} suspended=${!!p.suspendedAt}`).toBe(canReviewReflections(p));
    }
  });
});
