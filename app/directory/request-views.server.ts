import { sql } from "drizzle-orm";
import { executeRows } from "../../db/client";
import type { SessionUser } from "~/utils/auth.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import {
  canAnswerContactRequest,
  canResendContactRequest,
  canSeeContactDetails,
  canViewContactRequest,
  contactRequestsVisibleToSql,
  type ContactRequestParties,
} from "~/utils/policy.server";
import { responseTimePhrase } from "./format";
import { REQUEST_STATUS_LABELS } from "./options";
import { expireOverdueRequests, suggestOtherFacilitators } from "./requests.server";

type RequestRow = {
  id: string;
  profile_id: string;
  status: string;
  harm_type: string;
  setting: string;
  modality: string;
  languages: string[];
  timeframe: string;
  message: string;
  decline_reason: string | null;
  created_at: Date | string;
  expires_at: Date | string;
  responded_at: Date | string | null;
  requester_id: string;
  copied_from_id: string | null;
  profile_slug: string;
  profile_name: string;
  facilitator_user_id: string;
  contact_email: string;
  contact_phone: string | null;
  organisation_name: string;
  requester_name: string;
  requester_email: string;
};

const iso = (v: Date | string | null) => (v ? new Date(v).toISOString() : null);

const requestSelect = sql`select r.id, r.profile_id, r.status, r.harm_type, r.setting, r.modality, r.languages, r.timeframe, r.message,
    r.decline_reason, r.created_at, r.expires_at, r.responded_at, r.requester_id, r.copied_from_id,
    p.slug as profile_slug, p.display_name as profile_name, p.user_id as facilitator_user_id, p.contact_email, p.contact_phone,
    o.name as organisation_name, q.display_name as requester_name, q.email as requester_email
  from contact_requests r
  join facilitator_profiles p on p.id = r.profile_id
  join organisations o on o.id = r.organisation_id
  join users q on q.id = r.requester_id`;

const partiesOf = (r: RequestRow): ContactRequestParties => ({ requesterId: r.requester_id, facilitatorUserId: r.facilitator_user_id, status: r.status });

/**
 * A request as one of its two parties may see it, or null for anyone else. Contact details are added
 * only once accepted: the facilitator's (from their profile) for the requester, and the requester's for
 * the facilitator. Built field by field so nothing else leaks into the page or loader data.
 */
export async function getRequestForViewer(viewer: SessionUser, requestId: string) {
  await expireOverdueRequests();
  const db = await getDb();
  const [r] = await executeRows<RequestRow>(db, sql`${requestSelect} where r.id = ${requestId}`);
  if (!r || !canViewContactRequest(viewer, partiesOf(r))) return null;
  const parties = partiesOf(r);
  const viewerIsRequester = viewer.id === r.requester_id;
  const shareContacts = canSeeContactDetails(viewer, parties);
  return {
    id: r.id,
    status: r.status,
    statusLabel: REQUEST_STATUS_LABELS[r.status] ?? r.status,
    viewerRole: viewerIsRequester ? ("requester" as const) : ("facilitator" as const),
    createdAt: iso(r.created_at)!,
    expiresAt: iso(r.expires_at)!,
    respondedAt: iso(r.responded_at),
    harmType: r.harm_type,
    setting: r.setting,
    modality: r.modality,
    languages: r.languages,
    timeframe: r.timeframe,
    message: r.message,
    declineReason: r.decline_reason,
    organisationName: r.organisation_name,
    facilitator: { slug: r.profile_slug, displayName: r.profile_name },
    profileId: r.profile_id,
    copiedFromId: r.copied_from_id,
    canAnswer: canAnswerContactRequest(viewer, parties),
    canResend: canResendContactRequest(viewer, parties),
    contact: !shareContacts
      ? null
      : viewerIsRequester
        ? { name: r.profile_name, email: r.contact_email, phone: r.contact_phone, organisation: null }
        : { name: r.requester_name, email: r.requester_email, phone: null, organisation: r.organisation_name },
  };
}

type ListRow = {
  id: string;
  status: string;
  harm_type: string;
  created_at: Date | string;
  expires_at: Date | string;
  profile_slug: string;
  profile_name: string;
  organisation_name: string;
};

/** Requests the user sent (as an organisation member) or received (as a facilitator), newest first. */
export async function listRequests(userId: string, side: "sent" | "received") {
  await expireOverdueRequests();
  const db = await getDb();
  const sideFilter = side === "sent" ? sql`r.requester_id = ${userId}` : sql`p.user_id = ${userId}`;
  const rows = await executeRows<ListRow>(
    db,
    sql`select r.id, r.status, r.harm_type, r.created_at, r.expires_at, p.slug as profile_slug, p.display_name as profile_name, o.name as organisation_name
        from contact_requests r
        join facilitator_profiles p on p.id = r.profile_id
        join organisations o on o.id = r.organisation_id
        where ${contactRequestsVisibleToSql(userId)} and ${sideFilter}
        order by r.created_at desc, r.id
        limit 200`,
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    statusLabel: REQUEST_STATUS_LABELS[r.status] ?? r.status,
    harmType: r.harm_type,
    createdAt: iso(r.created_at)!,
    expiresAt: iso(r.expires_at)!,
    facilitatorName: r.profile_name,
    facilitatorSlug: r.profile_slug,
    organisationName: r.organisation_name,
  }));
}

export const MIN_REQUESTS_FOR_FIGURES = 3;

/**
 * Real responsiveness figures from a facilitator's requests, or null below three decided requests.
 * A request counts once answered or once its 48 hours have passed.
 */
export async function responsivenessOf(profileId: string) {
  const db = await getDb();
  const at = now().toISOString();
  const [row] = await executeRows<{ decided: number; answered: number; median_seconds: number | null }>(
    db,
    sql`select
          count(*) filter (where status in ('accepted', 'declined', 'expired') or (status = 'pending' and expires_at <= ${at}::timestamptz))::int as decided,
          count(*) filter (where status in ('accepted', 'declined'))::int as answered,
          (percentile_cont(0.5) within group (order by extract(epoch from responded_at - created_at)) filter (where responded_at is not null))::float8 as median_seconds
        from contact_requests where profile_id = ${profileId}`,
  );
  const decided = Number(row?.decided ?? 0);
  const answered = Number(row?.answered ?? 0);
  if (decided < MIN_REQUESTS_FOR_FIGURES) return null;
  const rate = Math.round((answered / decided) * 100);
  return {
    decided,
    answered,
    responseRate: rate,
    rateText: `Answers ${rate}% of requests (${answered} of ${decided})`,
    timeText: row?.median_seconds != null ? responseTimePhrase(Number(row.median_seconds) * 1000) : null,
  };
}

/** The request page: the request as this viewer may see it, plus who it could be sent to instead. */
export async function loadRequestPage(viewer: SessionUser, requestId: string) {
  const request = await getRequestForViewer(viewer, requestId);
  if (!request) return null;
  const alternatives = request.canResend
    ? (await suggestOtherFacilitators({ profileId: request.profileId, harmType: request.harmType, languages: request.languages, requesterId: viewer.id })).map(
        (p) => ({ id: p.id, label: `${p.display_name} (${p.country})` }),
      )
    : [];
  return { request, alternatives };
}
