import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { circleFacilitators, circleMemberships, circleRulesVersions, circles, users, type Circle } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { AlreadySubmitted, createOnce, orAlreadySubmitted, type FormKey } from "~/utils/form-token.server";
import { keysetPage } from "~/utils/keyset";
import { newId } from "~/utils/ids.server";
import { notify } from "~/notifications/notifications.server";
import { canSeeMemberCounts, circleVisibleSql } from "~/utils/policy.server";
import type { CreateCircleInput } from "./schema.server";
import type { CircleContext } from "./access.server";
import { circleWrite } from "./write.server";

export type FormResult<T> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

export const CIRCLE_LIST_PAGE_SIZE = 24;

export type CircleListRequest = { q: string; after: CircleCursor | null; before: CircleCursor | null };
export type CircleCursor = { name: string; id: string };

export const encodeCircleCursor = (c: CircleCursor) => Buffer.from(JSON.stringify([c.name, c.id])).toString("base64url");
export function decodeCircleCursor(value: string | null): CircleCursor | null {
  if (!value || value.length > 1000) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") return null;
    return { name: parsed[0], id: parsed[1] };
  } catch {
    return null;
  }
}

/** `%` and `_` typed by a reader are letters, not wildcards. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the list at /circles, in name order by keyset on (name, id) over circles_name_idx, optionally
 * narrowed to circles whose name or purpose holds the words typed. Counts only for signed-in people,
 * invite-only circles only for those who may know them. The cost is one page, whatever the number of circles.
 */
export async function listCircles(user: SessionUser | null, request: CircleListRequest = { q: "", after: null, before: null }) {
  const db = await getDb();
  const backwards = !!request.before && !request.after;
  const conditions: SQL[] = [circleVisibleSql(user)];
  for (const word of request.q.trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    conditions.push(or(ilike(circles.name, likePattern(word)), ilike(circles.purpose, likePattern(word)))!);
  }
  if (request.after) conditions.push(sql`(${circles.name}, ${circles.id}) > (${request.after.name}, ${request.after.id})`);
  else if (request.before) conditions.push(sql`(${circles.name}, ${circles.id}) < (${request.before.name}, ${request.before.id})`);
  const rows = await db
    .select({
      id: circles.id,
      slug: circles.slug,
      name: circles.name,
      purpose: circles.purpose,
      kind: circles.kind,
      language: circles.language,
      // drizzle leaves columns unqualified in the select list of a one-table query, so name the outer row explicitly.
      memberCount: sql<number>`(select count(*)::int from ${circleMemberships} m where m.circle_id = "circles"."id" and m.status = 'active')`,
      myStatus: user
        ? sql<string | null>`(select m.status from ${circleMemberships} m where m.circle_id = "circles"."id" and m.user_id = ${user.id})`
        : sql<string | null>`null`,
    })
    .from(circles)
    .where(and(...conditions))
    .orderBy(...(backwards ? [desc(circles.name), desc(circles.id)] : [asc(circles.name), asc(circles.id)]))
    .limit(CIRCLE_LIST_PAGE_SIZE + 1);
  const { page, first, last, hasPrevious, hasNext } = keysetPage(rows, CIRCLE_LIST_PAGE_SIZE, request, backwards);
  const counts = canSeeMemberCounts(user);
  return {
    previousCursor: hasPrevious && first ? encodeCircleCursor(first) : null,
    nextCursor: hasNext && last ? encodeCircleCursor(last) : null,
    circles: page.map((r) => ({ ...r, memberCount: counts ? Number(r.memberCount) : null })),
  };
}

/** How many active members a circle has (for its page). */
export async function countMembers(circleId: string): Promise<number> {
  return countActiveMembers(await getDb(), circleId);
}

export async function countActiveMembers(db: Queryable, circleId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(circleMemberships)
    .where(and(eq(circleMemberships.circleId, circleId), eq(circleMemberships.status, "active")));
  return Number(row?.n ?? 0);
}

/** Creates a circle with its first ground rules; the creator and any named facilitators join it at once. */
export async function createCircle({
  actor,
  input,
  formKey,
}: {
  actor: SessionUser;
  input: CreateCircleInput;
  formKey: FormKey | null;
}): Promise<FormResult<{ circle: Circle }> | AlreadySubmitted> {
  return orAlreadySubmitted(
    circleWrite((tx) =>
      createOnce(
        tx,
        formKey,
        () => saveCircle(tx, actor, input),
        (r) => (r.ok ? r.circle.slug : null),
      ),
    ),
  );
}

async function saveCircle(tx: Queryable, actor: SessionUser, input: CreateCircleInput): Promise<FormResult<{ circle: Circle }>> {
  const [taken] = await tx.select({ id: circles.id }).from(circles).where(eq(circles.slug, input.slug)).limit(1);
  if (taken) return { ok: false, errors: { slug: "Another circle already uses that web address; please choose another." } };
  const emails = (input.facilitatorEmails ?? "")
    .split(/[\s,;]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const named = emails.length ? await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails)) : [];
  const unknown = emails.filter((e) => !named.some((n) => n.email === e));
  if (unknown.length)
    return { ok: false, errors: { facilitatorEmails: `We could not find an account for ${unknown.join(", ")}. Facilitators need an account first.` } };

  const at = now();
  const [circle] = await tx
    .insert(circles)
    .values({
      id: newId(),
      slug: input.slug,
      name: input.name,
      purpose: input.purpose,
      kind: input.kind,
      language: input.language,
      timeZone: input.timeZone,
      capacity: input.capacity ?? null,
      firstPostsHeld: input.firstPostsHeld,
      rulesVersion: 1,
      createdBy: actor.id,
      createdAt: at,
    })
    .returning();
  await tx
    .insert(circleRulesVersions)
    .values({ id: newId(), circleId: circle!.id, version: 1, bodyMarkdown: input.rulesMarkdown, publishedBy: actor.id, publishedAt: at });
  const facilitatorIds = [...new Set([actor.id, ...named.map((n) => n.id)])];
  for (const userId of facilitatorIds) await addFacilitator(tx, circle!, userId, at);
  await writeAudit(tx, {
    actorId: actor.id,
    action: "circle.created",
    targetType: "circle",
    targetId: circle!.id,
    metadata: { kind: input.kind, facilitators: facilitatorIds.length },
  });
  return { ok: true, circle: circle! };
}

/** Facilitators are active members under their display name who have accepted the current rules. */
async function addFacilitator(tx: Queryable, circle: Circle, userId: string, at = now()) {
  await tx.insert(circleFacilitators).values({ circleId: circle.id, userId, createdAt: at }).onConflictDoNothing();
  await tx
    .insert(circleMemberships)
    .values({
      id: newId(),
      circleId: circle.id,
      userId,
      status: "active",
      identity: "display_name",
      acceptedRulesVersion: circle.rulesVersion,
      joinedAt: at,
      createdAt: at,
    })
    .onConflictDoUpdate({
      target: [circleMemberships.circleId, circleMemberships.userId],
      set: { status: "active", acceptedRulesVersion: circle.rulesVersion, joinedAt: at },
    });
}

export async function getRules(circleId: string, version: number) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(circleRulesVersions)
    .where(and(eq(circleRulesVersions.circleId, circleId), eq(circleRulesVersions.version, version)))
    .limit(1);
  return row ?? null;
}

/** Records that a member accepted the current ground rules. */
export async function acceptRules({ actor, ctx }: { actor: SessionUser; ctx: CircleContext }) {
  await circleWrite((tx) => saveAcceptance(tx, ctx, actor.id));
}

async function saveAcceptance(tx: Queryable, ctx: CircleContext, actorId: string) {
  await tx.update(circleMemberships).set({ acceptedRulesVersion: ctx.circle.rulesVersion }).where(eq(circleMemberships.id, ctx.membership!.id));
  await writeAudit(tx, {
    actorId,
    action: "circle.rules_accepted",
    targetType: "circle_membership",
    targetId: ctx.membership!.id,
    metadata: { circleId: ctx.circle.id, version: ctx.circle.rulesVersion },
  });
}

/** Publishes a new version of the ground rules: every member is asked to accept it again. */
export async function publishRules({ actor, ctx, bodyMarkdown }: { actor: SessionUser; ctx: CircleContext; bodyMarkdown: string }): Promise<number> {
  return circleWrite((tx) => saveRules(tx, ctx, actor.id, bodyMarkdown));
}

async function saveRules(tx: Queryable, ctx: CircleContext, actorId: string, bodyMarkdown: string) {
  const version = ctx.circle.rulesVersion + 1;
  const at = now();
  await tx.insert(circleRulesVersions).values({ id: newId(), circleId: ctx.circle.id, version, bodyMarkdown, publishedBy: actorId, publishedAt: at });
  await tx.update(circles).set({ rulesVersion: version }).where(eq(circles.id, ctx.circle.id));
  // The facilitator who wrote them has, in effect, accepted them.
  await tx
    .update(circleMemberships)
    .set({ acceptedRulesVersion: version })
    .where(and(eq(circleMemberships.circleId, ctx.circle.id), eq(circleMemberships.userId, actorId)));
  const others = await tx
    .select({ userId: circleMemberships.userId })
    .from(circleMemberships)
    .where(and(eq(circleMemberships.circleId, ctx.circle.id), eq(circleMemberships.status, "active")));
  await notify(
    tx,
    others
      .filter((o) => o.userId !== actorId)
      .map((o) => ({
        userId: o.userId,
        kind: "circle.rules_changed",
        message: `The ground rules of ${ctx.circle.name} were updated: please read and accept them`,
        href: `/circles/${ctx.circle.slug}/rules`,
      })),
  );
  await writeAudit(tx, { actorId, action: "circle.rules_published", targetType: "circle", targetId: ctx.circle.id, metadata: { version } });
  return version;
}
