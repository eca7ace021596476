import { CONNECTION_LOST_CODES } from "../utils/database-errors.server";
import { log } from "../utils/log.server";

/**
 * postgres.js 3.4.9 can throw `TypeError: Cannot read properties of null (reading 'write')` from a
 * setImmediate after a connection closed (porsager/postgres#1154, #1208). patches/postgres+3.4.9.patch
 * fixes the driver; this guard is the second line for an install where the patch was not applied.
 * It swallows exactly that error, thrown from the driver's nextWrite, and connection-lost rejections
 * the driver raises with no query waiting for them, and logs them; every other uncaught exception or
 * unhandled rejection still ends the process (after logging), as Node would, so the supervisor restarts it.
 */
export function isDriverNullSocketWrite(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  if (!/Cannot read properties of null \(reading 'write'\)/.test(error.message)) return false;
  const stack = error.stack ?? "";
  return /\bnextWrite\b/.test(stack) && /[\\/]postgres[\\/](cjs[\\/])?src[\\/]connection\.js/.test(stack);
}

/**
 * A connection-lost rejection raised inside postgres.js that no query was waiting for (the driver
 * rejects internal promises, such as a reserved connection's close, when the server goes away).
 */
export function isDriverConnectionLost(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  const code = String((reason as { code?: unknown }).code ?? "");
  return CONNECTION_LOST_CODES.has(code) && /[\\/]postgres[\\/](cjs[\\/])?src[\\/]/.test(reason.stack ?? "");
}

let installed = false;

export function installDriverCrashGuard() {
  if (installed) return;
  installed = true;
  process.on("uncaughtException", (error, origin) => {
    if (isDriverNullSocketWrite(error)) {
      log("database.driver_write_after_close", { origin });
      return;
    }
    console.error(error);
    process.exit(1);
  });
  // Node's default for an unhandled rejection is to end the process; keep that for everything else.
  process.on("unhandledRejection", (reason) => {
    if (isDriverConnectionLost(reason)) {
      log("database.driver_connection_lost", { code: String((reason as { code?: unknown }).code) });
      return;
    }
    console.error(reason);
    process.exit(1);
  });
}
