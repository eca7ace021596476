// The one answer an action gives when a form needs fixing, so every page reads it the same way (useFormReply).
import { json } from "@remix-run/node";
import type { FieldErrors } from "./forms";

/**
 * Sends the form back: one message per field, and exactly what was typed so nothing is lost (400 unless told).
 * A failed `parseForm` result can be passed as it is; a page may add what it needs to show the form again.
 */
export function formInvalid<R extends { errors: FieldErrors; values: unknown }>(reply: R, init: number | ResponseInit = 400) {
  return json(reply, init);
}
