// The checks behind the authorization matrix, as pure functions over a response, so that a unit test can
// show each of them failing on a planted leak (tests/unit/security/authz-checker.test.ts).
import { PRINCIPAL_KEYS, type MarkerSpec, type PairSpec, type Principal } from "./authz-matrix";

/** One status row of the matrix ("200 3xx 403 …", one token per principal) as a map. */
export function parseRow(row: string): Record<Principal, string> {
  const tokens = row.trim().split(/\s+/);
  if (tokens.length !== PRINCIPAL_KEYS.length) throw new Error(`a status row needs ${PRINCIPAL_KEYS.length} tokens, got ${tokens.length}: "${row}"`);
  return Object.fromEntries(PRINCIPAL_KEYS.map((p, i) => [p, tokens[i]!])) as Record<Principal, string>;
}

/** The token a response is compared on: its status, with every redirect (and Remix's data redirect) read as 3xx. */
export function statusToken(status: number, headers: Headers): string {
  if (status >= 300 && status < 400) return "3xx";
  if (status === 204 && headers.has("x-remix-redirect")) return "3xx";
  return String(status);
}

/**
 * The confidential values in a response this principal may not see: every planted marker outside its
 * `seenBy`, and every pair whose two halves appear together. Empty when the response holds nothing it should not.
 */
export function forbiddenIn(text: string, principal: Principal, values: Record<string, string>, markers: MarkerSpec[], pairs: PairSpec[] = []): string[] {
  const found: string[] = [];
  const haystack = text.toLowerCase();
  const has = (key: string) => {
    const value = values[key];
    if (!value) throw new Error(`no value planted for marker ${key}`);
    return haystack.includes(value.toLowerCase());
  };
  for (const spec of markers) if (!spec.seenBy.includes(principal) && has(spec.key)) found.push(spec.key);
  for (const pair of pairs) if (!pair.seenBy.includes(principal) && has(pair.parts[0]) && has(pair.parts[1])) found.push(pair.key);
  return found;
}

/** Which of these markers a response holds (to show the scan is not vacuous: each marker is seen somewhere). */
export function markersIn(text: string, values: Record<string, string>, keys: string[]): string[] {
  const haystack = text.toLowerCase();
  return keys.filter((k) => values[k] && haystack.includes(values[k]!.toLowerCase()));
}

/** Links to single objects in a list page's HTML (same-site paths only), without query or fragment. */
export function objectLinks(html: string, patterns: RegExp[]): string[] {
  const out = new Set<string>();
  for (const match of html.matchAll(/href="(\/[^"#?]*)/g)) {
    const path = match[1]!;
    if (patterns.some((p) => p.test(path))) out.add(path);
  }
  return [...out];
}

/** Runs tasks with a fixed number in flight, keeping the order of results. */
export async function inPool<T, R>(items: T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await run(items[i]!);
      }
    }),
  );
  return results;
}
