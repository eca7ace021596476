import type { Queryable } from "../../db/client";

/**
 * Screens a circle post before it is saved: watched words (block / hold / flag), the identifier guard,
 * and distress detection. Owned by the moderation domain; circles call it from createThread/createReply.
 *
 * - outcome "block": refuse with `message` (kind, specific); the form keeps the text.
 * - outcome "hold": save with status "held" for review; tell the author gently with `message`.
 * - outcome "publish": save visible. `flag` true means also file an automatic flag for review.
 * - distress true: the post is NOT a violation and stays visible for that reason; the author sees a private
 *   care panel and a care alert is raised (see raiseCareAlert in ./care.server.ts).
 */
export type ScreeningResult = {
  outcome: "publish" | "hold" | "block";
  flag: boolean;
  /** Short machine reasons, e.g. "watched_word", "identifier", for audit metadata (never the matched text). */
  reasons: string[];
  /** A kind explanation for the author, when held or blocked. */
  message?: string;
  distress: boolean;
};

export async function screenPost(
  _db: Queryable,
  _input: { circleId: string; authorId: string; text: string; language?: string },
): Promise<ScreeningResult> {
  // Placeholder until the moderation domain lands: everything is published.
  return { outcome: "publish", flag: false, reasons: [], distress: false };
}
