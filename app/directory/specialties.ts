import { CARE_SETTINGS, HARM_TYPES } from "~/taxonomy";

/** Specialties: the kinds of harm and the care settings of the shared taxonomy, without duplicates. */
export const SPECIALTIES = [...HARM_TYPES, ...CARE_SETTINGS.filter((s) => !HARM_TYPES.some((h) => h.value === s.value))];
