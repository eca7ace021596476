import { z } from "zod";
import { APPROACHES, AVAILABILITY, CARE_SETTINGS, COMPETENCY_LEVELS, HARM_TYPES, MODALITIES } from "~/taxonomy";
import { CONCERN_KINDS, TIMEFRAMES } from "./options";
import { isCountryCode, isLanguageCode, isTimeZone } from "./codes";

export { fieldErrors, type FieldErrors } from "~/utils/forms";

const values = <T extends readonly { value: string }[]>(list: T) => list.map((o) => o.value) as [T[number]["value"], ...T[number]["value"][]];

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === "" ? null : v));

const wholeNumber = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,7}$/, message)
    .transform(Number);

const optionalWholeNumber = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^(\d{1,7})?$/, message)
    .transform((v) => (v === "" ? null : Number(v)));

export const ProfileSchema = z
  .object({
    displayName: z.string().trim().min(2, "Enter the name organisations will see (at least 2 characters).").max(80, "Keep the name under 80 characters."),
    pronouns: optionalText(40, "Keep pronouns under 40 characters."),
    bio: z
      .string()
      .trim()
      .min(40, "Write a short bio of at least 40 characters: how you work and with whom.")
      .max(2500, "Keep the bio under 2,500 characters."),
    country: z.string().trim().toUpperCase().refine(isCountryCode, "Choose the country you are based in."),
    region: optionalText(80, "Keep the region under 80 characters."),
    city: optionalText(80, "Keep the city under 80 characters."),
    timeZone: z.string().refine(isTimeZone, "Choose your time zone from the list."),
    languages: z.array(z.string().refine(isLanguageCode, "Choose languages from the list.")).min(1, "Choose at least one language you work in."),
    modalities: z
      .array(z.enum(values(MODALITIES), { error: "Choose from in person, online or hybrid." }))
      .min(1, "Choose at least one way of working: in person, online or hybrid."),
    harmTypes: z.array(z.enum(values(HARM_TYPES), { error: "Choose kinds of harm from the list." })).min(1, "Choose at least one kind of harm you work with."),
    settings: z.array(z.enum(values(CARE_SETTINGS), { error: "Choose care settings from the list." })).default([]),
    approaches: z.array(z.enum(values(APPROACHES), { error: "Choose approaches from the list." })).min(1, "Choose at least one approach you use."),
    competency: z.enum(values(COMPETENCY_LEVELS), { error: "Choose a competency level: foundation, intermediate or advanced." }),
    processesFacilitated: wholeNumber("Enter the number of processes you have facilitated as a whole number, such as 12."),
    supervisor: optionalText(120, "Keep the supervisor's name under 120 characters."),
    organisation: z.string().trim().min(2, "Enter the organisation you belong to, or “Independent”.").max(120, "Keep the organisation under 120 characters."),
    coFacilitates: z.enum(["yes", "no"], { error: "Say whether you will co-facilitate." }).transform((v) => v === "yes"),
    feeKind: z.enum(["pro_bono", "range", "funded"], { error: "Choose how your work is paid for." }),
    feeCurrency: optionalText(3, "Use a three-letter currency code such as NZD or EUR."),
    feeMin: optionalWholeNumber("Enter the lowest fee as a whole number."),
    feeMax: optionalWholeNumber("Enter the highest fee as a whole number."),
    feeUnit: z.enum(["", "per hour", "per process"]).transform((v) => (v === "" ? null : v)),
    feeFundedBy: optionalText(160, "Keep this under 160 characters."),
    availability: z.enum(values(AVAILABILITY), { error: "Choose your availability." }),
    contactEmail: z.email({ error: "Enter an email address like name@example.org." }).max(200),
    contactPhone: optionalText(40, "Keep the phone number under 40 characters.").refine(
      (v) => v === null || /^\+?[\d\s().-]{6,}$/.test(v),
      "Enter a phone number with digits, such as +64 7 555 0142.",
    ),
    conflictNotes: optionalText(1000, "Keep the notes under 1,000 characters."),
    clearConflictNotes: z
      .string()
      .optional()
      .transform((v) => v === "yes"),
    listed: z.enum(["yes", "no"]).transform((v) => v === "yes"),
  })
  .superRefine((v, ctx) => {
    if (v.feeKind === "range") {
      if (!v.feeCurrency || !/^[A-Z]{3}$/.test(v.feeCurrency.toUpperCase()))
        ctx.addIssue({ code: "custom", path: ["feeCurrency"], message: "Use a three-letter currency code such as NZD or EUR." });
      if (v.feeMin === null) ctx.addIssue({ code: "custom", path: ["feeMin"], message: "Enter the lowest fee of your range." });
      if (v.feeMax === null) ctx.addIssue({ code: "custom", path: ["feeMax"], message: "Enter the highest fee of your range." });
      else if (v.feeMin !== null && v.feeMax < v.feeMin)
        ctx.addIssue({ code: "custom", path: ["feeMax"], message: "The highest fee must be at least the lowest fee." });
      if (!v.feeUnit) ctx.addIssue({ code: "custom", path: ["feeUnit"], message: "Say whether the fee is per hour or per process." });
    }
    if (v.feeKind === "funded" && !v.feeFundedBy)
      ctx.addIssue({ code: "custom", path: ["feeFundedBy"], message: "Say who funds your work, such as your health service." });
  });
export type ProfileInput = z.infer<typeof ProfileSchema>;

const isoDate = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), message);

export const TrainingSchema = z
  .object({
    programme: z.string().trim().min(3, "Enter the name of the programme.").max(160, "Keep the programme name under 160 characters."),
    provider: z.string().trim().min(2, "Enter who provided the training.").max(160, "Keep the provider under 160 characters."),
    completedOn: isoDate("Enter the completion date, such as 2023-05-30."),
    expiresOn: z.union([z.literal(""), isoDate("Enter the expiry date, such as 2026-05-30, or leave it empty.")]).transform((v) => (v === "" ? null : v)),
    evidenceRef: optionalText(120, "Keep the reference under 120 characters."),
  })
  .superRefine((v, ctx) => {
    if (v.expiresOn && v.expiresOn <= v.completedOn)
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "The expiry date must be after the completion date." });
  });

export const VerifySchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("verify"),
    validUntil: isoDate("Enter the date the verification is valid until, such as 2027-06-30."),
    note: optionalText(500, "Keep the note under 500 characters."),
  }),
  z.object({
    intent: z.literal("revoke"),
    note: z.string().trim().min(3, "Give a short reason for the audit log.").max(500, "Keep the reason under 500 characters."),
  }),
]);

export const ConcernSchema = z.object({
  kind: z.enum(CONCERN_KINDS, { error: "Choose what the concern is about." }),
  details: z
    .string()
    .trim()
    .min(20, "Tell us a little more (at least 20 characters), without patient details.")
    .max(3000, "Keep the details under 3,000 characters."),
  replyEmail: z
    .union([z.literal(""), z.email({ error: "Enter an email address like name@example.org, or leave it empty." })])
    .transform((v) => (v === "" ? null : v)),
});

export const ContactRequestSchema = z.object({
  organisationId: z.string().min(1, "Choose the organisation you are asking for."),
  harmType: z.enum(values(HARM_TYPES), { error: "Choose the kind of harm." }),
  setting: z.enum(values(CARE_SETTINGS), { error: "Choose the care setting." }),
  modality: z.enum(values(MODALITIES), { error: "Choose how you would like to meet." }),
  languages: z.array(z.string().refine(isLanguageCode, "Choose languages from the list.")).min(1, "Choose at least one language for the process."),
  timeframe: z.enum(TIMEFRAMES, { error: "Choose a timeframe." }),
  message: z
    .string()
    .trim()
    .min(20, "Write a short message of at least 20 characters about what you hope for.")
    .max(1500, "Keep the message under 1,500 characters."),
});
export type ContactRequestInput = z.infer<typeof ContactRequestSchema>;

export const AnswerSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept") }),
  z.object({ intent: z.literal("decline"), reason: optionalText(500, "Keep the reason under 500 characters.") }),
  z.object({ intent: z.literal("resend"), profileId: z.string().min(1, "Choose another facilitator.") }),
]);
