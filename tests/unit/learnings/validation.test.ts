import { describe, expect, it } from "vitest";
import { DraftFieldsSchema, ReviewSchema, consentErrors, submissionErrors } from "../../../app/learnings/schema.server";
import { CHECKLIST_KEYS, SAFE_HARBOR_IDENTIFIERS, SECTIONS, parseTags } from "../../../app/learnings/sections";

const sentence = "A few plain sentences about what happened and what was learned.";
const complete = DraftFieldsSchema.parse({
  title: "A missed allergy at handover",
  setting: "hospital_ward",
  eventType: "communication",
  country: "gb",
  year: "2024",
  tags: "handover, allergy",
  ...Object.fromEntries(SECTIONS.filter((s) => s.required).map((s) => [s.key, sentence])),
  consentBasis: "obtained",
  consentStaff: "The nurses involved",
  consentStaffOn: "2025-02-01",
});
const errorsOf = (overrides: Record<string, string>, kind: "new" | "correction" = "new") =>
  submissionErrors({ ...complete, ...overrides }, { kind, currentYear: 2026 });

describe("sections and consent validation", () => {
  it("accepts a complete learning with a consent record", () => {
    expect(complete.country).toBe("GB");
    expect(errorsOf({})).toEqual({});
  });

  it("asks for every required restorative question, and not the optional perspective", () => {
    for (const section of SECTIONS) {
      const errors = errorsOf({ [section.key]: "" });
      if (section.required) expect(errors[section.key], section.key).toMatch(/Write a few sentences/);
      else expect(errors[section.key]).toBeUndefined();
    }
  });

  it("takes the year only, never a date or a future year", () => {
    expect(errorsOf({ year: "14/03/2024" }).year).toMatch(/year only/);
    expect(errorsOf({ year: "2031" }).year).toBeDefined();
    expect(errorsOf({ year: "2026" }).year).toBeUndefined();
  });

  it("refuses submission without a consent record", () => {
    expect(errorsOf({ consentBasis: "" }).consentBasis).toMatch(/who consented and when/);
  });

  it("asks who consented and when", () => {
    expect(errorsOf({ consentStaff: "", consentStaffOn: "" }).consentPatientFamily).toMatch(/who consented/);
    expect(errorsOf({ consentStaffOn: "" }).consentStaffOn).toMatch(/when the staff/);
  });

  it("asks why consent could not be sought", () => {
    expect(errorsOf({ consentBasis: "not_sought" }).consentNotSoughtReason).toMatch(/why consent could not be sought/);
    expect(errorsOf({ consentBasis: "not_sought", consentNotSoughtReason: "The family could not be reached after many attempts." })).toEqual({});
  });

  it("allows a patient or family perspective only with their recorded consent", () => {
    expect(errorsOf({ patientPerspective: "We wanted to be heard." }).consentPatientFamily).toMatch(/only be shared with their consent/);
    expect(
      consentErrors({
        ...complete,
        patientPerspective: "We wanted to be heard.",
        consentPatientFamily: "The patient's son",
        consentPatientFamilyOn: "2025-02-03",
      }),
    ).toEqual({});
    expect(
      errorsOf({ consentBasis: "not_sought", consentNotSoughtReason: "Could not be reached.", patientPerspective: "Words." }).patientPerspective,
    ).toBeDefined();
  });

  it("asks a correction for the note readers will see", () => {
    expect(errorsOf({}, "correction").correctionNote).toMatch(/updated/);
    expect(errorsOf({ correctionNote: "Corrected the year of the event." }, "correction")).toEqual({});
  });

  it("cleans tags and refuses more than eight", () => {
    expect(parseTags(" Handover,  night  shift ,handover,")).toEqual(["handover", "night shift"]);
    expect(errorsOf({ tags: "a,b,c,d,e,f,g,h,i" }).tags).toBeDefined();
  });

  it("lists the 18 Safe Harbor identifiers and makes reviewers tick every checklist item", () => {
    expect(SAFE_HARBOR_IDENTIFIERS).toHaveLength(18);
    const partial = ReviewSchema.safeParse({ intent: "approve", checklist: CHECKLIST_KEYS.slice(1) });
    expect(partial.success).toBe(false);
    expect(ReviewSchema.safeParse({ intent: "approve", checklist: CHECKLIST_KEYS }).success).toBe(true);
    expect(ReviewSchema.safeParse({ intent: "return", comments: "" }).success).toBe(false);
  });
});
