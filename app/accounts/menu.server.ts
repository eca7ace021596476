import { sql } from "drizzle-orm";
import { executeRows } from "../../db/client";
import { getDb } from "~/utils/db.server";
import type { Actor } from "~/utils/policy/roles";
import {
  canManageUsers,
  canReadAuditLog,
  canReviewConcerns,
  canReviewSuggestions,
  canSeeCareQueue,
  canSeeSiteQueue,
  isLearningReviewer,
} from "~/utils/policy.server";

export type MenuLink = { to: string; label: string };
export type MenuFacts = { facilitatesAnyCircle: boolean; organisationCount: number };

/**
 * The links in a person's account menu, from the same policy functions the pages themselves check, so that
 * everyone reaches the work their role gives them and no link leads to a refusal.
 */
export function accountMenuLinks(user: NonNullable<Actor>, facts: MenuFacts): { personal: MenuLink[]; work: MenuLink[] } {
  const personal: MenuLink[] = [
    { to: "/notifications", label: "Notifications" },
    { to: "/learnings/mine", label: "Your learnings" },
  ];
  if (facts.organisationCount > 0) personal.push({ to: "/requests", label: "Your requests to facilitators" });
  personal.push({ to: "/account", label: "Your account" });

  const work: MenuLink[] = [];
  if (canSeeCareQueue(user, facts)) work.push({ to: "/care", label: "Care queue" });
  if (user.role === "facilitator") {
    work.push({ to: "/requests/inbox", label: "Request inbox" });
    work.push({ to: "/facilitators/me", label: "Your facilitator profile" });
  }
  if (isLearningReviewer(user)) work.push({ to: "/learnings/reviews", label: "Learnings to review" });
  if (canReviewSuggestions(user)) work.push({ to: "/resources/queue", label: "Library suggestions" });
  if (canSeeSiteQueue(user)) {
    work.push({ to: "/moderation", label: "Moderation" });
    work.push({ to: "/appeals", label: "Appeals" });
    work.push({ to: "/reveals", label: "Reveal requests" });
  }
  if (canReviewConcerns(user)) work.push({ to: "/facilitators/concerns", label: "Concerns about facilitators" });
  if (canManageUsers(user)) work.push({ to: "/admin", label: "Administration" });
  if (canReadAuditLog(user)) work.push({ to: "/admin/audit", label: "Audit log" });
  return { personal, work };
}

/**
 * What the header needs beyond the session user, in one small query asked on every signed-in page: the two facts
 * the menu needs and the count of unread notifications.
 */
export async function loadHeaderFacts(userId: string): Promise<MenuFacts & { unread: number }> {
  const db = await getDb();
  const [row] = await executeRows<{ facilitates: boolean; organisations: number | string; unread: number | string }>(
    db,
    sql`select exists (select 1 from circle_facilitators where user_id = ${userId}) as facilitates,
               (select count(*) from organisation_members where user_id = ${userId})::int as organisations,
               (select count(*) from notifications where user_id = ${userId} and read_at is null)::int as unread`,
  );
  return { facilitatesAnyCircle: !!row?.facilitates, organisationCount: Number(row?.organisations ?? 0), unread: Number(row?.unread ?? 0) };
}
