// The shape of a case learning, shared by forms, the server and the reviewers' checklist.

/** The restorative questions, in the order a learning is written and read. */
export const SECTIONS = [
  { key: "whatHappened", label: "What happened", hint: "The event in plain words, without names, dates or places.", required: true },
  {
    key: "whoAffected",
    label: "Who has been affected",
    hint: "Describe people by their role: the patient, a family member, the nurse on shift.",
    required: true,
  },
  { key: "impactsAndNeeds", label: "What were the impacts and needs", hint: "What each person lived through, and what they needed.", required: true },
  {
    key: "responsibilities",
    label: "Who was responsible for responding, and how they did",
    hint: "Who had a part to play in putting things right, and what they did.",
    required: true,
  },
  { key: "whatChanged", label: "What changed or was learned", hint: "This section is highlighted on the published page.", required: true },
  {
    key: "freeOfHarm",
    label: "What would it look like to be free of this harm",
    hint: "A picture of the care we want, for everyone involved.",
    required: true,
  },
  { key: "patientPerspective", label: "A patient or family perspective (optional)", hint: "Only with their consent, recorded below.", required: false },
] as const;

export type SectionKey = (typeof SECTIONS)[number]["key"];
export const SECTION_KEYS = SECTIONS.map((s) => s.key) as SectionKey[];
export const sectionLabel = (key: string) => SECTIONS.find((s) => s.key === key)?.label ?? key;

/** Fields the de-identifier checks: the title, the tags and every section. */
export const CHECKED_FIELDS = ["title", "tags", ...SECTION_KEYS] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];
export const fieldLabel = (field: string) => (field === "title" ? "Title" : field === "tags" ? "Tags" : sectionLabel(field));

export const SECTION_LIMIT = 6000;
export const TITLE_LIMIT = 140;
export const MAX_TAGS = 8;

/** The 18 HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)), which reviewer one works through. */
export const SAFE_HARBOR_IDENTIFIERS = [
  { key: "hipaa_names", label: "Names" },
  { key: "hipaa_geography", label: "Geographic subdivisions smaller than a state or region (street, town, postcode)" },
  { key: "hipaa_dates", label: "Dates (other than year) related to a person, and ages over 89" },
  { key: "hipaa_phone", label: "Telephone numbers" },
  { key: "hipaa_fax", label: "Fax numbers" },
  { key: "hipaa_email", label: "Email addresses" },
  { key: "hipaa_ssn", label: "Social security or national identity numbers" },
  { key: "hipaa_mrn", label: "Medical record numbers (including NHS and NHI numbers)" },
  { key: "hipaa_health_plan", label: "Health plan beneficiary numbers" },
  { key: "hipaa_account", label: "Account numbers" },
  { key: "hipaa_licence", label: "Certificate or licence numbers" },
  { key: "hipaa_vehicle", label: "Vehicle identifiers and serial numbers, including licence plates" },
  { key: "hipaa_device", label: "Device identifiers and serial numbers" },
  { key: "hipaa_url", label: "Web addresses (URLs)" },
  { key: "hipaa_ip", label: "Internet protocol (IP) addresses" },
  { key: "hipaa_biometric", label: "Biometric identifiers, including finger and voice prints" },
  { key: "hipaa_photo", label: "Full-face photographs and comparable images" },
  { key: "hipaa_other", label: "Any other unique identifying number, characteristic or code" },
] as const;

export const OTHER_CHECKS = [
  {
    key: "indirect",
    label: "Indirect identification: no rare event, small place, unusual role or combination of details that would let someone recognise the people involved",
  },
  { key: "consent", label: "Consent: the consent record fits the text, and any patient or family perspective is given with their consent" },
] as const;

export const CHECKLIST = [...SAFE_HARBOR_IDENTIFIERS, ...OTHER_CHECKS];
export const CHECKLIST_KEYS: string[] = CHECKLIST.map((c) => c.key);

/** Tags as typed ("falls, night shift") → a clean list. */
export function parseTags(value: string): string[] {
  const seen = new Set<string>();
  for (const raw of value.split(",")) {
    const tag = raw.trim().toLowerCase().replace(/\s+/g, " ");
    if (tag) seen.add(tag);
  }
  return [...seen];
}
