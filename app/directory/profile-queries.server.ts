// Reading one facilitator profile with the facts its visibility depends on. Kept apart from the profile
// writes (which enqueue search syncs) so the search document builder can read a profile without an
// import cycle through the search outbox.
import { eq, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { facilitatorProfiles, users, type FacilitatorProfile } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import type { ProfileVisibilityFacts } from "~/utils/policy.server";

export type ProfileWithOwner = FacilitatorProfile & ProfileVisibilityFacts & { ownerEmail: string };

const ownerColumns = { ownerRole: users.role, ownerSuspendedAt: users.suspendedAt, ownerEmail: users.email };

async function findProfileWhere(condition: SQL, db?: Queryable): Promise<ProfileWithOwner | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({ profile: facilitatorProfiles, ...ownerColumns })
    .from(facilitatorProfiles)
    .innerJoin(users, eq(users.id, facilitatorProfiles.userId))
    .where(condition);
  return row ? { ...row.profile, ownerRole: row.ownerRole, ownerSuspendedAt: row.ownerSuspendedAt, ownerEmail: row.ownerEmail } : null;
}

export const findProfileBySlug = (slug: string, db?: Queryable) => findProfileWhere(eq(facilitatorProfiles.slug, slug), db);
export const findProfileById = (id: string, db?: Queryable) => findProfileWhere(eq(facilitatorProfiles.id, id), db);
