import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable, Transaction } from "../../db/client";
import { formSubmissions } from "../../db/schema";
import { FORM_TOKEN_FIELD } from "~/components/form-token";

/** A fresh token for one rendering of a create form (loaders call this; the form carries it back). */
export function newFormToken() {
  return randomUUID();
}

export type FormKey = { actor: string; token: string; kind: string };

const TOKEN = /^[A-Za-z0-9-]{16,64}$/;

/**
 * The idempotency key of a create submission: who submits (a user id, or "anonymous") and the form's
 * token. A request without a token (a script, an old page) creates as before, once per request.
 */
export function formKey(form: FormData | Record<string, unknown>, actorId: string | null | undefined, kind: string): FormKey | null {
  const raw = form instanceof FormData ? form.get(FORM_TOKEN_FIELD) : form[FORM_TOKEN_FIELD];
  const token = typeof raw === "string" ? raw.trim() : "";
  if (!TOKEN.test(token)) return null;
  return { actor: actorId ?? "anonymous", token, kind };
}

/** Thrown inside the transaction when the same form was already submitted; nothing is written. */
export class AlreadySubmitted extends Error {
  constructor(readonly resultId: string | null) {
    super("This form was already submitted.");
    this.name = "AlreadySubmitted";
  }
}

/**
 * Runs `create` once per form key, inside the caller's transaction. The key is claimed first, so a
 * concurrent duplicate waits on the primary key until the first commits and then finds its result; a
 * sequential duplicate finds it at once. When `idOf` says nothing was created (a validation refusal), the
 * claim is released so the corrected form can be sent with the same token.
 */
export async function createOnce<T>(tx: Transaction, key: FormKey | null, create: () => Promise<T>, idOf: (result: T) => string | null): Promise<T> {
  if (!key) return create();
  const claimed = await tx
    .insert(formSubmissions)
    .values({ actor: key.actor, token: key.token, kind: key.kind })
    .onConflictDoNothing()
    .returning({ token: formSubmissions.token });
  const where = and(eq(formSubmissions.actor, key.actor), eq(formSubmissions.token, key.token));
  if (claimed.length === 0) {
    const [first] = await tx.select({ resultId: formSubmissions.resultId, kind: formSubmissions.kind }).from(formSubmissions).where(where);
    throw new AlreadySubmitted(first?.kind === key.kind ? (first.resultId ?? null) : null);
  }
  const result = await create();
  const id = idOf(result);
  if (id === null) await tx.delete(formSubmissions).where(where);
  else await tx.update(formSubmissions).set({ resultId: id }).where(where);
  return result;
}

/** Awaits a write; a repeat submission comes back as `AlreadySubmitted` (with the first result's id). */
export async function orAlreadySubmitted<T>(write: Promise<T>): Promise<T | AlreadySubmitted> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof AlreadySubmitted) return error;
    throw error;
  }
}

/** Forgets tokens older than a day: by then no browser retries a submission. */
export async function pruneFormSubmissions(db: Queryable) {
  await db.execute(sql`delete from form_submissions where created_at < now() - interval '1 day'`);
}
