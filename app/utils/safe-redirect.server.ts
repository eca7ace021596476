// A placeholder origin: only what stays on it after parsing is a path on this site.
const HERE = "http://here.invalid";

/**
 * The one check for every redirectTo/next value a route accepts. It returns a same-origin path, or the
 * fallback for anything else, and never throws:
 * - only values starting with a single "/" are considered (no schemes, no "//host", no "/\host");
 * - the value is parsed with new URL(value, origin), as a browser would, so "/\t/evil.example" (whose tab
 *   a browser drops) is seen for the "//evil.example" it is;
 * - control characters and backslashes are refused outright (a raw CR or LF would otherwise break the
 *   Location header and answer 500);
 * - the result is the parsed, percent-encoded path, query and fragment, never the raw input;
 * - `within` keeps the destination inside one part of the site (e.g. a thread).
 */
export function safeRedirect(value: unknown, fallback = "/", options: { within?: string } = {}): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE) return fallback;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.example" parses to the path "//evil.example", which a browser reads as another host.
  if (path.startsWith("//")) return fallback;
  const within = options.within;
  if (within && !(url.pathname === within || url.pathname.startsWith(within.endsWith("/") ? within : `${within}/`))) return fallback;
  return path;
}
