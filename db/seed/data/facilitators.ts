// Facilitator directory seed. Every profile is FICTIONAL: invented people, invented
// organisations and training providers, reserved or fictional phone numbers, and email
// addresses on example domains. Any likeness to a real person is unintended.

import { FACILITATORS_1 } from "./facilitators-1";
import { FACILITATORS_2 } from "./facilitators-2";
import { FACILITATORS_3 } from "./facilitators-3";
import { FACILITATORS_4 } from "./facilitators-4";
import { FACILITATORS_5 } from "./facilitators-5";
import { FACILITATORS_6 } from "./facilitators-6";
import type { SeedFacilitator } from "./facilitators-types";

export type { SeedFacilitator };

export const FACILITATORS: SeedFacilitator[] = [...FACILITATORS_1, ...FACILITATORS_2, ...FACILITATORS_3, ...FACILITATORS_4, ...FACILITATORS_5, ...FACILITATORS_6];
