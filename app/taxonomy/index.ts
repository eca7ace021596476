// One taxonomy shared by case learnings, the facilitator directory and the resource library,
// so that a filter means the same thing everywhere. Slugs are stable identifiers stored in the
// database; labels are what people read.

export type Option<T extends string = string> = { readonly value: T; readonly label: string };

function options<const T extends readonly Option[]>(list: T) {
  return list;
}
export type ValueOf<L extends readonly Option[]> = L[number]["value"];

/** Care settings (learnings, resources, directory specialties). */
export const CARE_SETTINGS = options([
  { value: "hospital_ward", label: "Hospital ward" },
  { value: "emergency", label: "Emergency" },
  { value: "theatre", label: "Operating theatre" },
  { value: "maternity", label: "Maternity" },
  { value: "mental_health", label: "Mental health" },
  { value: "primary_care", label: "Primary care" },
  { value: "aged_care", label: "Aged care" },
  { value: "pharmacy", label: "Pharmacy" },
  { value: "community", label: "Community" },
] as const);
export type CareSetting = ValueOf<typeof CARE_SETTINGS>;

/** Event types aligned with the WHO ICPS incident types (learnings). */
export const EVENT_TYPES = options([
  { value: "medication", label: "Medication" },
  { value: "procedure", label: "Procedure or surgery" },
  { value: "diagnosis", label: "Diagnosis" },
  { value: "fall", label: "Fall" },
  { value: "infection", label: "Infection" },
  { value: "communication", label: "Communication or handover" },
  { value: "transfusion", label: "Transfusion" },
  { value: "equipment", label: "Equipment" },
  { value: "care_coordination", label: "Care coordination" },
  { value: "other", label: "Other" },
] as const);
export type EventType = ValueOf<typeof EVENT_TYPES>;

/** Kinds of harm (directory specialties, resource topics). */
export const HARM_TYPES = options([
  { value: "medication", label: "Medication harm" },
  { value: "surgical", label: "Surgical harm" },
  { value: "maternity", label: "Maternity and birth" },
  { value: "diagnostic", label: "Diagnostic error" },
  { value: "mental_health", label: "Mental health care" },
  { value: "aged_care", label: "Aged care" },
  { value: "device", label: "Medical devices and implants" },
  { value: "infection", label: "Healthcare-associated infection" },
  { value: "communication", label: "Communication and handover" },
  { value: "workplace", label: "Harm between colleagues" },
] as const);
export type HarmType = ValueOf<typeof HARM_TYPES>;

/** Restorative approaches (directory, resources). */
export const APPROACHES = options([
  { value: "restorative_conference", label: "Restorative conference" },
  { value: "circle", label: "Circle" },
  { value: "restorative_conversation", label: "Restorative conversation" },
  { value: "cultural_practice", label: "Indigenous and cultural practice (e.g. hohou te rongo)" },
  { value: "mediation", label: "Mediation" },
] as const);
export type Approach = ValueOf<typeof APPROACHES>;

/** Topics for resources: the union of the shared lists plus library-only themes. */
export const TOPICS = options([
  ...HARM_TYPES,
  ...APPROACHES,
  { value: "just_culture", label: "Restorative just culture" },
  { value: "second_victim", label: "Support for involved clinicians (second victim)" },
  { value: "open_disclosure", label: "Open disclosure and communication after harm" },
  { value: "patient_family", label: "Patient and family engagement" },
  { value: "policy", label: "Policy and regulation" },
  { value: "indigenous", label: "Indigenous perspectives" },
  { value: "evaluation", label: "Evaluation and research" },
] as const);
export type Topic = ValueOf<typeof TOPICS>;

export const RESOURCE_TYPES = options([
  { value: "article", label: "Article" },
  { value: "research_paper", label: "Research paper" },
  { value: "policy", label: "Policy" },
  { value: "framework", label: "Framework" },
  { value: "toolkit", label: "Toolkit" },
  { value: "guide", label: "Guide" },
  { value: "video", label: "Video" },
  { value: "podcast", label: "Podcast" },
  { value: "course", label: "Course" },
] as const);
export type ResourceType = ValueOf<typeof RESOURCE_TYPES>;

export const AUDIENCES = options([
  { value: "healthcare_workers", label: "Healthcare workers" },
  { value: "leaders", label: "Leaders" },
  { value: "patients_families", label: "Patients and families" },
  { value: "facilitators", label: "Facilitators" },
  { value: "policy_makers", label: "Policy makers" },
] as const);
export type Audience = ValueOf<typeof AUDIENCES>;

export const MODALITIES = options([
  { value: "in_person", label: "In person" },
  { value: "online", label: "Online" },
  { value: "hybrid", label: "Hybrid" },
] as const);
export type Modality = ValueOf<typeof MODALITIES>;

export const AVAILABILITY = options([
  { value: "accepting", label: "Accepting requests" },
  { value: "waitlist", label: "Waitlist" },
  { value: "not_accepting", label: "Not accepting" },
] as const);
export type Availability = ValueOf<typeof AVAILABILITY>;

export const COMPETENCY_LEVELS = options([
  { value: "foundation", label: "Foundation" },
  { value: "intermediate", label: "Intermediate" },
  { value: "advanced", label: "Advanced" },
] as const);
export type CompetencyLevel = ValueOf<typeof COMPETENCY_LEVELS>;

/** Countries the network is active in; any ISO 3166-1 alpha-2 code is accepted in data. */
export const COUNTRIES: Record<string, string> = {
  NZ: "New Zealand",
  AU: "Australia",
  CA: "Canada",
  US: "United States",
  GB: "United Kingdom",
  IE: "Ireland",
  ZA: "South Africa",
  FR: "France",
  BE: "Belgium",
  NL: "Netherlands",
  DE: "Germany",
  ES: "Spain",
  PT: "Portugal",
  BR: "Brazil",
  SE: "Sweden",
  NO: "Norway",
  DK: "Denmark",
  FI: "Finland",
  CH: "Switzerland",
  IT: "Italy",
  SG: "Singapore",
  IN: "India",
  KE: "Kenya",
  MX: "Mexico",
  JP: "Japan",
  FJ: "Fiji",
  WS: "Samoa",
  TO: "Tonga",
};

/** Languages by ISO 639-1 code. */
export const LANGUAGES: Record<string, string> = {
  en: "English",
  fr: "French",
  mi: "Māori",
  es: "Spanish",
  pt: "Portuguese",
  de: "German",
  nl: "Dutch",
  af: "Afrikaans",
  zu: "Zulu",
  xh: "Xhosa",
  sv: "Swedish",
  no: "Norwegian",
  da: "Danish",
  fi: "Finnish",
  it: "Italian",
  hi: "Hindi",
  pa: "Punjabi",
  zh: "Chinese",
  ja: "Japanese",
  sm: "Samoan",
  to: "Tongan",
  fj: "Fijian",
  sw: "Swahili",
  ar: "Arabic",
  ga: "Irish",
  cy: "Welsh",
  cr: "Cree",
  tl: "Tagalog",
};

export function labelOf(list: readonly Option[], value: string): string {
  return list.find((o) => o.value === value)?.label ?? value;
}
