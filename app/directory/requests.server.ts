import { and, eq, lte, sql } from "drizzle-orm";
import { createOnce, type FormKey } from "~/utils/form-token.server";
import { contactRequests, organisationMembers, organisations, users } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { executeRows } from "../../db/client";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { absoluteUrl, queueEmail } from "~/utils/email.server";
import { newId } from "~/utils/ids.server";
import { notify, wakeEmailDelivery } from "~/notifications/notifications.server";
import { contactRefusal, isPublicFacilitatorProfile, publicFacilitatorProfileSql, type Actor } from "~/utils/policy.server";
import { findIdentifiers, identifierMessage } from "./identifiers.server";
import { findProfileById, findProfileBySlug, type ProfileWithOwner } from "./profiles.server";
import type { ContactRequestInput, FieldErrors } from "./schema.server";

export const REQUEST_ANSWER_HOURS = 48;
const HOUR_MS = 3_600_000;

// Emails say that something happened and link to it; they never contain the request's words. They are
// queued in the write's transaction and sent by the background deliverer after the commit.

async function accountEmail(tx: Queryable, userId: string) {
  const [row] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? null;
}

export async function organisationsOf(userId: string) {
  const db = await getDb();
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(organisations.name);
}

/** Why this profile cannot take a request right now, or null. */
export function unavailableReason(p: ProfileWithOwner): string | null {
  if (!isPublicFacilitatorProfile(p)) return "This facilitator is not taking requests through the directory.";
  if (p.availability === "not_accepting")
    return `${p.displayName} is not accepting new requests at the moment. You could choose another facilitator from the directory.`;
  return null;
}

/** Inserts a request and tells the facilitator (in the app now, by an email queued with it). */
async function insertRequest(tx: Queryable, requesterId: string, profile: ProfileWithOwner, input: ContactRequestInput, copiedFromId: string | null) {
  const id = newId();
  const createdAt = now();
  await tx.insert(contactRequests).values({
    id,
    profileId: profile.id,
    requesterId,
    ...input,
    copiedFromId,
    status: "pending",
    createdAt,
    expiresAt: new Date(createdAt.getTime() + REQUEST_ANSWER_HOURS * HOUR_MS),
  });
  await writeAudit(tx, {
    actorId: requesterId,
    action: copiedFromId ? "directory.request_copied" : "directory.request_sent",
    targetType: "contact_request",
    targetId: id,
    metadata: { profileId: profile.id, organisationId: input.organisationId, copiedFromId },
  });
  await notify(tx, {
    userId: profile.userId,
    kind: "directory.request",
    message: "You have a new contact request from an organisation",
    href: `/requests/${id}`,
  });
  await queueEmail(tx, {
    to: profile.ownerEmail,
    subject: "A new contact request on Restorative Network",
    text: `An organisation has asked whether you can help them. Please answer within ${REQUEST_ANSWER_HOURS} hours, even if only to decline.\n\nRead the request: ${absoluteUrl(null, `/requests/${id}`)}`,
  });
  return { id };
}

export type SendOutcome = { ok: true; id: string } | { ok: false; errors: FieldErrors };

/**
 * Sends a contact request from an organisation member. Refuses text that looks like it holds patient
 * identifiers (the text is kept, so the person can edit it).
 */
export async function sendContactRequest(
  requester: NonNullable<Actor>,
  profileSlug: string,
  input: ContactRequestInput,
  key: FormKey | null = null,
): Promise<SendOutcome> {
  const requesterId = requester.id;
  const profile = await findProfileBySlug(profileSlug);
  if (!profile) return { ok: false, errors: { form: "We could not find that facilitator." } };
  const memberships = await organisationsOf(requesterId);
  const refusal = contactRefusal(requester, { organisationCount: memberships.length, profileUserId: profile.userId });
  if (refusal === "self") return { ok: false, errors: { form: "You cannot send a request to yourself." } };
  const unavailable = unavailableReason(profile);
  if (unavailable) return { ok: false, errors: { form: unavailable } };
  if (refusal || !memberships.some((o) => o.id === input.organisationId)) return { ok: false, errors: { organisationId: "Choose one of your organisations." } };
  const found = findIdentifiers(input.message);
  if (found.length) return { ok: false, errors: { message: identifierMessage(found) } };
  const db = await getDb();
  const { id } = await db.transaction((tx) =>
    createOnce(
      tx,
      key,
      () => insertRequest(tx, requesterId, profile, input, null),
      (r) => r.id,
    ),
  );
  wakeEmailDelivery();
  return { ok: true, id };
}

/**
 * Marks pending requests older than 48 hours as expired and tells each requester they can send it to
 * someone else. Runs when requests are read and from the background loop; safe to run concurrently
 * because each row changes state once.
 */
export async function expireOverdueRequests(): Promise<number> {
  const db = await getDb();
  const at = now();
  const expired = await db.transaction(async (tx) => {
    const rows = await tx
      .update(contactRequests)
      .set({ status: "expired" })
      .where(and(eq(contactRequests.status, "pending"), lte(contactRequests.expiresAt, at)))
      .returning({ id: contactRequests.id, requesterId: contactRequests.requesterId });
    for (const r of rows) {
      await writeAudit(tx, { actorId: null, action: "directory.request_expired", targetType: "contact_request", targetId: r.id });
      await notify(tx, {
        userId: r.requesterId,
        kind: "directory.request_expired",
        message: "A facilitator did not answer your request within 48 hours. You can send it to someone else",
        href: `/requests/${r.id}`,
      });
      const email = await accountEmail(tx, r.requesterId);
      if (email)
        await queueEmail(tx, {
          to: email,
          subject: "Your request was not answered within 48 hours",
          text: `The facilitator you contacted did not answer within 48 hours. You can send the same request to another facilitator in one step: ${absoluteUrl(null, `/requests/${r.id}`)}`,
        });
    }
    return rows.length;
  });
  if (expired) wakeEmailDelivery();
  return expired;
}

/** Accepts or declines a pending request. Both sides' contact details are shared on acceptance. */
export async function answerContactRequest(actorId: string, requestId: string, answer: { accept: true } | { accept: false; reason: string | null }) {
  await expireOverdueRequests();
  const db = await getDb();
  const changed = await db.transaction(async (tx) => {
    const rows = await tx
      .update(contactRequests)
      .set(answer.accept ? { status: "accepted", respondedAt: now() } : { status: "declined", respondedAt: now(), declineReason: answer.reason })
      .where(and(eq(contactRequests.id, requestId), eq(contactRequests.status, "pending")))
      .returning({ requesterId: contactRequests.requesterId });
    const row = rows[0];
    if (!row) return false;
    await writeAudit(tx, {
      actorId,
      action: answer.accept ? "directory.request_accepted" : "directory.request_declined",
      targetType: "contact_request",
      targetId: requestId,
    });
    const message = answer.accept
      ? "A facilitator accepted your request: you can now see each other's contact details"
      : "A facilitator declined your request. You can send it to someone else";
    await notify(tx, { userId: row.requesterId, kind: "directory.request_answered", message, href: `/requests/${requestId}` });
    const email = await accountEmail(tx, row.requesterId);
    if (email)
      await queueEmail(tx, {
        to: email,
        subject: answer.accept ? "Your request was accepted" : "Your request was declined",
        text: `${message}.\n\n${absoluteUrl(null, `/requests/${requestId}`)}`,
      });
    return true;
  });
  if (changed) wakeEmailDelivery();
  return changed;
}

/** "Send to another facilitator": copies an expired or declined request to someone else. */
export async function copyRequestToFacilitator(requesterId: string, requestId: string, profileId: string): Promise<SendOutcome> {
  const db = await getDb();
  const [original] = await db.select().from(contactRequests).where(eq(contactRequests.id, requestId));
  if (!original || original.requesterId !== requesterId) return { ok: false, errors: { form: "This request is not yours to send on." } };
  const profile = await findProfileById(profileId);
  if (!profile || profile.id === original.profileId) return { ok: false, errors: { profileId: "Choose another facilitator." } };
  const unavailable = unavailableReason(profile);
  if (unavailable) return { ok: false, errors: { profileId: unavailable } };
  const input: ContactRequestInput = {
    organisationId: original.organisationId,
    harmType: original.harmType as ContactRequestInput["harmType"],
    setting: original.setting as ContactRequestInput["setting"],
    modality: original.modality as ContactRequestInput["modality"],
    languages: original.languages,
    timeframe: original.timeframe,
    message: original.message,
  };
  const { id } = await db.transaction((tx) => insertRequest(tx, requesterId, profile, input, original.id));
  wakeEmailDelivery();
  return { ok: true, id };
}

/** Other public, available facilitators, those sharing a language and the kind of harm first, for "send to another facilitator". */
export async function suggestOtherFacilitators(request: { profileId: string; harmType: string; languages: string[]; requesterId: string }, limit = 15) {
  const db = await getDb();
  const day = now().toISOString().slice(0, 10);
  return executeRows<{ id: string; display_name: string; country: string }>(
    db,
    sql`select p.id, p.display_name, p.country
        from facilitator_profiles p join users u on u.id = p.user_id
        where ${publicFacilitatorProfileSql} and p.availability <> 'not_accepting'
          and p.id <> ${request.profileId} and p.user_id <> ${request.requesterId}
        order by (p.languages && array[${sql.join(
          request.languages.map((l) => sql`${l}`),
          sql`, `,
        )}]::text[]) desc,
          (${request.harmType} = any(p.specialties)) desc, md5(p.id || ${day})
        limit ${limit}`,
  );
}

/** What the request form needs: the facilitator's public name and languages, and the sender's organisations. */
export async function loadRequestForm(slug: string, requester: NonNullable<Actor>) {
  const profile = await findProfileBySlug(slug);
  if (!profile || !isPublicFacilitatorProfile(profile)) return null;
  const organisations = await organisationsOf(requester.id);
  return {
    profile: { slug: profile.slug, displayName: profile.displayName, languages: profile.languages, modalities: profile.modalities },
    unavailable: unavailableReason(profile),
    organisations,
    refusal: contactRefusal(requester, { organisationCount: organisations.length, profileUserId: profile.userId }),
  };
}
