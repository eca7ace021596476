// Crisis and support lines by country, used by the /support page and by the private panel
// shown to someone whose post expresses suicidal thoughts.
//
// Every number, hour and website here was checked against the service's own published
// information when written. A field we were not sure of was left out rather than guessed.
// Services change: review this file at least every six months.
import { EMERGENCY_BY_COUNTRY, type EmergencyNumbers } from "./emergency";

export const SUPPORT_COUNTRIES = {
  NZ: "New Zealand",
  AU: "Australia",
  CA: "Canada",
  US: "United States",
  GB: "United Kingdom",
  IE: "Ireland",
  ZA: "South Africa",
  FR: "France",
} as const;

export type SupportCountry = keyof typeof SUPPORT_COUNTRIES;

export type SupportLine = {
  /** ISO 3166-1 alpha-2 code, or "INT" for services that work across borders. */
  country: SupportCountry | "INT";
  name: string;
  description: string;
  /** As people would dial it locally. */
  phone?: string;
  /** tel: link. */
  phoneHref?: string;
  /** How to text, e.g. "Text 1737". */
  text?: string;
  /** sms: link. */
  textHref?: string;
  hours: string;
  website: string;
  /** ISO 639-1 codes of languages the service offers directly. */
  languages?: string[];
  /** True when the service is specifically for health and care workers. */
  forHealthWorkers?: boolean;
};

export const SUPPORT_LINES: SupportLine[] = [
  // ── New Zealand ────────────────────────────────────────────────────────────
  {
    country: "NZ",
    name: "Need to talk? 1737",
    description: "Free call or text to talk with a trained counsellor about anything that is weighing on you.",
    phone: "1737",
    phoneHref: "tel:1737",
    text: "Text 1737",
    textHref: "sms:1737",
    hours: "24 hours, 7 days",
    website: "https://1737.org.nz",
  },
  {
    country: "NZ",
    name: "Lifeline Aotearoa",
    description: "Free, confidential support from trained Lifeline helpers when life feels too hard.",
    phone: "0800 543 354",
    phoneHref: "tel:0800543354",
    text: "Text 4357 (HELP)",
    textHref: "sms:4357",
    hours: "24 hours, 7 days",
    website: "https://www.lifeline.org.nz",
  },
  {
    country: "NZ",
    name: "Suicide Crisis Helpline",
    description: "For anyone thinking about suicide, or worried about someone else. Free to call.",
    phone: "0508 828 865 (0508 TAUTOKO)",
    phoneHref: "tel:0508828865",
    hours: "24 hours, 7 days",
    website: "https://www.lifeline.org.nz",
  },
  {
    country: "NZ",
    name: "Youthline",
    description: "Free support for young people and those who care about them.",
    phone: "0800 376 633",
    phoneHref: "tel:0800376633",
    text: "Free text 234",
    textHref: "sms:234",
    hours: "24 hours, 7 days",
    website: "https://www.youthline.co.nz",
  },

  // ── Australia ──────────────────────────────────────────────────────────────
  {
    country: "AU",
    name: "Lifeline Australia",
    description: "Crisis support and suicide prevention by phone, text or online chat.",
    phone: "13 11 14",
    phoneHref: "tel:131114",
    text: "Text 0477 13 11 14",
    textHref: "sms:+61477131114",
    hours: "24 hours, 7 days (phone, text and chat)",
    website: "https://www.lifeline.org.au",
  },
  {
    country: "AU",
    name: "Beyond Blue Support Service",
    description: "Talk with a trained counsellor about anxiety, depression or how you are feeling.",
    phone: "1300 22 4636",
    phoneHref: "tel:1300224636",
    hours: "24 hours, 7 days",
    website: "https://www.beyondblue.org.au",
  },
  {
    country: "AU",
    name: "Suicide Call Back Service",
    description: "Free phone and online counselling for people affected by suicide, including people having suicidal thoughts.",
    phone: "1300 659 467",
    phoneHref: "tel:1300659467",
    hours: "24 hours, 7 days",
    website: "https://www.suicidecallbackservice.org.au",
  },
  {
    country: "AU",
    name: "13YARN",
    description:
      "Crisis support line run by and for Aboriginal and Torres Strait Islander people. Yarn with a trained Aboriginal or Torres Strait Islander crisis supporter.",
    phone: "13 92 76",
    phoneHref: "tel:139276",
    hours: "24 hours, 7 days",
    website: "https://www.13yarn.org.au",
  },
  {
    country: "AU",
    name: "Nurse & Midwife Support",
    description: "Free, confidential advice and referral for nurses, midwives and students about their own health and wellbeing.",
    phone: "1800 667 877",
    phoneHref: "tel:1800667877",
    hours: "24 hours, 7 days",
    website: "https://www.nmsupport.org.au",
    forHealthWorkers: true,
  },
  {
    country: "AU",
    name: "Drs4Drs Support Line",
    description: "Free, confidential mental health support for doctors and medical students anywhere in Australia.",
    phone: "1300 374 377",
    phoneHref: "tel:1300374377",
    hours: "24 hours, 7 days",
    website: "https://www.drs4drs.com.au",
    forHealthWorkers: true,
  },

  // ── Canada ─────────────────────────────────────────────────────────────────
  {
    country: "CA",
    name: "9-8-8 Suicide Crisis Helpline",
    description: "If you are thinking about suicide, or worried about someone, call or text 9-8-8 to reach a trained responder, in English or French.",
    phone: "988",
    phoneHref: "tel:988",
    text: "Text 988",
    textHref: "sms:988",
    hours: "24 hours, 7 days",
    website: "https://988.ca",
    languages: ["en", "fr"],
  },
  {
    country: "CA",
    name: "Hope for Wellness Help Line",
    description:
      "Immediate counselling and crisis support for all Indigenous peoples across Canada, by phone or online chat. English and French; Cree, Ojibway and Inuktitut on request.",
    phone: "1-855-242-3310",
    phoneHref: "tel:+18552423310",
    hours: "24 hours, 7 days",
    website: "https://www.hopeforwellness.ca",
    languages: ["en", "fr", "cr"],
  },
  {
    country: "CA",
    name: "1 866 APPELLE (Québec)",
    description: "Ligne québécoise de prévention du suicide, pour les personnes qui pensent au suicide, leurs proches et les personnes endeuillées.",
    phone: "1 866 277-3553",
    phoneHref: "tel:+18662773553",
    hours: "24 h sur 24, 7 jours sur 7",
    website: "https://suicide.ca",
    languages: ["fr"],
  },
  {
    country: "CA",
    name: "Kids Help Phone",
    description: "Free, confidential support for young people, by phone or text, in English and French.",
    phone: "1-800-668-6868",
    phoneHref: "tel:+18006686868",
    text: "Text 686868",
    textHref: "sms:686868",
    hours: "24 hours, 7 days",
    website: "https://kidshelpphone.ca",
    languages: ["en", "fr"],
  },

  // ── United States ──────────────────────────────────────────────────────────
  {
    country: "US",
    name: "988 Suicide & Crisis Lifeline",
    description:
      "Call, text or chat with a trained crisis counsellor if you are struggling or thinking about suicide, or worried about someone. Spanish is available.",
    phone: "988",
    phoneHref: "tel:988",
    text: "Text 988",
    textHref: "sms:988",
    hours: "24 hours, 7 days",
    website: "https://988lifeline.org",
    languages: ["en", "es"],
  },
  {
    country: "US",
    name: "Crisis Text Line",
    description: "Text with a trained volunteer crisis counsellor.",
    text: "Text HOME to 741741",
    textHref: "sms:741741?body=HOME",
    hours: "24 hours, 7 days",
    website: "https://www.crisistextline.org",
  },
  {
    country: "US",
    name: "Physician Support Line",
    description: "Free, confidential peer support for physicians and medical students from volunteer psychiatrists. No appointment needed.",
    phone: "1-888-409-0141",
    phoneHref: "tel:+18884090141",
    hours: "8am to 1am Eastern Time, 7 days",
    website: "https://www.physiciansupportline.com",
    forHealthWorkers: true,
  },

  // ── United Kingdom ─────────────────────────────────────────────────────────
  {
    country: "GB",
    name: "Samaritans",
    description: "Free, confidential listening for anyone who is struggling. You don't have to be suicidal to call.",
    phone: "116 123",
    phoneHref: "tel:116123",
    hours: "24 hours, 7 days",
    website: "https://www.samaritans.org",
  },
  {
    country: "GB",
    name: "Shout",
    description: "Free, confidential text support with a trained volunteer.",
    text: "Text SHOUT to 85258",
    textHref: "sms:85258?body=SHOUT",
    hours: "24 hours, 7 days",
    website: "https://giveusashout.org",
  },
  {
    country: "GB",
    name: "NHS 111 — mental health option (England)",
    description: "In England, call 111 and choose the mental health option to reach your local NHS urgent mental health service.",
    phone: "111",
    phoneHref: "tel:111",
    hours: "24 hours, 7 days",
    website: "https://111.nhs.uk",
  },
  {
    country: "GB",
    name: "NHS Practitioner Health",
    description: "Free, confidential NHS mental health and addiction service for doctors, dentists and eligible healthcare staff in England. Self-referral.",
    phone: "0300 0303 300",
    phoneHref: "tel:+443000303300",
    hours: "Monday to Friday 8am to 8pm, Saturday 8am to 2pm (closed bank holidays)",
    website: "https://www.practitionerhealth.nhs.uk",
    forHealthWorkers: true,
  },
  {
    country: "GB",
    name: "BMA counselling and peer support",
    description: "Free, confidential counselling and peer support for all UK doctors and medical students — you do not need to be a BMA member.",
    phone: "0330 123 1245",
    phoneHref: "tel:+443301231245",
    hours: "24 hours, 7 days",
    website: "https://www.bma.org.uk",
    forHealthWorkers: true,
  },

  // ── Ireland ────────────────────────────────────────────────────────────────
  {
    country: "IE",
    name: "Samaritans Ireland",
    description: "Free, confidential listening for anyone who is struggling.",
    phone: "116 123",
    phoneHref: "tel:116123",
    hours: "24 hours, 7 days",
    website: "https://www.samaritans.org/ireland/",
  },
  {
    country: "IE",
    name: "50808",
    description: "Free, anonymous text support with a trained volunteer.",
    text: "Text HELLO to 50808",
    textHref: "sms:50808?body=HELLO",
    hours: "24 hours, 7 days",
    website: "https://text50808.ie",
  },
  {
    country: "IE",
    name: "Pieta",
    description: "Free support for people thinking about suicide or self-harm, and for people bereaved by suicide.",
    phone: "1800 247 247",
    phoneHref: "tel:1800247247",
    text: "Text HELP to 51444",
    textHref: "sms:51444?body=HELP",
    hours: "24 hours, 7 days",
    website: "https://www.pieta.ie",
  },

  // ── South Africa ───────────────────────────────────────────────────────────
  {
    country: "ZA",
    name: "SADAG Suicide Crisis Helpline",
    description: "The South African Depression and Anxiety Group's free suicide crisis line. You can also send an SMS and a counsellor will call you back.",
    phone: "0800 567 567",
    phoneHref: "tel:0800567567",
    text: "SMS 31393 for a call back",
    textHref: "sms:31393",
    hours: "24 hours, 7 days",
    website: "https://www.sadag.org",
  },

  // ── France ─────────────────────────────────────────────────────────────────
  {
    country: "FR",
    name: "3114 — numéro national de prévention du suicide",
    description: "Pour les personnes qui pensent au suicide, leurs proches, et les professionnels. Gratuit, confidentiel, des soignants formés vous répondent.",
    phone: "3114",
    phoneHref: "tel:3114",
    hours: "24 h sur 24, 7 jours sur 7",
    website: "https://3114.fr",
    languages: ["fr"],
  },
  {
    country: "FR",
    name: "SOS Amitié",
    description: "Écoute anonyme pour les personnes en détresse, par des bénévoles formés.",
    phone: "09 72 39 40 50",
    phoneHref: "tel:+33972394050",
    hours: "24 h sur 24, 7 jours sur 7",
    website: "https://www.sos-amitie.com",
    languages: ["fr"],
  },
  {
    country: "FR",
    name: "SPS — numéro vert pour les professionnels de santé",
    description: "Écoute par des psychologues pour les professionnels de santé et les étudiants en santé en souffrance. Gratuit et anonyme.",
    phone: "0 805 23 23 36",
    phoneHref: "tel:0805232336",
    hours: "24 h sur 24, 7 jours sur 7",
    website: "https://www.asso-sps.fr",
    languages: ["fr"],
    forHealthWorkers: true,
  },
];

/** Shown after a country's own lines, and first when we do not know where someone is. */
export const INTERNATIONAL_NOTE: SupportLine = {
  country: "INT",
  name: "Find a helpline in your country",
  description:
    "If you are somewhere else, or not sure which service is right, Find A Helpline lists free, confidential crisis lines around the world. If you are in immediate danger, call your local emergency number.",
  hours: "Varies by service",
  website: "https://findahelpline.com",
};

/** Emergency numbers for every listed country (the type says none is missing). */
export const EMERGENCY_NUMBERS: Record<SupportCountry, EmergencyNumbers> = EMERGENCY_BY_COUNTRY;

const ALIASES: Record<string, SupportCountry> = { UK: "GB" };

function normalise(country?: string): SupportCountry | undefined {
  if (!country) return undefined;
  const code = country.trim().toUpperCase();
  const resolved = ALIASES[code] ?? code;
  return resolved in SUPPORT_COUNTRIES ? (resolved as SupportCountry) : undefined;
}

/**
 * Lines to show someone: their country's lines first, then the international note.
 * When the country is unknown or not covered, the international note comes first,
 * followed by every line grouped by country, so nobody is left without a number.
 */
export function supportLinesFor(country?: string): SupportLine[] {
  const code = normalise(country);
  if (code) {
    return [...SUPPORT_LINES.filter((l) => l.country === code), INTERNATIONAL_NOTE];
  }
  return [INTERNATIONAL_NOTE, ...SUPPORT_LINES];
}
