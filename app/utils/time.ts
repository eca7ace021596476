/**
 * Dates and times as a reader reads them: always in their own time zone, with the zone named, so nobody
 * has to guess whether "09:00" is theirs. Pure functions, usable on the server and in the browser.
 */
export function formatDayInZone(at: Date | string, timeZone: string, locale = "en-GB"): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "long", year: "numeric" }).format(new Date(at));
  return `${day} (${timeZone})`;
}

/** "3 Dec 2026, 14:05 (Europe/Paris)". */
export function formatMomentInZone(at: Date | string, timeZone: string, locale = "en-GB"): string {
  const text = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(at));
  return `${text} (${timeZone})`;
}
