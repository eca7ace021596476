import { z } from "zod";
import { SITE_ROLES, PERMISSIONS } from "../../db/schema";

export const ChangeRoleSchema = z.object({
  intent: z.literal("change-role"),
  userId: z.string().min(1),
  role: z.enum(SITE_ROLES, { error: "Choose a role from the list." }),
  permissions: z.array(z.enum(PERMISSIONS)).default([]),
  reason: z.string().trim().min(3, "Give a short reason for the change; it goes in the audit log.").max(500, "Keep the reason under 500 characters."),
});

export const SuspendSchema = z.object({
  intent: z.enum(["suspend", "restore"]),
  userId: z.string().min(1),
  reason: z.string().trim().min(3, "Give a short reason; the person and the audit log will see it.").max(500, "Keep the reason under 500 characters."),
});
