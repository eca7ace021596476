import type { SessionUser } from "~/utils/auth.server";
import { parseForm, type FieldErrors, type FormValues } from "~/utils/forms";
import { decideJoinFromQueue, reviewPost } from "./decisions.server";
import { reviewReflection } from "./reflection-decisions.server";
import { ReviewJoinSchema, ReviewPostSchema, ReviewReflectionSchema } from "./schema.server";

/** What a review queue shows after a decision: the message, or the reviewer's words with the error next to the field. */
export type ReviewFormReply = { itemId: string; errors: FieldErrors; values: FormValues; done: string | null };
/** The reply and the status the route answers with (400 for a form to fix, the decision's own status when it was refused). */
export type ReviewFormResult = { status: number; reply: ReviewFormReply };

type Outcome = { ok: true; message: string } | { ok: false; status: number; message: string };

const invalid = (itemId: string, errors: FieldErrors, values: FormValues): ReviewFormResult => ({ status: 400, reply: { itemId, errors, values, done: null } });

function replyTo(itemId: string, values: FormValues, outcome: Outcome): ReviewFormResult {
  if (!outcome.ok) return { status: outcome.status, reply: { itemId, errors: { form: outcome.message }, values, done: null } };
  return { status: 200, reply: { itemId: "", errors: {}, values: {}, done: outcome.message } };
}

/**
 * The one decision behind both review queues (a circle's and the site-wide one), from the form's typed
 * values: a join request, a reflection, or a post. Each decision opens its own transaction.
 */
export async function decideFromReviewForm(actor: SessionUser, values: FormValues): Promise<ReviewFormResult> {
  if (values.intent === "join") {
    const parsed = parseForm(ReviewJoinSchema, values);
    if (!parsed.ok) return invalid(values.membershipId ?? "", parsed.errors, values);
    return replyTo(parsed.data.membershipId, values, await decideJoinFromQueue(actor, parsed.data));
  }
  if (values.intent === "reflection") {
    const parsed = parseForm(ReviewReflectionSchema, values);
    if (!parsed.ok) return invalid(values.reflectionId ?? "", parsed.errors, values);
    return replyTo(parsed.data.reflectionId, values, await reviewReflection(actor, parsed.data));
  }
  const parsed = parseForm(ReviewPostSchema, { ...values, muteDays: values.muteDays || undefined });
  if (!parsed.ok) return invalid(values.postId ?? "", parsed.errors, values);
  return replyTo(parsed.data.postId, values, await reviewPost(actor, parsed.data));
}
