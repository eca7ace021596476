// The shape of the facilitators seed data (kept apart so the data files can name it without importing their index).
import type {
  Approach,
  Availability,
  CareSetting,
  CompetencyLevel,
  HarmType,
  Modality,
} from "../../../app/taxonomy/index";

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
