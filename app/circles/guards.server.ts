import { redirect, type AppLoadContext } from "@remix-run/node";
import { getUser, requireUser, type SessionUser } from "~/utils/auth.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/guards.server";
import { canManageCircle, canPostInCircle, mustAcceptRules, type PostViewer } from "~/utils/policy.server";
import { loadVisibleCircle, readerOf, type CircleContext } from "./access.server";

/** The circle, if this person may know it exists; a 404 otherwise (the same for missing and invite-only). */
export async function circleFor(request: Request, context: AppLoadContext, slug: string) {
  const user = await getUser(request, context);
  const ctx = (await loadVisibleCircle(slug, user)) ?? notFound("We could not find that circle.");
  return { user, ctx };
}

export const isModeratingView = (request: Request) => new URL(request.url).searchParams.get("view") === "moderating";

/**
 * Someone who may read the circle's content: a member who accepted the current rules, or a moderator in
 * the marked moderating view (audit-logged on every page they open). Everyone else goes to the circle's
 * public page, or to the rules when they still need to accept them.
 */
export async function requireReader(
  request: Request,
  context: AppLoadContext,
  slug: string,
  what: { targetType: string; targetId: string },
): Promise<{ user: SessionUser; ctx: CircleContext; viewer: PostViewer & { mode: "member" | "moderating" } }> {
  const user = await requireUser(request, context);
  const ctx = (await loadVisibleCircle(slug, user)) ?? notFound("We could not find that circle.");
  const viewer = readerOf(user, ctx, isModeratingView(request));
  if (!viewer) {
    if (mustAcceptRules(ctx.facts)) throw redirect(`/circles/${slug}/rules`);
    throw redirect(`/circles/${slug}`);
  }
  if (viewer.mode === "moderating" && request.method === "GET") await recordModeratingView(user.id, ctx, what);
  return { user, ctx, viewer };
}

/** Every page a site moderator opens in a circle's moderating view leaves an audit entry. */
export async function recordModeratingView(actorId: string, ctx: CircleContext, what: { targetType: string; targetId: string }) {
  await writeAudit(await getDb(), {
    actorId,
    action: "circle.moderating_view",
    targetType: what.targetType,
    targetId: what.targetId,
    metadata: { circleId: ctx.circle.id },
  });
}

/** A member who may post now (accepted the rules and not muted). */
export async function requirePoster(request: Request, context: AppLoadContext, slug: string) {
  const user = await requireUser(request, context);
  const ctx = (await loadVisibleCircle(slug, user)) ?? notFound("We could not find that circle.");
  if (mustAcceptRules(ctx.facts)) throw redirect(`/circles/${slug}/rules`);
  if (!canPostInCircle(user, ctx.facts, now())) forbidden("You cannot post in this circle at the moment.");
  return { user, ctx };
}

export async function requireCircleManager(request: Request, context: AppLoadContext, slug: string) {
  const user = await requireUser(request, context);
  const ctx = (await loadVisibleCircle(slug, user)) ?? notFound("We could not find that circle.");
  if (!canManageCircle(user, ctx.facts)) forbidden();
  return { user, ctx };
}
