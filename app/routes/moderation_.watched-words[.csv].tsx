import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportWatchedWordsCsv } from "~/moderation/watched-words.server";
import { requireUserWith } from "~/utils/guards.server";
import { canManageSiteWatchedWords } from "~/utils/policy.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWith(request, context, canManageSiteWatchedWords);
  return new Response(await exportWatchedWordsCsv("site"), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="watched-words-site.csv"', "Cache-Control": "no-store" },
  });
}
