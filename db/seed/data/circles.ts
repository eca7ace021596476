// Peer-support circles seed. All circles, threads and replies are fictional and written for
// this project. They never name patients, colleagues, workplaces, places or dates.
// authorKey refers to demo accounts created elsewhere.

import { CIRCLES_1 } from "./circles-1";
import { CIRCLES_2 } from "./circles-2";
import type { AuthorKey, SeedCircle } from "./circles-types";

export type { AuthorKey, SeedCircle };

export const CIRCLES: SeedCircle[] = [...CIRCLES_1, ...CIRCLES_2];
