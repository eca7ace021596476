import { describe, expect, it } from "vitest";
import {
  canAskToJoin,
  canCreateCircle,
  canModerateCircle,
  canPostInCircle,
  canReadCircleContent,
  canSeeCircle,
  canSeePost,
  type CircleFacts,
} from "../../../app/utils/policy/circles";
import type { Actor } from "../../../app/utils/policy/roles";

const person = (role: NonNullable<Actor>["role"], suspended = false): Actor => ({
  id: `u-${role}`,
  role,
  permissions: [],
  suspendedAt: suspended ? new Date() : null,
});
const facts = (kind: CircleFacts["circle"]["kind"], membership: CircleFacts["membership"] = null, isFacilitator = false): CircleFacts => ({
  circle: { kind, rulesVersion: 2 },
  membership,
  isFacilitator,
});
const active = (accepted: number | null, mutedUntil: Date | null = null) => ({ status: "active" as const, acceptedRulesVersion: accepted, mutedUntil });

describe("circle policy", () => {
  it("lets facilitators, moderators and admins create circles", () => {
    expect(["member", "peer_supporter", "facilitator", "moderator", "admin"].map((r) => canCreateCircle(person(r as never)))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(canCreateCircle(person("admin", true))).toBe(false);
  });

  it("hides invite-only circles from everyone but members and site moderators", () => {
    expect(canSeeCircle(null, facts("invite"))).toBe(false);
    expect(canSeeCircle(person("member"), facts("invite"))).toBe(false);
    expect(canSeeCircle(person("member"), facts("invite", active(2)))).toBe(true);
    expect(canSeeCircle(person("moderator"), facts("invite"))).toBe(true);
    expect(canSeeCircle(null, facts("open"))).toBe(true);
  });

  it("requires the current rules to read, and no mute to post", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    expect(canReadCircleContent(person("member"), facts("open", active(1)))).toBe(false);
    expect(canReadCircleContent(person("member"), facts("open", active(2)))).toBe(true);
    expect(canPostInCircle(person("member"), facts("open", active(2, new Date("2030-01-02T00:00:00Z"))), now)).toBe(false);
    expect(canPostInCircle(person("member"), facts("open", active(2, new Date("2029-12-31T00:00:00Z"))), now)).toBe(true);
    expect(canReadCircleContent(person("moderator"), facts("open"))).toBe(false); // only through the moderating view
    expect(canModerateCircle(person("moderator"), facts("open"))).toBe(true);
  });

  it("lets removed members not ask again, and keeps held posts to author and moderators", () => {
    expect(canAskToJoin(person("member"), facts("open", { status: "removed", acceptedRulesVersion: null, mutedUntil: null }))).toBe(false);
    expect(canAskToJoin(person("member"), facts("request", { status: "left", acceptedRulesVersion: null, mutedUntil: null }))).toBe(true);
    expect(canAskToJoin(person("member"), facts("invite"))).toBe(false);
    const held = { status: "held" as const, authorMembershipId: "m1" };
    expect(canSeePost({ membershipId: "m1", mayModerate: false }, held)).toBe(true);
    expect(canSeePost({ membershipId: "m2", mayModerate: false }, held)).toBe(false);
    expect(canSeePost({ membershipId: null, mayModerate: true }, held)).toBe(true);
    expect(canSeePost({ membershipId: "m2", mayModerate: false }, { status: "deleted", authorMembershipId: "m1" })).toBe(true);
  });
});
