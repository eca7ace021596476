import type { Queryable } from "../../db/client";

/**
 * Raises a care alert for a post that expresses distress: it goes to the circle's facilitators and the
 * site's peer supporters in a separate care queue (never the moderation queue). Call inside the
 * transaction that saved the post. Owned by the moderation domain.
 */
export async function raiseCareAlert(
  _tx: Queryable,
  _input: { circleId: string; postId: string; authorId: string },
): Promise<void> {
  // Placeholder until the moderation domain lands.
}
