import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { circles } from "../../db/schema";
import { contextFor } from "~/circles/access.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/guards.server";
import { canModerateCircle, canSeeCircle } from "~/utils/policy.server";

/**
 * The circle whose queue or watched words this person manages: its facilitators and site moderators.
 * Anyone else gets a 404 if they may not know the circle exists, otherwise a 403.
 */
export async function loadReviewableCircle(request: Request, context: AppLoadContext, slug: string) {
  const user = await requireUser(request, context);
  const db = await getDb();
  const [circle] = await db.select().from(circles).where(eq(circles.slug, slug)).limit(1);
  if (!circle) notFound();
  const ctx = await contextFor(db, circle, user);
  if (!canSeeCircle(user, ctx.facts)) notFound();
  if (!canModerateCircle(user, { isFacilitator: ctx.isFacilitator })) forbidden("Only this circle's facilitators and site moderators can see this page.");
  return { user, circle: { id: circle.id, slug: circle.slug, name: circle.name } };
}
