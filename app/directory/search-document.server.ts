import { sql } from "drizzle-orm";
import { executeRows, type Queryable } from "../../db/client";
import type { SearchDocument } from "~/search/engine/types";
import { CARE_SETTINGS, HARM_TYPES, labelOf } from "~/taxonomy";
import { now } from "~/utils/clock.server";
import { markdownToText } from "~/utils/markdown.server";
import { isPublicFacilitatorProfile, publicFacilitatorProfileSql } from "~/utils/policy.server";
import { firstSentences, isVerificationCurrent } from "./format";
import { findProfileById } from "./profile-queries.server";

/**
 * The search document for one facilitator, or null when the profile is not public (unlisted, or its
 * owner is suspended or no longer a facilitator). Built field by field from public fields only: contact
 * details and conflict-of-interest notes never reach the index.
 */
export async function facilitatorSearchDocument(db: Queryable, profileId: string): Promise<SearchDocument | null> {
  const p = await findProfileById(profileId, db);
  if (!p || !isPublicFacilitatorProfile(p)) return null;
  const bioText = markdownToText(p.bio);
  const place = [p.city, p.region].filter(Boolean).join(", ");
  const specialtyLabels = [...p.harmTypes.map((v) => labelOf(HARM_TYPES, v)), ...p.settings.map((v) => labelOf(CARE_SETTINGS, v))];
  const verified = isVerificationCurrent(p.verifiedUntil, now());
  return {
    id: `facilitator:${p.id}`,
    kind: "facilitator",
    slug: p.slug,
    title: p.displayName,
    summary: `${firstSentences(bioText)}${place ? ` (${place}, ${p.country})` : ` (${p.country})`}`,
    body: `${bioText}\n${specialtyLabels.join(", ")}`,
    type: null,
    topics: [...new Set([...p.harmTypes, ...p.settings, ...p.approaches])],
    countries: [p.country],
    languages: p.languages,
    year: null,
    updatedAt: p.updatedAt.getTime(),
    verifiedAt: verified && p.verifiedAt ? p.verifiedAt.getTime() : null,
  };
}

/** Ids of every public profile (the policy's SQL twin of isPublicFacilitatorProfile), for a full reindex. */
export async function publicFacilitatorIds(db: Queryable): Promise<string[]> {
  const rows = await executeRows<{ id: string }>(
    db,
    sql`select p.id from facilitator_profiles p join users u on u.id = p.user_id where ${publicFacilitatorProfileSql}`,
  );
  return rows.map((r) => String(r.id));
}
