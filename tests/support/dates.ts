/**
 * A year safely in the future, so tests that schedule gatherings never start failing when the calendar
 * catches up with a hard-coded year. Months and days stay fixed, so time-zone facts hold every year
 * (January is NZDT, April and May are BST).
 */
export const AHEAD = new Date().getUTCFullYear() + 3;

/** The short English weekday of a calendar date ("Sat"), as pages print it. */
export const weekdayOf = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-GB", { weekday: "short", timeZone: "UTC" });
