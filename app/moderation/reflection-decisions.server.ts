import { approveReflection, deleteReflection, hideReflection, listReflectionsForReview, reflectionById } from "~/learnings/reflections.server";
import { wakeEmailDelivery } from "~/notifications/notifications.server";
import type { SessionUser } from "~/utils/auth.server";
import { canReviewReflections } from "~/utils/policy.server";
import type { DecisionOutcome } from "./decisions.server";
import type { ReflectionDecision } from "./schema.server";

// Reflections on case learnings sit in the site-wide queue beside circle posts. The learnings domain owns
// the records: every decision is one of its functions, each one transaction with the audit row and the
// author's notification.

export type QueueReflection = Awaited<ReturnType<typeof listReflectionsForReview>>[number];

export async function listReflectionQueue(actor: SessionUser): Promise<QueueReflection[]> {
  return canReviewReflections(actor) ? listReflectionsForReview(actor) : [];
}

const DONE: Record<ReflectionDecision, string> = {
  approve: "The reflection is approved and visible.",
  hide: "The reflection is hidden.",
  delete: "The reflection is removed.",
};

export async function reviewReflection(
  actor: SessionUser,
  input: { reflectionId: string; decision: ReflectionDecision; reason: string },
): Promise<DecisionOutcome> {
  if (!canReviewReflections(actor)) return { ok: false, status: 403, message: "Only site moderators review reflections." };
  const reflection = await reflectionById(input.reflectionId);
  if (!reflection) return { ok: false, status: 404, message: "That reflection could not be found; it may already have been removed." };
  let done: boolean;
  switch (input.decision) {
    case "approve":
      done = await approveReflection(actor.id, reflection);
      break;
    case "hide":
      done = await hideReflection(actor.id, reflection, input.reason);
      break;
    case "delete":
      done = await deleteReflection(actor.id, reflection, input.reason);
      break;
  }
  if (!done) return { ok: false, status: 409, message: "That reflection has already been removed." };
  wakeEmailDelivery();
  return { ok: true, actionId: null, message: `${DONE[input.decision]} The author has been told why, and it is in the audit log.` };
}
