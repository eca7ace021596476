/**
 * One-line structured logs: event names, ids and counts only, never
 * content (titles, queries and post text stay out of logs). Quiet under vitest.
 */
export function log(event: string, fields: Record<string, string | number | boolean | null | undefined> = {}) {
  if (process.env.VITEST) return;
  console.info(JSON.stringify({ at: new Date().toISOString(), event, ...fields }));
}
