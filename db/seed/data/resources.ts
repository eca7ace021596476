// Resource library seed: real, published works on restorative responses to harm in healthcare.
// Summaries and notes are written for this project in our own words. A DOI or exact
// volume/page is given only where it was checked; otherwise year and publisher only.
// `countries` lists where a work comes from or applies; an empty list means international.

import { RESOURCES_1 } from "./resources-1";
import { RESOURCES_2 } from "./resources-2";
import { RESOURCES_3 } from "./resources-3";
import type { SeedResource } from "./resources-types";

export type { SeedResource };

export const RESOURCES: SeedResource[] = [...RESOURCES_1, ...RESOURCES_2, ...RESOURCES_3];
