import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

/** People call it "the library": /library (with any search it carries) leads to the resource library. */
export function loader({ request }: Pick<LoaderFunctionArgs, "request">) {
  const { search } = new URL(request.url);
  return redirect(`/resources${search}`, 301);
}
