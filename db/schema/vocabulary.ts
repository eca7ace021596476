// The role and permission vocabulary, kept free of drizzle so the UI can import it (through
// app/utils/policy/vocabulary.ts) without pulling the ORM into browser bundles.
export const SITE_ROLES = ["member", "peer_supporter", "facilitator", "moderator", "admin"] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/** Extra permissions granted on top of a role (e.g. a facilitator who may also review learnings). */
export const PERMISSIONS = ["reviewer", "verifier", "editor"] as const;
export type Permission = (typeof PERMISSIONS)[number];
