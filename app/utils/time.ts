/**
 * Dates and times as a reader reads them: always in their own time zone, with the zone named, so nobody
 * has to guess whether "09:00" is theirs. Pure functions, usable on the server and in the browser.
 */
export const ZONE_COOKIE = "rn_tz";

// Making an Intl.DateTimeFormat costs far more than using one (a page formats dozens of times), so each
// formatter is made once per locale, zone and style and kept; the keep is bounded.
const FORMATTERS_KEPT = 500;
const formatters = new Map<string, Intl.DateTimeFormat>();
/** A kept Intl.DateTimeFormat for this locale and these options (made once, then reused). */
export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    if (formatters.size >= FORMATTERS_KEPT) formatters.delete(formatters.keys().next().value!);
    formatters.set(key, f);
  }
  return f;
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || !zone || zone.length > 64) return false;
  try {
    formatter("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The browser's zone sent in the rn_tz cookie (set by the page itself), if it is a real zone. */
export function zoneFromCookie(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === ZONE_COOKIE) {
      let value = part.slice(eq + 1).trim();
      try {
        value = decodeURIComponent(value);
      } catch {
        return null;
      }
      return isTimeZone(value) ? value : null;
    }
  }
  return null;
}

/** "14 December 2026 (Pacific/Auckland)"; without the zone when `withZone` is false (a plain calendar date). */
export function formatDayInZone(at: Date | string, timeZone: string, options: { withZone?: boolean; locale?: string } = {}): string {
  const day = formatter(options.locale ?? "en-GB", { timeZone, day: "numeric", month: "long", year: "numeric" }).format(new Date(at));
  return options.withZone === false ? day : `${day} (${timeZone})`;
}

/** "3 Dec 2026, 14:05 (Europe/Paris)". */
export function formatMomentInZone(at: Date | string, timeZone: string, locale = "en-GB"): string {
  const text = formatter(locale, { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    new Date(at),
  );
  return `${text} (${timeZone})`;
}
