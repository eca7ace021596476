import type { Permission } from "../../db/schema";

/** What each extra permission lets a person do; every role can hold each one. Shown to the admin. */
export const PERMISSION_TEXT: Record<Permission, { label: string; grants: string }> = {
  reviewer: { label: "Reviewer", grants: "reviews case learnings before publication (first or second review), at /learnings/reviews" },
  verifier: { label: "Verifier", grants: "checks facilitators' training evidence and verifies their profiles" },
  editor: { label: "Library editor", grants: "adds and edits resources and decides on members' suggestions" },
};

/** The admin's confirmation, naming what the person can now do. */
export function roleChangedMessage(permissions: readonly Permission[]) {
  if (!permissions.length) return "The role is changed and the change is in the audit log.";
  const grants = permissions.map((p) => PERMISSION_TEXT[p].grants);
  return `The role is changed and the change is in the audit log. With the extra permissions, this person now ${grants.join("; and ")}.`;
}
