/**
 * The current time, injectable so that tests of expiry (sessions, tokens, verification badges,
 * 48-hour request expiry) move time instead of waiting. Tests set globalThis.__restorativeClock.
 */
declare global {
  // eslint-disable-next-line no-var
  var __restorativeClock: (() => Date) | undefined;
}

export function now(): Date {
  return globalThis.__restorativeClock ? globalThis.__restorativeClock() : new Date();
}
