import { randomBytes, randomUUID } from "node:crypto";
import { insertFacilitatorProfile } from "../../app/directory/profiles.server";
import type { ProfileInput } from "../../app/directory/schema.server";
import { now } from "../../app/utils/clock.server";
import type { Database } from "../client";
import { contactRequests, facilitatorConcerns, facilitatorTraining, users } from "../schema";
import { DEMO_ORGANISATION, type DemoKey } from "./accounts";
import { FACILITATORS, type SeedFacilitator } from "./data/facilitators";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Claire Tremblay, the demo facilitator account's own profile (fictional, like every seeded profile).
 * It is accepting requests and offers every modality, so the demo can show a request from start to end.
 */
export const DEMO_FACILITATOR_PROFILE: SeedFacilitator = {
  slug: "claire-tremblay",
  displayName: "Claire Tremblay",
  pronouns: "she/her · elle",
  bio: "Claire is a former emergency nurse who has facilitated restorative conversations in hospitals across Ontario and Québec for nine years. She works with patients, families and clinicians after harm in emergency and ward care, and with teams after harm between colleagues.\n\nShe begins every process with separate, unhurried preparation meetings, so that nobody walks into a room unsure of why they are there. She works in English and French, and is happy to co-facilitate with a facilitator from the family's own community.",
  country: "CA",
  region: "Ontario",
  city: "Toronto",
  timeZone: "America/Toronto",
  languages: ["en", "fr"],
  modalities: ["in_person", "online", "hybrid"],
  harmTypes: ["communication", "diagnostic", "workplace"],
  settings: ["emergency", "hospital_ward"],
  approaches: ["restorative_conversation", "restorative_conference", "circle"],
  competency: "advanced",
  processesFacilitated: 52,
  supervisor: "Marie-Ève Gagnon",
  organisation: "Lakeshore Restorative Practice Collective",
  coFacilitates: true,
  fee: { kind: "range", currency: "CAD", min: 120, max: 160, unit: "per hour" },
  availability: "accepting",
  verification: { state: "verified", verifiedDaysAgo: 20, validForDays: 365 },
  training: [
    {
      programme: "Restorative Practice in Healthcare — Advanced Facilitation",
      provider: "Great Lakes Restorative Institute",
      completedYear: 2017,
      evidenceRef: "GLRI-ADV-2017-088",
    },
    { programme: "Trauma-informed facilitation", provider: "Ontario Centre for Compassionate Care", completedYear: 2021, expiresYear: 2027 },
  ],
  contactEmail: "claire.tremblay@example.org",
  contactPhone: "+1 416 555 0173",
  conflictNotes: "Does not facilitate processes at the emergency department where she worked until 2016.",
};

/** The profile form's values for a seed record. */
export function profileValuesFromSeed(f: SeedFacilitator): ProfileInput {
  return {
    displayName: f.displayName,
    pronouns: f.pronouns ?? null,
    bio: f.bio,
    country: f.country,
    region: f.region ?? null,
    city: f.city ?? null,
    timeZone: f.timeZone,
    languages: f.languages,
    modalities: f.modalities,
    harmTypes: f.harmTypes,
    settings: f.settings,
    approaches: f.approaches,
    competency: f.competency,
    processesFacilitated: f.processesFacilitated,
    supervisor: f.supervisor ?? null,
    organisation: f.organisation,
    coFacilitates: f.coFacilitates,
    feeKind: f.fee.kind,
    feeCurrency: f.fee.kind === "range" ? f.fee.currency : null,
    feeMin: f.fee.kind === "range" ? f.fee.min : null,
    feeMax: f.fee.kind === "range" ? f.fee.max : null,
    feeUnit: f.fee.kind === "range" ? f.fee.unit : null,
    feeFundedBy: f.fee.kind === "funded" ? f.fee.by : null,
    availability: f.availability,
    contactEmail: f.contactEmail,
    contactPhone: f.contactPhone ?? null,
    conflictNotes: f.conflictNotes ?? null,
    clearConflictNotes: false,
    listed: true,
  };
}

/** Verification dates relative to the (injectable) clock, so tests can seed at any moment. */
export function verificationDates(f: SeedFacilitator, at: Date): { verifiedAt: Date | null; verifiedUntil: Date | null } {
  const v = f.verification;
  if (v.state === "verified") {
    const verifiedAt = new Date(at.getTime() - v.verifiedDaysAgo * DAY_MS);
    return { verifiedAt, verifiedUntil: new Date(verifiedAt.getTime() + v.validForDays * DAY_MS) };
  }
  if (v.state === "expired") {
    const verifiedUntil = new Date(at.getTime() - v.expiredDaysAgo * DAY_MS);
    return { verifiedAt: new Date(verifiedUntil.getTime() - 365 * DAY_MS), verifiedUntil };
  }
  return { verifiedAt: null, verifiedUntil: null };
}

/** A password hash no password verifies against: these accounts exist to own profiles, not to sign in. */
const nonLoginPasswordHash = () => `!no-login!${randomBytes(24).toString("base64url")}`;

/**
 * Seeds facilitator profiles, creating an account per profile with the facilitator role (unless `owners`
 * names an existing account for a slug). Returns profile ids by slug. Used by the demo seed, the tests
 * and the benchmark.
 */
export async function seedFacilitatorProfiles(
  db: Database,
  list: readonly SeedFacilitator[],
  options: { owners?: Record<string, string>; verifierId?: string | null } = {},
): Promise<Record<string, string>> {
  const at = now();
  const ids: Record<string, string> = {};
  await db.transaction(async (tx) => {
    for (const f of list) {
      let userId = options.owners?.[f.slug];
      if (!userId) {
        userId = randomUUID();
        await tx.insert(users).values({
          id: userId,
          email: `${f.slug}@facilitators.example.org`,
          displayName: f.displayName,
          passwordHash: nonLoginPasswordHash(),
          role: "facilitator",
          country: f.country,
          timeZone: f.timeZone,
          emailVerifiedAt: at,
        });
      }
      const dates = verificationDates(f, at);
      const { id } = await insertFacilitatorProfile(tx, userId, profileValuesFromSeed(f), {
        slug: f.slug,
        ...dates,
        verifiedBy: dates.verifiedAt ? (options.verifierId ?? null) : null,
      });
      ids[f.slug] = id;
      if (f.training.length) {
        await tx.insert(facilitatorTraining).values(
          f.training.map((t) => ({
            id: randomUUID(),
            profileId: id,
            programme: t.programme,
            provider: t.provider,
            completedOn: `${t.completedYear}-06-30`,
            expiresOn: t.expiresYear ? `${t.expiresYear}-06-30` : null,
            evidenceRef: t.evidenceRef ?? null,
          })),
        );
      }
    }
  });
  return ids;
}

/** Past requests from the demo organisation to Claire, so her profile shows real response figures. */
async function seedDemoRequests(db: Database, profileId: string, requesterId: string) {
  const at = now().getTime();
  const past = [
    { daysAgo: 40, answeredAfterHours: 5, status: "accepted" as const, harmType: "communication", setting: "emergency" },
    { daysAgo: 26, answeredAfterHours: 20, status: "accepted" as const, harmType: "diagnostic", setting: "emergency" },
    { daysAgo: 15, answeredAfterHours: 30, status: "declined" as const, harmType: "workplace", setting: "hospital_ward" },
    { daysAgo: 9, answeredAfterHours: 3, status: "accepted" as const, harmType: "communication", setting: "hospital_ward" },
  ];
  await db.insert(contactRequests).values(
    past.map((r) => {
      const createdAt = new Date(at - r.daysAgo * DAY_MS);
      return {
        id: randomUUID(),
        profileId,
        organisationId: DEMO_ORGANISATION.id,
        requesterId,
        harmType: r.harmType,
        setting: r.setting,
        modality: "online",
        languages: ["en"],
        timeframe: "within_month" as const,
        message: "Our team would value a restorative conversation after a difficult event in our service. We would like to understand how you prepare people.",
        status: r.status,
        declineReason: r.status === "declined" ? "My calendar is full this month; please try again later." : null,
        createdAt,
        expiresAt: new Date(createdAt.getTime() + 48 * HOUR_MS),
        respondedAt: new Date(createdAt.getTime() + r.answeredAfterHours * HOUR_MS),
      };
    }),
  );
}

/** Seeds the directory demo content: every fictional profile, Claire's own, a few requests and a concern. */
export async function seedDirectory(db: Database, people: Record<DemoKey, string>): Promise<void> {
  const ids = await seedFacilitatorProfiles(db, [...FACILITATORS, DEMO_FACILITATOR_PROFILE], {
    owners: { [DEMO_FACILITATOR_PROFILE.slug]: people.facilitator },
    verifierId: people.admin,
  });
  await seedDemoRequests(db, ids[DEMO_FACILITATOR_PROFILE.slug]!, people.org);
  const someone = FACILITATORS.find((f) => f.verification.state === "unverified");
  if (someone) {
    await db.insert(facilitatorConcerns).values({
      id: randomUUID(),
      profileId: ids[someone.slug]!,
      raisedBy: people.member,
      kind: "training",
      details: "I could not find the training provider named on this profile. Could someone check the training record, please?",
    });
  }
}
