/** The hidden field that makes a create form idempotent: a double submit of one rendering creates one row. */
export const FORM_TOKEN_FIELD = "formToken";

export function FormToken({ token }: { token: string }) {
  return <input type="hidden" name={FORM_TOKEN_FIELD} value={token} />;
}
