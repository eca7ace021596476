import { hashPassword } from "../../app/utils/password.server";
import type { Database } from "../client";
import { organisationMembers, organisations, users, type Permission, type SiteRole } from "../schema";

export const DEMO_PASSWORD = "healing-together-2026";

export type DemoKey = "admin" | "moderator" | "moderator2" | "facilitator" | "peer" | "member" | "member2" | "member3" | "member4" | "org";

type DemoAccount = {
  key: DemoKey;
  label: string;
  email: string;
  displayName: string;
  role: SiteRole;
  permissions: Permission[];
  country: string;
  timeZone: string;
};

/** Demo people: fictional, international. Printed by `npm start`. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    key: "admin",
    label: "Admin",
    email: "admin@example.org",
    displayName: "Mere Tawhiri",
    role: "admin",
    permissions: [],
    country: "NZ",
    timeZone: "Pacific/Auckland",
  },
  {
    key: "moderator",
    label: "Moderator",
    email: "moderator@example.org",
    displayName: "Siobhán Kelly",
    role: "moderator",
    permissions: ["reviewer", "editor"],
    country: "IE",
    timeZone: "Europe/Dublin",
  },
  {
    key: "moderator2",
    label: "Second moderator",
    email: "moderator2@example.org",
    displayName: "Daniel Okafor",
    role: "moderator",
    permissions: ["reviewer"],
    country: "GB",
    timeZone: "Europe/London",
  },
  {
    key: "facilitator",
    label: "Facilitator",
    email: "facilitator@example.org",
    displayName: "Claire Tremblay",
    role: "facilitator",
    permissions: ["reviewer"],
    country: "CA",
    timeZone: "America/Toronto",
  },
  {
    key: "peer",
    label: "Peer supporter",
    email: "peer@example.org",
    displayName: "Priya Raman",
    role: "peer_supporter",
    permissions: [],
    country: "AU",
    timeZone: "Australia/Melbourne",
  },
  {
    key: "member",
    label: "Member",
    email: "member@example.org",
    displayName: "Sam Whitford",
    role: "member",
    permissions: [],
    country: "GB",
    timeZone: "Europe/London",
  },
  {
    key: "member2",
    label: "Member (2)",
    email: "member2@example.org",
    displayName: "Ana Lima",
    role: "member",
    permissions: [],
    country: "NZ",
    timeZone: "Pacific/Auckland",
  },
  {
    key: "member3",
    label: "Member (3)",
    email: "member3@example.org",
    displayName: "Hélène Dubois",
    role: "member",
    permissions: [],
    country: "CA",
    timeZone: "America/Montreal",
  },
  {
    key: "member4",
    label: "Member (4)",
    email: "member4@example.org",
    displayName: "Jordan Miles",
    role: "member",
    permissions: [],
    country: "US",
    timeZone: "America/Chicago",
  },
  {
    key: "org",
    label: "Organisation member",
    email: "org@example.org",
    displayName: "Grace Nkosi",
    role: "member",
    permissions: [],
    country: "ZA",
    timeZone: "Africa/Johannesburg",
  },
];

export const DEMO_ORGANISATION = { id: "00000000-0000-4000-8000-0000000000a1", slug: "harbourside-health", name: "Harbourside Health Service", country: "NZ" };

/** Creates the demo people and organisation; returns their ids by key. */
export async function seedAccounts(db: Database): Promise<Record<DemoKey, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = {} as Record<DemoKey, string>;
  await db.transaction(async (tx) => {
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`;
      ids[a.key] = id;
      await tx.insert(users).values({
        id,
        email: a.email,
        displayName: a.displayName,
        passwordHash,
        role: a.role,
        permissions: a.permissions,
        country: a.country,
        timeZone: a.timeZone,
        emailVerifiedAt: new Date(),
        emailPreference: "off",
      });
    }
    await tx.insert(organisations).values(DEMO_ORGANISATION);
    await tx.insert(organisationMembers).values({ organisationId: DEMO_ORGANISATION.id, userId: ids.org, isAdmin: true });
  });
  return ids;
}
