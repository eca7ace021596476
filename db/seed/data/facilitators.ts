// Facilitator directory seed. Every profile is FICTIONAL: invented people, invented
// organisations and training providers, reserved or fictional phone numbers, and email
// addresses on example domains. Any likeness to a real person is unintended.

import type {
  Approach,
  Availability,
  CareSetting,
  CompetencyLevel,
  HarmType,
  Modality,
} from "../../../app/taxonomy/index";
import { FACILITATORS_1 } from "./facilitators-1";
import { FACILITATORS_2 } from "./facilitators-2";
import { FACILITATORS_3 } from "./facilitators-3";
import { FACILITATORS_4 } from "./facilitators-4";
import { FACILITATORS_5 } from "./facilitators-5";
import { FACILITATORS_6 } from "./facilitators-6";

export type FacilitatorFee =
  | { kind: "pro_bono" }
  | { kind: "range"; currency: string; min: number; max: number; unit: "per hour" | "per process" }
  | { kind: "funded"; by: string };

export type FacilitatorVerification =
  | { state: "verified"; verifiedDaysAgo: number; validForDays: number }
  | { state: "unverified" }
  | { state: "expired"; expiredDaysAgo: number };

export type FacilitatorTraining = {
  programme: string;
  provider: string;
  completedYear: number;
  expiresYear?: number;
  evidenceRef?: string;
};

export type SeedFacilitator = {
  slug: string;
  displayName: string;
  pronouns?: string;
  /** Markdown, 60–150 words. */
  bio: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region?: string;
  city?: string;
  /** IANA time zone. */
  timeZone: string;
  /** ISO 639-1 codes. */
  languages: string[];
  modalities: Modality[];
  harmTypes: HarmType[];
  settings: CareSetting[];
  approaches: Approach[];
  competency: CompetencyLevel;
  processesFacilitated: number;
  supervisor?: string;
  /** Fictional organisation. */
  organisation: string;
  coFacilitates: boolean;
  fee: FacilitatorFee;
  availability: Availability;
  verification: FacilitatorVerification;
  training: FacilitatorTraining[];
  contactEmail: string;
  contactPhone?: string;
  conflictNotes?: string;
};

export const FACILITATORS: SeedFacilitator[] = [...FACILITATORS_1, ...FACILITATORS_2, ...FACILITATORS_3, ...FACILITATORS_4, ...FACILITATORS_5, ...FACILITATORS_6];
