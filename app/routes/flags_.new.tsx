import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

/** /flags/new?postId=… is the same form as /flags?postId=…; kept so either link works. */
export function loader({ request }: LoaderFunctionArgs) {
  const postId = new URL(request.url).searchParams.get("postId") ?? "";
  return redirect(`/flags?postId=${encodeURIComponent(postId)}`);
}
