import { eq } from "drizzle-orm";
import { z } from "zod";
import { EMAIL_PREFERENCES, users } from "../../db/schema";
import { getDb } from "~/utils/db.server";

const timeZones = new Set(Intl.supportedValuesOf("timeZone").concat("UTC"));

export const SettingsSchema = z.object({
  displayName: z.string().trim().min(1, "Enter the name you would like others to see.").max(80, "Use at most 80 characters."),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "Choose a country from the list.")
    .transform((v) => v || null),
  timeZone: z.string().refine((v) => timeZones.has(v), "Choose a time zone from the list, such as Pacific/Auckland."),
  emailPreference: z.enum(EMAIL_PREFERENCES, { error: "Choose how often we may email you." }),
});

export const listTimeZones = () => [...timeZones].sort();
/** Whether the zone is one the settings list offers (a browser may report an alias the list does not hold). */
export const isListedTimeZone = (zone: string) => timeZones.has(zone);

export async function updateSettings(userId: string, input: z.infer<typeof SettingsSchema>) {
  const db = await getDb();
  await db.update(users).set(input).where(eq(users.id, userId));
}
