import { log } from "../utils/log.server";

/**
 * postgres.js 3.4.9 can throw `TypeError: Cannot read properties of null (reading 'write')` from a
 * setImmediate after a connection closed (porsager/postgres#1154, #1208). patches/postgres+3.4.9.patch
 * fixes the driver; this guard is the second line for an install where the patch was not applied.
 * It swallows exactly that error, thrown from the driver's nextWrite, and logs it; every other
 * uncaught exception still ends the process (after logging), as Node would, so the supervisor restarts it.
 */
export function isDriverNullSocketWrite(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  if (!/Cannot read properties of null \(reading 'write'\)/.test(error.message)) return false;
  const stack = error.stack ?? "";
  return /\bnextWrite\b/.test(stack) && /[\\/]postgres[\\/](cjs[\\/])?src[\\/]connection\.js/.test(stack);
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
}
