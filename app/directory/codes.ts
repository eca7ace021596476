// Code checks shared by the browser and the server: Intl knows every ISO region and language, so the
// directory accepts any real code, not only the ones the taxonomy lists by name.
import { COUNTRIES, LANGUAGES } from "~/taxonomy";

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
// Codes Intl names that are not countries.
const NOT_COUNTRIES = new Set(["ZZ", "EU", "EZ", "UN", "QO"]);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && (code in COUNTRIES || !!regionNames.of(code));
}

/** ISO 639-1: two lowercase letters. */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && (code in LANGUAGES || !!languageNames.of(code));
}

export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const countryName = (code: string) => COUNTRIES[code] ?? regionNames.of(code) ?? code;
export const languageName = (code: string) => LANGUAGES[code] ?? languageNames.of(code) ?? code;
