// One way to read a submitted form: validate it with its zod schema, and on failure hand back one message
// per field (for showing next to it) together with exactly what was typed, so nothing is lost.
import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** Turns zod issues into one message per field; issues about no field in particular go under `form`. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}

export type ParsedForm<T, V> = { ok: true; data: T; values: V } | { ok: false; errors: FieldErrors; values: V };

/** Validates the values read from a form; the typed values come back either way. */
export function parseForm<S extends z.ZodType, V>(schema: S, values: V): ParsedForm<z.infer<S>, V> {
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, data: parsed.data, values } : { ok: false, errors: fieldErrors(parsed.error), values };
}

export type FormValues = Record<string, string>;

/** Every text field of a submitted form exactly as typed (a repeated name keeps its last value; files are left out). */
export function formValues(form: FormData): FormValues {
  const out: FormValues = {};
  for (const [name, value] of form) if (typeof value === "string") out[name] = value;
  return out;
}
