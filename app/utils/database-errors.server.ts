/**
 * Errors that mean "the database could not be reached or went away", as opposed to a bug or a refused
 * statement: the driver's own connection codes, socket errors, and PostgreSQL's shutdown and
 * connection-exception SQLSTATEs. Drizzle wraps driver errors (DrizzleQueryError), so the cause chain
 * is followed.
 */
export const CONNECTION_LOST_CODES = new Set([
  // postgres.js
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  "CONNECT_TIMEOUT",
  // sockets
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  // SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now (starting up), connection exceptions
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

function codeOf(error: unknown): string {
  return error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : "";
}

/** The connection-lost code found on the error or its causes, or null when it is some other failure. */
export function databaseUnavailableCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    const code = codeOf(current);
    if (CONNECTION_LOST_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
