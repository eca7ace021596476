import type { LoaderFunctionArgs } from "@remix-run/node";
import { findProfileBySlug } from "~/directory/profiles.server";
import { loadEvidence } from "~/directory/training.server";
import { requireUser } from "~/utils/auth.server";
import { forbidden, notFound, requiredParam } from "~/utils/guards.server";
import { canDownloadTrainingEvidence } from "~/utils/policy.server";

const EXTENSION: Record<string, string> = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

/**
 * Training evidence, for verifiers and the facilitator only. Always a download (never rendered inline)
 * with nosniff (set on every response by app/server/http.ts) and a sandboxing CSP, so an uploaded file can
 * never run as a page of this site.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const profile = (await findProfileBySlug(requiredParam(params, "slug"))) ?? notFound();
  if (!canDownloadTrainingEvidence(user, profile)) forbidden();
  const evidence = (await loadEvidence(profile.id, requiredParam(params, "trainingId"))) ?? notFound();
  return new Response(new Uint8Array(evidence.bytes), {
    headers: {
      "Content-Type": evidence.type,
      "Content-Disposition": `attachment; filename="training-evidence.${EXTENSION[evidence.type] ?? "bin"}"`,
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
