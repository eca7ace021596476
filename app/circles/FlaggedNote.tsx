import { useSearchParams } from "@remix-run/react";

/**
 * The thank-you a member sees after flagging a post. When their flag was the one that hid the post (and,
 * for an opening post, its thread), they land on a page that still exists and are told why it is gone.
 */
export function FlaggedNote() {
  const [params] = useSearchParams();
  const flagged = params.get("flagged");
  if (flagged !== "1" && flagged !== "hidden" && flagged !== "thread-hidden") return null;
  const text =
    flagged === "1"
      ? "Thank you for flagging this post. A facilitator will look at it with care. The author is never told who flagged it."
      : `Thank you for flagging this post. Several members have now flagged it, so ${flagged === "thread-hidden" ? "its thread is" : "it is"} hidden until a facilitator has looked at it. The author is never told who flagged it.`;
  return (
    <p className="notice" role="status">
      {text}
    </p>
  );
}
