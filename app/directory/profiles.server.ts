import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { facilitatorProfiles, facilitatorTraining, type FacilitatorProfile } from "../../db/schema";
import { labelOf, APPROACHES, CARE_SETTINGS, HARM_TYPES } from "~/taxonomy";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { markdownToText } from "~/utils/markdown.server";
import { enqueueSearchSync } from "~/utils/outbox.server";
import { feeText, firstSentences, verificationBadge } from "./format";
import { countryName, languageName } from "./codes";
import type { ProfileInput } from "./schema.server";

/** Paths under /facilitators/ that are pages, not profiles. */
const RESERVED_SLUGS = new Set(["me", "concerns", "new", "edit", "search"]);

export type ProfileValues = ProfileInput & { clearConflictNotes?: boolean };

export function specialtiesOf(harmTypes: readonly string[], settings: readonly string[]): string[] {
  return [...new Set([...harmTypes, ...settings])];
}

/** Name (A), specialties (B) and bio (C) as one weighted vector: the free-text search reads it. */
export function searchVectorSql(p: {
  displayName: string;
  bio: string;
  harmTypes: readonly string[];
  settings: readonly string[];
  approaches: readonly string[];
}) {
  const specialtyText = [
    ...p.harmTypes.map((v) => labelOf(HARM_TYPES, v)),
    ...p.settings.map((v) => labelOf(CARE_SETTINGS, v)),
    ...p.approaches.map((v) => labelOf(APPROACHES, v)),
  ].join(" ");
  return sql`setweight(to_tsvector('simple', ${p.displayName}), 'A') || setweight(to_tsvector('simple', ${specialtyText}), 'B') || setweight(to_tsvector('simple', ${markdownToText(p.bio)}), 'C')`;
}

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return base || "facilitator";
}

async function uniqueSlug(tx: Queryable, name: string, exceptId: string | null): Promise<string> {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const candidate = n === 1 && !RESERVED_SLUGS.has(base) ? base : `${base}-${n}`;
    const clash = await tx
      .select({ id: facilitatorProfiles.id })
      .from(facilitatorProfiles)
      .where(exceptId ? and(eq(facilitatorProfiles.slug, candidate), ne(facilitatorProfiles.id, exceptId)) : eq(facilitatorProfiles.slug, candidate));
    if (!clash.length) return candidate;
  }
}

function columnsFrom(values: ProfileValues) {
  return {
    displayName: values.displayName,
    pronouns: values.pronouns,
    bio: values.bio,
    country: values.country,
    region: values.region,
    city: values.city,
    timeZone: values.timeZone,
    languages: values.languages,
    modalities: values.modalities,
    harmTypes: values.harmTypes,
    settings: values.settings,
    approaches: values.approaches,
    specialties: specialtiesOf(values.harmTypes, values.settings),
    competency: values.competency,
    processesFacilitated: values.processesFacilitated,
    supervisor: values.supervisor,
    organisation: values.organisation,
    coFacilitates: values.coFacilitates,
    feeKind: values.feeKind,
    feeCurrency: values.feeKind === "range" ? (values.feeCurrency?.toUpperCase() ?? null) : null,
    feeMin: values.feeKind === "range" ? values.feeMin : null,
    feeMax: values.feeKind === "range" ? values.feeMax : null,
    feeUnit: values.feeKind === "range" ? values.feeUnit : null,
    feeFundedBy: values.feeKind === "funded" ? values.feeFundedBy : null,
    availability: values.availability,
    contactEmail: values.contactEmail,
    contactPhone: values.contactPhone,
    conflictNotes: values.conflictNotes,
    listed: values.listed,
    searchVector: searchVectorSql(values),
  };
}

/**
 * Inserts a profile inside the caller's transaction, with its search outbox row. Used by the edit form
 * (through saveFacilitatorProfile) and by the seeders, so seeded and typed profiles are alike.
 */
export async function insertFacilitatorProfile(
  tx: Queryable,
  userId: string,
  values: ProfileValues,
  extra: { id?: string; slug?: string; verifiedAt?: Date | null; verifiedUntil?: Date | null; verifiedBy?: string | null } = {},
): Promise<{ id: string; slug: string }> {
  const id = extra.id ?? newId();
  const slug = extra.slug ?? (await uniqueSlug(tx, values.displayName, null));
  await tx.insert(facilitatorProfiles).values({
    id,
    userId,
    slug,
    ...columnsFrom(values),
    verifiedAt: extra.verifiedAt ?? null,
    verifiedUntil: extra.verifiedUntil ?? null,
    verifiedBy: extra.verifiedBy ?? null,
    createdAt: now(),
    updatedAt: now(),
  });
  await enqueueSearchSync(tx, "facilitator", id);
  return { id, slug };
}

/** Creates or updates a facilitator's profile: the row, its audit entry and its search outbox row together. */
export async function saveFacilitatorProfile(actorId: string, ownerId: string, values: ProfileValues) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: facilitatorProfiles.id, slug: facilitatorProfiles.slug })
      .from(facilitatorProfiles)
      .where(eq(facilitatorProfiles.userId, ownerId));
    if (!existing) {
      const created = await insertFacilitatorProfile(tx, ownerId, values);
      await writeAudit(tx, { actorId, action: "directory.profile_created", targetType: "facilitator_profile", targetId: created.id });
      return created;
    }
    const { conflictNotes, ...rest } = columnsFrom(values);
    // Notes are write-only for the facilitator (only admins read them), so an empty box keeps the saved ones.
    const notes = values.clearConflictNotes ? { conflictNotes: null } : conflictNotes ? { conflictNotes } : {};
    await tx
      .update(facilitatorProfiles)
      .set({ ...rest, ...notes, updatedAt: now() })
      .where(eq(facilitatorProfiles.id, existing.id));
    await enqueueSearchSync(tx, "facilitator", existing.id);
    await writeAudit(tx, { actorId, action: "directory.profile_updated", targetType: "facilitator_profile", targetId: existing.id });
    return existing;
  });
}

export { findProfileById, findProfileBySlug, type ProfileWithOwner } from "./profile-queries.server";

export async function findProfileOfUser(userId: string): Promise<FacilitatorProfile | null> {
  const db = await getDb();
  const [row] = await db.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.userId, userId));
  return row ?? null;
}

export async function listTraining(profileId: string, db?: Queryable) {
  const conn = db ?? (await getDb());
  return conn.select().from(facilitatorTraining).where(eq(facilitatorTraining.profileId, profileId)).orderBy(asc(facilitatorTraining.completedOn));
}

/**
 * What anyone may see of a profile. Built field by field (never by spreading the row) so that contact
 * details and conflict-of-interest notes cannot slip into a page or loader response.
 */
export function publicProfileView(p: FacilitatorProfile, at: Date) {
  const bioText = markdownToText(p.bio);
  return {
    id: p.id,
    slug: p.slug,
    displayName: p.displayName,
    pronouns: p.pronouns,
    summary: firstSentences(bioText),
    country: p.country,
    countryName: countryName(p.country),
    region: p.region,
    city: p.city,
    timeZone: p.timeZone,
    languages: p.languages.map((code) => ({ code, name: languageName(code) })),
    modalities: p.modalities,
    harmTypes: p.harmTypes,
    settings: p.settings,
    approaches: p.approaches,
    competency: p.competency,
    processesFacilitated: p.processesFacilitated,
    supervisor: p.supervisor,
    organisation: p.organisation,
    coFacilitates: p.coFacilitates,
    fee: feeText(p),
    availability: p.availability,
    badge: verificationBadge(p.verifiedUntil, at),
  };
}

/** The form's starting values: the saved profile, or a blank one prefilled from the account. */
export function profileFormValues(p: FacilitatorProfile | null, account: { displayName: string; email: string; country: string | null; timeZone: string }) {
  if (!p) {
    return {
      displayName: account.displayName,
      pronouns: "",
      bio: "",
      country: account.country ?? "",
      region: "",
      city: "",
      timeZone: account.timeZone,
      languages: [] as string[],
      modalities: [] as string[],
      harmTypes: [] as string[],
      settings: [] as string[],
      approaches: [] as string[],
      competency: "",
      processesFacilitated: "0",
      supervisor: "",
      organisation: "",
      coFacilitates: "no",
      feeKind: "pro_bono",
      feeCurrency: "",
      feeMin: "",
      feeMax: "",
      feeUnit: "",
      feeFundedBy: "",
      availability: "accepting",
      contactEmail: account.email,
      contactPhone: "",
      conflictNotes: "",
      clearConflictNotes: "",
      hasConflictNotes: false,
      listed: "yes",
    };
  }
  return {
    displayName: p.displayName,
    pronouns: p.pronouns ?? "",
    bio: p.bio,
    country: p.country,
    region: p.region ?? "",
    city: p.city ?? "",
    timeZone: p.timeZone,
    languages: p.languages,
    modalities: p.modalities,
    harmTypes: p.harmTypes,
    settings: p.settings,
    approaches: p.approaches,
    competency: p.competency,
    processesFacilitated: String(p.processesFacilitated),
    supervisor: p.supervisor ?? "",
    organisation: p.organisation,
    coFacilitates: p.coFacilitates ? "yes" : "no",
    feeKind: p.feeKind as string,
    feeCurrency: p.feeCurrency ?? "",
    feeMin: p.feeMin?.toString() ?? "",
    feeMax: p.feeMax?.toString() ?? "",
    feeUnit: p.feeUnit ?? "",
    feeFundedBy: p.feeFundedBy ?? "",
    availability: p.availability,
    contactEmail: p.contactEmail,
    contactPhone: p.contactPhone ?? "",
    // Never sent back: conflict-of-interest notes reach admins only, even after their author saves them.
    conflictNotes: "",
    clearConflictNotes: "",
    hasConflictNotes: !!p.conflictNotes,
    listed: p.listed ? "yes" : "no",
  };
}
export type ProfileFormValues = ReturnType<typeof profileFormValues>;

/** Reads the profile form's raw values (for re-rendering after a validation error, nothing lost). */
export function readProfileForm(form: FormData): ProfileFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const list = (name: string) => form.getAll(name).map(String);
  return {
    displayName: text("displayName"),
    pronouns: text("pronouns"),
    bio: text("bio"),
    country: text("country"),
    region: text("region"),
    city: text("city"),
    timeZone: text("timeZone"),
    languages: list("languages"),
    modalities: list("modalities"),
    harmTypes: list("harmTypes"),
    settings: list("settings"),
    approaches: list("approaches"),
    competency: text("competency"),
    processesFacilitated: text("processesFacilitated"),
    supervisor: text("supervisor"),
    organisation: text("organisation"),
    coFacilitates: text("coFacilitates") || "no",
    feeKind: text("feeKind"),
    feeCurrency: text("feeCurrency"),
    feeMin: text("feeMin"),
    feeMax: text("feeMax"),
    feeUnit: text("feeUnit"),
    feeFundedBy: text("feeFundedBy"),
    availability: text("availability"),
    contactEmail: text("contactEmail"),
    contactPhone: text("contactPhone"),
    conflictNotes: text("conflictNotes"),
    clearConflictNotes: text("clearConflictNotes"),
    hasConflictNotes: text("hasConflictNotes") === "yes",
    listed: text("listed") || "no",
  };
}

/** The profile editor: the owner's current values (or a blank form) and their training records. */
export async function loadProfileEditor(user: { id: string; displayName: string; email: string; country: string | null; timeZone: string }) {
  const profile = await findProfileOfUser(user.id);
  const training = profile ? await listTraining(profile.id) : [];
  return {
    slug: profile?.slug ?? null,
    values: profileFormValues(profile, user),
    training: training.map((t) => ({
      id: t.id,
      programme: t.programme,
      provider: t.provider,
      completedOn: t.completedOn,
      expiresOn: t.expiresOn,
      evidenceRef: t.evidenceRef,
      evidenceName: t.evidenceName,
    })),
    timeZones: Intl.supportedValuesOf("timeZone"),
  };
}
