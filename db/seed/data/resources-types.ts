// The shape of the resources seed data (kept apart so the data files can name it without importing their index).
import type { Audience, ResourceType, Topic } from "../../../app/taxonomy/index";

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
