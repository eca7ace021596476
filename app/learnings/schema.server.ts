import { z } from "zod";
import { CARE_SETTINGS, COUNTRIES, EVENT_TYPES } from "~/taxonomy";
import { CHECKLIST_KEYS, MAX_TAGS, SECTIONS, SECTION_LIMIT, TITLE_LIMIT, parseTags, type SectionKey } from "./sections";

// Input schemas shared by the forms and the server. A draft may be saved half-written; submission
// asks for every required section and a consent record.

const text = (max: number, message: string) => z.string().trim().max(max, message).default("");
const optionalDate = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), "Enter the date as year-month-day, for example 2025-03-14.");

const sectionShape = Object.fromEntries(SECTIONS.map((s) => [s.key, text(SECTION_LIMIT, `Keep this section under ${SECTION_LIMIT} characters.`)])) as Record<
  SectionKey,
  z.ZodDefault<z.ZodString>
>;

/** Everything a draft form sends. Saving accepts any subset, so nothing typed is ever refused for being unfinished. */
export const DraftFieldsSchema = z.object({
  title: text(TITLE_LIMIT, `Keep the title under ${TITLE_LIMIT} characters.`),
  setting: z.string().trim().default(""),
  eventType: z.string().trim().default(""),
  country: z.string().trim().toUpperCase().default(""),
  year: z.string().trim().default(""),
  tags: text(300, "Keep the tags under 300 characters."),
  ...sectionShape,
  consentBasis: z.string().trim().default(""),
  consentPatientFamily: text(300, "Keep this under 300 characters."),
  consentPatientFamilyOn: optionalDate,
  consentStaff: text(300, "Keep this under 300 characters."),
  consentStaffOn: optionalDate,
  consentNotSoughtReason: text(1000, "Keep this under 1000 characters."),
  correctionNote: text(500, "Keep the note under 500 characters."),
  requestedVisibility: z.enum(["public", "members"]).catch("public"),
});
export type DraftFields = z.infer<typeof DraftFieldsSchema>;

const isOneOf = (list: readonly { value: string }[], value: string) => list.some((o) => o.value === value);

/**
 * The rules a draft must meet before it goes to reviewers, as one message per field.
 * `kind` "correction" also asks for the note readers will see.
 */
export function submissionErrors(fields: DraftFields, options: { kind: "new" | "correction"; currentYear: number }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!fields.title) errors.title = "Give the learning a short title.";
  if (!isOneOf(CARE_SETTINGS, fields.setting)) errors.setting = "Choose the care setting.";
  if (!isOneOf(EVENT_TYPES, fields.eventType)) errors.eventType = "Choose the kind of event.";
  if (!COUNTRIES[fields.country]) errors.country = "Choose the country where it happened.";
  const year = Number(fields.year);
  if (!/^\d{4}$/.test(fields.year) || year < 1950 || year > options.currentYear) {
    errors.year = `Enter the year only, between 1950 and ${options.currentYear}.`;
  }
  if (parseTags(fields.tags).length > MAX_TAGS) errors.tags = `Use at most ${MAX_TAGS} tags.`;
  for (const section of SECTIONS) {
    const value = fields[section.key];
    if (section.required && value.length < 20) errors[section.key] = "Write a few sentences here (at least 20 characters).";
  }
  Object.assign(errors, consentErrors(fields));
  if (options.kind === "correction" && fields.correctionNote.length < 10) {
    errors.correctionNote = "Say briefly what this correction changes; readers see it as the “updated” note.";
  }
  return errors;
}

/** A learning without a consent record cannot be submitted; a patient or family perspective needs their consent. */
export function consentErrors(fields: DraftFields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (fields.consentBasis === "obtained") {
    const patient = !!fields.consentPatientFamily;
    const staff = !!fields.consentStaff;
    if (!patient && !staff) {
      errors.consentPatientFamily = "Say who consented (by role, not by name): the patient or family, staff involved, or both.";
    }
    if (patient && !fields.consentPatientFamilyOn) errors.consentPatientFamilyOn = "Enter when the patient or family consented.";
    if (staff && !fields.consentStaffOn) errors.consentStaffOn = "Enter when the staff involved consented.";
    if (fields.patientPerspective && !patient) {
      errors.consentPatientFamily = "A patient or family perspective can only be shared with their consent. Record it here, or remove that section.";
    }
  } else if (fields.consentBasis === "not_sought") {
    if (fields.consentNotSoughtReason.length < 10) errors.consentNotSoughtReason = "Explain why consent could not be sought.";
    if (fields.patientPerspective) {
      errors.patientPerspective = "A patient or family perspective needs their recorded consent. Remove it, or record their consent.";
    }
  } else {
    errors.consentBasis = "Record who consented and when, or why consent could not be sought.";
  }
  return errors;
}

export const FindingActionSchema = z.discriminatedUnion("intent", [
  // A value is named by its hash (the check page) or by its type and text.
  z.object({ intent: z.literal("accept"), hash: z.string().optional(), type: z.string().optional(), text: z.string().optional() }),
  z.object({ intent: z.literal("accept-all") }),
  z.object({
    intent: z.literal("not-identifying"),
    hash: z.string().optional(),
    type: z.string().optional(),
    text: z.string().optional(),
    reason: z.string().trim().min(5, "Say briefly why this does not identify anyone.").max(300, "Keep the reason under 300 characters."),
  }),
  z.object({ intent: z.literal("undo"), hash: z.string().min(1) }),
]);

export const ReviewSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("approve"),
    checklist: z
      .array(z.string())
      .refine((list) => CHECKLIST_KEYS.every((k) => list.includes(k)), "Work through every item on the checklist before approving."),
    cleared: z.array(z.string()).default([]),
    visibility: z.enum(["public", "members"]).optional(),
    comments: z.string().trim().max(3000).default(""),
  }),
  z.object({
    intent: z.literal("return"),
    comments: z.string().trim().min(10, "Tell the author what to change (at least a sentence).").max(3000, "Keep comments under 3000 characters."),
  }),
]);

export const WithdrawSchema = z.object({
  reason: z.string().trim().min(5, "Give a short reason; it stays private to the reviewers and administrators.").max(500),
});

export const ReflectionSchema = z.object({
  body: z.string().trim().min(3, "Write a few words.").max(1000, "Keep reflections under 1000 characters."),
});
export const FlagSchema = z.object({
  reflectionId: z.string().min(1),
  reason: z.string().trim().min(3, "Say briefly what concerns you.").max(300, "Keep it under 300 characters."),
});
export const HideSchema = z.object({
  reflectionId: z.string().min(1),
  reason: z.string().trim().min(3, "Give a reason; the author sees it.").max(300, "Keep it under 300 characters."),
});

export const ListFiltersSchema = z.object({
  setting: z.string().trim().optional().catch(undefined),
  type: z.string().trim().optional().catch(undefined),
  country: z.string().trim().toUpperCase().optional().catch(undefined),
  year: z.coerce.number().int().min(1900).max(3000).optional().catch(undefined),
  after: z.string().optional().catch(undefined),
});
export type ListFilters = z.infer<typeof ListFiltersSchema>;
