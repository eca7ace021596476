import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { exportPersonalData } from "~/accounts/export.server";
import { requireUser } from "~/utils/auth.server";

/** The file is given only to a POST (a same-site form: another site cannot start it); a plain visit goes to the page. */
export const loader = () => redirect("/account/export");

/** Answers with the file itself, which no cache may keep. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, { allowUnconfirmed: true });
  const data = await exportPersonalData(user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="restorative-network-data-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
