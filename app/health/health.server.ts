import { sql } from "drizzle-orm";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "~/utils/db.server";
import { searchHealth } from "~/search/search.server";

let version: string | undefined;
function appVersion() {
  version ??= (JSON.parse(readFileSync(path.resolve("package.json"), "utf8")) as { version: string }).version;
  return version;
}

/** The health document served at /healthz. */
export async function checkHealth() {
  let db: "ok" | "error" = "ok";
  try {
    await (await getDb()).execute(sql`select 1`);
  } catch {
    db = "error";
  }
  const search = db === "ok" ? await searchHealth() : { status: "off" as const, outboxLag: null };
  return {
    status: db === "ok" ? "ok" : "error",
    db,
    search: search.status,
    outboxLag: search.outboxLag,
    version: appVersion(),
  };
}
