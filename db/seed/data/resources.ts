// Resource library seed: real, published works on restorative responses to harm in healthcare.
// Summaries and notes are written for this project in our own words. A DOI or exact
// volume/page is given only where it was checked; otherwise year and publisher only.
// `countries` lists where a work comes from or applies; an empty list means international.

import type { Audience, ResourceType, Topic } from "../../../app/taxonomy/index";
import { RESOURCES_1 } from "./resources-1";
import { RESOURCES_2 } from "./resources-2";
import { RESOURCES_3 } from "./resources-3";

export type SeedResource = {
  slug: string;
  title: string;
  /** 2–3 sentences, our own words. */
  summary: string;
  /** Optional short annotated note (markdown). */
  body?: string;
  /** DOI link when certain, otherwise a publisher page we are sure of. */
  url?: string;
  type: ResourceType;
  topics: Topic[];
  audiences: Audience[];
  /** ISO 3166-1 alpha-2. Empty = international. */
  countries: string[];
  /** ISO 639-1. */
  language: string;
  year: number;
  authors: string[];
  /** Journal, publisher or organisation. */
  publisher: string;
  accessNote: string;
};

export const RESOURCES: SeedResource[] = [...RESOURCES_1, ...RESOURCES_2, ...RESOURCES_3];
