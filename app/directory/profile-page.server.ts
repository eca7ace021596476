import type { SessionUser } from "~/utils/auth.server";
import { now } from "~/utils/clock.server";
import { renderMarkdown, renderPublishedMarkdown } from "~/utils/markdown.server";
import {
  canDownloadTrainingEvidence,
  canEditFacilitatorProfile,
  canSeeConflictNotes,
  canVerifyFacilitators,
  canViewFacilitatorProfile,
  canSendContactRequest,
  isPublicFacilitatorProfile,
} from "~/utils/policy.server";
import { formatDate } from "./format";
import { findProfileBySlug, listTraining, publicProfileView } from "./profiles.server";
import { organisationsOf } from "./requests.server";
import { responsivenessOf } from "./request-views.server";

/**
 * Everything the profile page shows, decided by the policy for this viewer: the public view for all,
 * evidence links for verifiers and the owner, conflict-of-interest notes for admins only. Contact
 * details are never part of it.
 */
export async function loadProfilePage(slug: string, viewer: SessionUser | null) {
  const profile = await findProfileBySlug(slug);
  if (!profile || !canViewFacilitatorProfile(viewer, profile)) return null;
  const at = now();
  const showEvidence = canDownloadTrainingEvidence(viewer, profile);
  const training = (await listTraining(profile.id)).map((t) => ({
    id: t.id,
    programme: t.programme,
    provider: t.provider,
    completedOn: formatDate(new Date(`${t.completedOn}T00:00:00Z`)),
    expiresOn: t.expiresOn ? formatDate(new Date(`${t.expiresOn}T00:00:00Z`)) : null,
    evidenceRef: showEvidence ? t.evidenceRef : null,
    evidenceFile: showEvidence && t.evidenceFile ? { name: t.evidenceName ?? "evidence", bytes: t.evidenceBytes ?? 0 } : null,
    hasEvidence: !!(t.evidenceRef || t.evidenceFile),
  }));
  const organisations = viewer ? await organisationsOf(viewer.id) : [];
  return {
    profile: publicProfileView(profile, at),
    bioHtml: (isPublicFacilitatorProfile(profile) ? renderPublishedMarkdown : renderMarkdown)(profile.bio),
    training,
    responsiveness: await responsivenessOf(profile.id),
    isPublic: isPublicFacilitatorProfile(profile),
    isOwner: viewer?.id === profile.userId,
    // The "Edit profile" link goes to /facilitators/me, the owner's own editor: an admin viewing someone else's
    // profile is not offered a link that would refuse them.
    canEdit: viewer?.id === profile.userId && canEditFacilitatorProfile(viewer, profile),
    canVerify: canVerifyFacilitators(viewer),
    canRequest: canSendContactRequest(viewer, { organisationCount: organisations.length, profileUserId: profile.userId }),
    signedIn: !!viewer,
    conflictNotes: canSeeConflictNotes(viewer) ? profile.conflictNotes : null,
  };
}
