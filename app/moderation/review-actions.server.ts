import { json } from "@remix-run/node";
import { fieldErrors } from "~/accounts/schema.server";
import type { SessionUser } from "~/utils/auth.server";
import { decideJoinFromQueue, reviewPost } from "./decisions.server";
import { reviewReflection } from "./reflection-decisions.server";
import { ReviewJoinSchema, ReviewPostSchema, ReviewReflectionSchema } from "./schema.server";

/**
 * The one action behind both review queues (a circle's and the site-wide one): parses the form, then
 * calls one decision. On a validation error the reviewer's words come back with the message next to the field.
 */
export async function handleReviewForm(actor: SessionUser, request: Request) {
  const form = await request.formData();
  const values = Object.fromEntries([...form].map(([k, v]) => [k, String(v)]));
  if (values.intent === "join") {
    const parsed = ReviewJoinSchema.safeParse(values);
    if (!parsed.success) return json({ itemId: values.membershipId ?? "", errors: fieldErrors(parsed.error), values, done: null }, { status: 400 });
    const outcome = await decideJoinFromQueue(actor, parsed.data);
    if (!outcome.ok) return json({ itemId: parsed.data.membershipId, errors: { form: outcome.message }, values, done: null }, { status: outcome.status });
    return json({ itemId: "", errors: {} as Record<string, string>, values: {} as Record<string, string>, done: outcome.message });
  }
  if (values.intent === "reflection") {
    const parsed = ReviewReflectionSchema.safeParse(values);
    if (!parsed.success) return json({ itemId: values.reflectionId ?? "", errors: fieldErrors(parsed.error), values, done: null }, { status: 400 });
    const outcome = await reviewReflection(actor, parsed.data);
    if (!outcome.ok) return json({ itemId: parsed.data.reflectionId, errors: { form: outcome.message }, values, done: null }, { status: outcome.status });
    return json({ itemId: "", errors: {} as Record<string, string>, values: {} as Record<string, string>, done: outcome.message });
  }
  const parsed = ReviewPostSchema.safeParse({ ...values, muteDays: values.muteDays || undefined });
  if (!parsed.success) return json({ itemId: values.postId ?? "", errors: fieldErrors(parsed.error), values, done: null }, { status: 400 });
  const outcome = await reviewPost(actor, parsed.data);
  if (!outcome.ok) return json({ itemId: parsed.data.postId, errors: { form: outcome.message }, values, done: null }, { status: outcome.status });
  return json({ itemId: "", errors: {} as Record<string, string>, values: {} as Record<string, string>, done: outcome.message });
}
