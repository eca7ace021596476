import { formatMomentInZone, formatter } from "~/utils/time";
// Wall-clock times in a named time zone, without a date library: gatherings are entered in the circle's
// time zone and shown in each viewer's own.

function offsetMs(instant: Date, timeZone: string): number {
  const parts = formatter("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** "2026-05-04T19:00" in `timeZone` → the UTC instant. Times skipped by a DST change move forward. */
export function zonedLocalToUtc(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error("expected YYYY-MM-DDTHH:MM");
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  let utc = wall - offsetMs(new Date(wall), timeZone);
  const second = offsetMs(new Date(utc), timeZone);
  if (second !== wall - utc) utc = wall - second;
  return new Date(utc);
}

/** The UTC instant → "2026-05-04T19:00" in `timeZone` (for form defaults). */
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMs(instant, timeZone));
  return shifted.toISOString().slice(0, 16);
}

/** A readable range in the viewer's time zone, e.g. "Tue, 5 May 2026, 19:00–20:15 (Europe/London)". */
export function formatTimeRange(start: Date, end: Date, timeZone: string, locale = "en-GB"): string {
  const day = formatter(locale, { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric" });
  const time = formatter(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const sameDay = day.format(start) === day.format(end);
  const endText = sameDay ? time.format(end) : `${day.format(end)}, ${time.format(end)}`;
  return `${day.format(start)}, ${time.format(start)}–${endText} (${timeZone})`;
}

/** A short date and time for posts, in the viewer's time zone, with the zone named. */
export function formatPostTime(at: Date, timeZone: string, locale = "en-GB"): string {
  return formatMomentInZone(at, timeZone, locale);
}
