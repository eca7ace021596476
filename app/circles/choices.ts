// Choices offered by the circle forms. Client-safe (no zod): route components import these, and the
// zod schemas in schema.server.ts check answers against the same lists.

/** How long a facilitator may pause a member's posting, in days. */
export const MUTE_DAYS = [1, 3, 7, 14, 30] as const;
